import { handleCreateUser, handleListUsers } from '@/lib/admin/http/users';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return handleListUsers(getRuntime(), request);
}

export function POST(request: Request) {
  return handleCreateUser(getRuntime(), request);
}
