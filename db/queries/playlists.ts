import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema';

export interface PlaylistItemRow {
  playlist_id: number;
  position: number;
  kind: string;
  params: unknown;
  seconds: number;
}

/** Every playlist, by train then name, with how many items it has and how many displays show it. */
export async function listPlaylists(db: Kysely<Database>) {
  return db
    .selectFrom('playlists')
    .innerJoin('trains', 'trains.id', 'playlists.train_id')
    .select(['playlists.id', 'playlists.name', 'playlists.train_id', 'playlists.updated_at', 'trains.slug as train_slug', 'trains.name as train_name'])
    .select((eb) => [
      eb.selectFrom('playlist_items').select(eb.fn.countAll<string>().as('n')).whereRef('playlist_items.playlist_id', '=', 'playlists.id').as('item_count'),
      eb
        .selectFrom('displays')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('displays.playlist_id', '=', 'playlists.id')
        .where('displays.revoked_at', 'is', null)
        .as('display_count'),
    ])
    .orderBy('trains.name')
    .orderBy('playlists.name')
    .execute();
}

export async function findPlaylist(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('playlists')
    .innerJoin('trains', 'trains.id', 'playlists.train_id')
    .select(['playlists.id', 'playlists.name', 'playlists.train_id', 'playlists.updated_at', 'trains.slug as train_slug', 'trains.name as train_name'])
    .where('playlists.id', '=', id)
    .executeTakeFirst();
}

/** A train's playlists by name: the first is what a display without its own playlist shows. */
export async function playlistsOfTrain(db: Kysely<Database>, trainId: number) {
  return db.selectFrom('playlists').select(['id', 'name']).where('train_id', '=', trainId).orderBy('name').orderBy('id').execute();
}

export async function playlistNameTaken(db: Kysely<Database>, trainId: number, name: string, exceptId?: number): Promise<boolean> {
  let query = db.selectFrom('playlists').select('id').where('train_id', '=', trainId).where('name', '=', name);
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function itemsOfPlaylists(db: Kysely<Database>, playlistIds: number[]): Promise<PlaylistItemRow[]> {
  if (playlistIds.length === 0) return [];
  return db
    .selectFrom('playlist_items')
    .select(['playlist_id', 'position', 'kind', 'params', 'seconds'])
    .where('playlist_id', 'in', playlistIds)
    .orderBy('playlist_id')
    .orderBy('position')
    .orderBy('id')
    .execute();
}

/** Of these playlist ids, the ones belonging to the train, with their names. */
export async function playlistsInTrain(db: Kysely<Database>, trainId: number, ids: number[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('playlists').select(['id', 'name']).where('train_id', '=', trainId).where('id', 'in', ids).execute();
}

export async function insertPlaylist(db: Kysely<Database>, playlist: { trainId: number; name: string; now: Date }) {
  return db
    .insertInto('playlists')
    .values({ train_id: playlist.trainId, name: playlist.name, created_at: playlist.now, updated_at: playlist.now })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function renamePlaylist(db: Kysely<Database>, id: number, name: string, now: Date): Promise<void> {
  await db.updateTable('playlists').set({ name, updated_at: now }).where('id', '=', id).execute();
}

export async function replacePlaylistItems(
  db: Kysely<Database>,
  playlistId: number,
  items: { kind: string; params: Record<string, unknown>; seconds: number }[],
): Promise<void> {
  await db.deleteFrom('playlist_items').where('playlist_id', '=', playlistId).execute();
  if (items.length === 0) return;
  await db
    .insertInto('playlist_items')
    .values(items.map((item, position) => ({ playlist_id: playlistId, position, kind: item.kind, params: JSON.stringify(item.params), seconds: item.seconds })))
    .execute();
}

export async function deletePlaylistRow(db: Kysely<Database>, id: number): Promise<boolean> {
  const result = await db.deleteFrom('playlists').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** Takes a deleted announcement out of every playlist that showed it; returns those playlists' ids. */
export async function deleteAnnouncementItems(db: Kysely<Database>, announcementId: number): Promise<number[]> {
  const rows = await db
    .deleteFrom('playlist_items')
    .where('kind', '=', 'announcement')
    .where(sql<string>`params ->> 'id'`, '=', String(announcementId))
    .returning('playlist_id')
    .execute();
  return [...new Set(rows.map((row) => row.playlist_id))];
}
