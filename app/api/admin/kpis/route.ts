import { handleCreateKpi } from '@/lib/kpis/http';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export function POST(request: Request) {
  return handleCreateKpi(request, getRuntime());
}
