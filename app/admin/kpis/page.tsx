import type { Metadata } from 'next';
import { KpisView } from '@/components/admin/kpis/KpisView';
import { requirePageRole } from '@/lib/auth/next';
import { loadKpisPage } from '@/lib/kpis/service';
import { getRuntime } from '@/lib/runtime';

export const metadata: Metadata = { title: 'KPIs' };

export default async function KpisPage({ searchParams }: { searchParams: Promise<{ train?: string }> }) {
  const me = await requirePageRole('admin', { from: '/admin/kpis' });
  const { train } = await searchParams;
  return <KpisView me={me} data={await loadKpisPage(getRuntime(), me, { train })} />;
}
