import type { Metadata } from 'next';
import { AuditView } from '@/components/admin/audit/AuditView';
import { loadAuditPage } from '@/lib/admin/pages';
import { requirePageRole } from '@/lib/auth/next';
import { getRuntime } from '@/lib/runtime';

export const metadata: Metadata = { title: 'Audit log' };

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ before?: string }> }) {
  const me = await requirePageRole('viewer', { from: '/admin/audit' });
  const { before } = await searchParams;
  return <AuditView me={me} data={await loadAuditPage(getRuntime(), me, before)} paged={Boolean(before)} />;
}
