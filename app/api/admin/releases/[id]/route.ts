import { handleUpdateRelease } from '@/lib/releases/http';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export async function PATCH(request: Request, { params }: Context) {
  return handleUpdateRelease(request, getRuntime(), (await params).id);
}
