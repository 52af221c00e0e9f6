import { AdminError } from '../admin/errors';
import { adminHandler, readJson } from '../admin/http/respond';
import { requireRole } from '../auth/principal';
import { json } from '../http/json';
import type { Runtime } from '../runtime';
import { createPlaylist, deletePlaylist, getPlaylistDetail, listPlaylistSummaries, updatePlaylist } from './service';

function playlistId(raw: string): number {
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0 || id >= 2 ** 31) throw new AdminError(404, 'not_found', `There is no playlist ${raw}.`);
  return id;
}

export function handleListPlaylists(request: Request, runtime: Runtime): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => json({ playlists: await listPlaylistSummaries(runtime, principal) }));
}

/** POST /api/admin/playlists {trainSlug, name, items?} → 201 {playlist} */
export function handleCreatePlaylist(request: Request, runtime: Runtime): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => {
    requireRole(principal, 'editor');
    return json({ playlist: await createPlaylist(runtime, principal, await readJson(request)) }, 201);
  });
}

export function handleGetPlaylist(request: Request, runtime: Runtime, id: string): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => json({ playlist: await getPlaylistDetail(runtime, principal, playlistId(id)) }));
}

/** PUT /api/admin/playlists/[id] {name, items:[{kind, params:{team?, measure?}, seconds}]} */
export function handleUpdatePlaylist(request: Request, runtime: Runtime, id: string): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => {
    requireRole(principal, 'editor');
    return json({ playlist: await updatePlaylist(runtime, principal, playlistId(id), await readJson(request)) });
  });
}

export function handleDeletePlaylist(request: Request, runtime: Runtime, id: string): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => {
    await deletePlaylist(runtime, principal, playlistId(id));
    return json({ deleted: true });
  });
}
