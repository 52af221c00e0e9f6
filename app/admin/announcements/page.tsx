import type { Metadata } from 'next';
import { AnnouncementsView } from '@/components/admin/announcements/AnnouncementsView';
import { loadAnnouncementsPage } from '@/lib/announcements/service';
import { requirePageRole } from '@/lib/auth/next';
import { getRuntime } from '@/lib/runtime';

export const metadata: Metadata = { title: 'Announcements' };

export default async function AnnouncementsPage({ searchParams }: { searchParams: Promise<{ train?: string }> }) {
  const me = await requirePageRole('editor', { from: '/admin/announcements' });
  const { train } = await searchParams;
  return <AnnouncementsView me={me} data={await loadAnnouncementsPage(getRuntime(), me, { train })} />;
}
