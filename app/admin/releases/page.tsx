import type { Metadata } from 'next';
import { ReleasesView } from '@/components/admin/releases/ReleasesView';
import { requirePageRole } from '@/lib/auth/next';
import { loadReleasesPage } from '@/lib/releases/service';
import { getRuntime } from '@/lib/runtime';

export const metadata: Metadata = { title: 'Releases' };

export default async function ReleasesPage({ searchParams }: { searchParams: Promise<{ train?: string }> }) {
  const me = await requirePageRole('editor', { from: '/admin/releases' });
  const { train } = await searchParams;
  return <ReleasesView me={me} data={await loadReleasesPage(getRuntime(), me, { train })} />;
}
