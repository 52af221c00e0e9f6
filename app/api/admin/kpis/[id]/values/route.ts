import { handleRecordKpiValue } from '@/lib/kpis/http';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: Context) {
  return handleRecordKpiValue(request, getRuntime(), (await params).id);
}
