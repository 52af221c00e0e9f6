import { handleDeleteObjective, handleUpdateObjective } from '@/lib/objectives/http';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export async function PATCH(request: Request, { params }: Context) {
  return handleUpdateObjective(request, getRuntime(), (await params).id);
}

export async function DELETE(request: Request, { params }: Context) {
  return handleDeleteObjective(request, getRuntime(), (await params).id);
}
