import { handleActivatePairing } from '@/lib/displays/http';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export function POST(request: Request) {
  return handleActivatePairing(request, getRuntime());
}
