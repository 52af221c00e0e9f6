import type { Metadata } from 'next';
import { PlaylistsView } from '@/components/admin/playlists/PlaylistsView';
import { requirePageRole } from '@/lib/auth/next';
import { loadPlaylistsPage } from '@/lib/playlists/pages';
import { getRuntime } from '@/lib/runtime';

export const metadata: Metadata = { title: 'Playlists' };

export default async function PlaylistsPage() {
  const me = await requirePageRole('viewer', { from: '/admin/playlists' });
  const runtime = getRuntime();
  return <PlaylistsView me={me} data={await loadPlaylistsPage(runtime, me)} defaultSeconds={runtime.config.rotationSeconds} />;
}
