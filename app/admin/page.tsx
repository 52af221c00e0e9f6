import type { Metadata } from 'next';
import { OverviewView } from '@/components/admin/OverviewView';
import { loadOverview } from '@/lib/admin/pages';
import { PASSWORD_MIN_LENGTH } from '@/lib/auth/passwords';
import { requirePageRole } from '@/lib/auth/next';
import { getRuntime } from '@/lib/runtime';

export const metadata: Metadata = { title: 'Overview' };

export default async function AdminOverviewPage() {
  const me = await requirePageRole('viewer', { from: '/admin' });
  return <OverviewView me={me} data={await loadOverview(getRuntime(), me)} minPasswordLength={PASSWORD_MIN_LENGTH} />;
}
