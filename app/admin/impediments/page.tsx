import type { Metadata } from 'next';
import { ImpedimentsView } from '@/components/admin/impediments/ImpedimentsView';
import { requirePageRole } from '@/lib/auth/next';
import { loadImpedimentsPage } from '@/lib/impediments/page';
import { getRuntime } from '@/lib/runtime';

export const metadata: Metadata = { title: 'Impediments' };

export default async function ImpedimentsPage({ searchParams }: { searchParams: Promise<{ train?: string }> }) {
  const me = await requirePageRole('editor', { from: '/admin/impediments' });
  const { train } = await searchParams;
  return <ImpedimentsView me={me} data={await loadImpedimentsPage(getRuntime(), me, { train })} />;
}
