import { handleCreateRelease } from '@/lib/releases/http';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export function POST(request: Request) {
  return handleCreateRelease(request, getRuntime());
}
