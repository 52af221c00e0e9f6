import type { Metadata } from 'next';
import { OnCallView } from '@/components/admin/on-call/OnCallView';
import { requirePageRole } from '@/lib/auth/next';
import { loadOnCallPage } from '@/lib/oncall/service';
import { getRuntime } from '@/lib/runtime';

export const metadata: Metadata = { title: 'On-call rota' };

export default async function OnCallPage({ searchParams }: { searchParams: Promise<{ train?: string }> }) {
  const me = await requirePageRole('editor', { from: '/admin/on-call' });
  const { train } = await searchParams;
  return <OnCallView me={me} data={await loadOnCallPage(getRuntime(), me, { train })} />;
}
