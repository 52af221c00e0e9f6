import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PlaylistDetailView } from '@/components/admin/playlists/PlaylistDetailView';
import { requirePageRole } from '@/lib/auth/next';
import { loadPlaylistPage } from '@/lib/playlists/pages';
import { getRuntime } from '@/lib/runtime';

export const metadata: Metadata = { title: 'Playlist' };

export default async function PlaylistPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const me = await requirePageRole('viewer', { from: `/admin/playlists/${id}` });
  const playlist = await loadPlaylistPage(getRuntime(), me, id);
  if (!playlist) notFound();
  return <PlaylistDetailView me={me} playlist={playlist} />;
}
