import { handleDeletePlaylist, handleGetPlaylist, handleUpdatePlaylist } from '@/lib/playlists/http';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context) {
  return handleGetPlaylist(request, getRuntime(), (await params).id);
}

export async function PUT(request: Request, { params }: Context) {
  return handleUpdatePlaylist(request, getRuntime(), (await params).id);
}

export async function DELETE(request: Request, { params }: Context) {
  return handleDeletePlaylist(request, getRuntime(), (await params).id);
}
