import { handleDeleteRisk, handleUpdateRisk } from '@/lib/risks/http';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export async function PATCH(request: Request, { params }: Context) {
  return handleUpdateRisk(request, getRuntime(), (await params).id);
}

export async function DELETE(request: Request, { params }: Context) {
  return handleDeleteRisk(request, getRuntime(), (await params).id);
}
