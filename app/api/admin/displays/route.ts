import { handleClaimDisplay, handleListDisplays } from '@/lib/displays/http';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return handleListDisplays(request, getRuntime());
}

export function POST(request: Request) {
  return handleClaimDisplay(request, getRuntime());
}
