import { handleUpdateUser } from '@/lib/admin/http/users';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleUpdateUser(getRuntime(), request, (await params).id);
}
