import { handleDeleteEnvironment, handleUpdateEnvironment } from '@/lib/releases/http';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export async function PATCH(request: Request, { params }: Context) {
  return handleUpdateEnvironment(request, getRuntime(), (await params).id);
}

export async function DELETE(request: Request, { params }: Context) {
  return handleDeleteEnvironment(request, getRuntime(), (await params).id);
}
