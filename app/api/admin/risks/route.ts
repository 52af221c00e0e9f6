import { handleCreateRisk } from '@/lib/risks/http';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export function POST(request: Request) {
  return handleCreateRisk(request, getRuntime());
}
