import type { Metadata } from 'next';
import { UsersView } from '@/components/admin/users/UsersView';
import { loadUsersPage } from '@/lib/admin/pages';
import { PASSWORD_MIN_LENGTH } from '@/lib/auth/passwords';
import { requirePageRole } from '@/lib/auth/next';
import { getRuntime } from '@/lib/runtime';

export const metadata: Metadata = { title: 'Users' };

export default async function UsersPage() {
  const me = await requirePageRole('admin', { from: '/admin/users' });
  return <UsersView me={me} data={await loadUsersPage(getRuntime(), me)} minPasswordLength={PASSWORD_MIN_LENGTH} />;
}
