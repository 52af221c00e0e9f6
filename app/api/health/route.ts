import { handleHealthRequest } from '@/lib/health';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export function GET() {
  return handleHealthRequest(getRuntime());
}
