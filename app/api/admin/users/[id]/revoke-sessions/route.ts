import { handleRevokeUserSessions } from '@/lib/admin/http/users';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleRevokeUserSessions(getRuntime(), request, (await params).id);
}
