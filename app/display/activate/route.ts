import { handleKioskActivation } from '@/lib/displays/http';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return handleKioskActivation(request, getRuntime());
}
