import { handleCreatePlaylist, handleListPlaylists } from '@/lib/playlists/http';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return handleListPlaylists(request, getRuntime());
}

export function POST(request: Request) {
  return handleCreatePlaylist(request, getRuntime());
}
