import { handleSetup } from '@/lib/admin/http/setup';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export function POST(request: Request) {
  return handleSetup(getRuntime(), request);
}
