import type { Metadata } from 'next';
import { RisksView } from '@/components/admin/risks/RisksView';
import { requirePageRole } from '@/lib/auth/next';
import { loadRisksPage } from '@/lib/risks/page';
import { getRuntime } from '@/lib/runtime';

export const metadata: Metadata = { title: 'Risks' };

export default async function RisksPage({ searchParams }: { searchParams: Promise<{ train?: string; pi?: string }> }) {
  const me = await requirePageRole('editor', { from: '/admin/risks' });
  const { train, pi } = await searchParams;
  return <RisksView me={me} data={await loadRisksPage(getRuntime(), me, { train, pi })} />;
}
