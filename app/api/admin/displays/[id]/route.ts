import { handleGetDisplay, handleRevokeDisplay, handleUpdateDisplay } from '@/lib/displays/http';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context) {
  return handleGetDisplay(request, getRuntime(), (await params).id);
}

export async function PATCH(request: Request, { params }: Context) {
  return handleUpdateDisplay(request, getRuntime(), (await params).id);
}

export async function DELETE(request: Request, { params }: Context) {
  return handleRevokeDisplay(request, getRuntime(), (await params).id);
}
