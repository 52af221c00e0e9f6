import type { Metadata } from 'next';
import { ObjectivesView } from '@/components/admin/objectives/ObjectivesView';
import { requirePageRole } from '@/lib/auth/next';
import { loadObjectivesPage } from '@/lib/objectives/page';
import { getRuntime } from '@/lib/runtime';

export const metadata: Metadata = { title: 'PI objectives' };

export default async function ObjectivesPage({ searchParams }: { searchParams: Promise<{ train?: string; pi?: string }> }) {
  const me = await requirePageRole('editor', { from: '/admin/objectives' });
  const { train, pi } = await searchParams;
  return <ObjectivesView me={me} data={await loadObjectivesPage(getRuntime(), me, { train, pi })} />;
}
