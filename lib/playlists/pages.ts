import { listTrains } from '../../db/queries/trains';
import { AdminError } from '../admin/errors';
import { requireRole, type UserPrincipal } from '../auth/principal';
import type { Runtime } from '../runtime';
import { getPlaylistDetail, listPlaylistSummaries } from './service';
import type { PlaylistDetail, PlaylistSummary } from './types';

// What the console's playlist pages show, loaded in one call per page.

export interface PlaylistsPageData {
  playlists: PlaylistSummary[];
  trains: { slug: string; name: string }[];
}

export async function loadPlaylistsPage(runtime: Pick<Runtime, 'db'>, principal: UserPrincipal): Promise<PlaylistsPageData> {
  requireRole(principal, 'viewer');
  const [playlists, trains] = await Promise.all([listPlaylistSummaries(runtime, principal), listTrains(runtime.db)]);
  return { playlists, trains };
}

/** The playlist, or undefined when there is none with this id (the page shows not found). */
export async function loadPlaylistPage(runtime: Pick<Runtime, 'db'>, principal: UserPrincipal, rawId: string): Promise<PlaylistDetail | undefined> {
  requireRole(principal, 'viewer');
  const id = Number(rawId);
  if (!Number.isInteger(id) || id <= 0 || id >= 2 ** 31) return undefined;
  try {
    return await getPlaylistDetail(runtime, principal, id);
  } catch (error) {
    if (error instanceof AdminError && error.status === 404) return undefined;
    throw error;
  }
}
