import { handleDeleteKpi, handleUpdateKpi } from '@/lib/kpis/http';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export async function PATCH(request: Request, { params }: Context) {
  return handleUpdateKpi(request, getRuntime(), (await params).id);
}

export async function DELETE(request: Request, { params }: Context) {
  return handleDeleteKpi(request, getRuntime(), (await params).id);
}
