import type { Kysely } from 'kysely';
import { announcementIdsOfTrain, listTrainAnnouncements } from '../../db/queries/announcements';
import { displaysOfTrain, displaysUsingPlaylists } from '../../db/queries/displays';
import {
  deletePlaylistRow,
  findPlaylist,
  insertPlaylist,
  itemsOfPlaylists,
  listPlaylists,
  playlistNameTaken,
  renamePlaylist,
  replacePlaylistItems,
} from '../../db/queries/playlists';
import { findTrainBySlug, listTeams } from '../../db/queries/trains';
import type { Database } from '../../db/schema';
import { AdminError } from '../admin/errors';
import { recordAudit } from '../audit';
import { requireRole, type Principal } from '../auth/principal';
import { pushDisplayConfigs } from '../displays/push';
import type { Runtime } from '../runtime';
import { createPlaylistSchema, playlistItemSchema, updatePlaylistSchema } from './schema';
import type { PlaylistDetail, PlaylistItemInput, PlaylistSummary } from './types';

type Services = Pick<Runtime, 'db' | 'config' | 'io' | 'log'>;

// Which panels rotate on which screen is the RTE's call (fleet configuration): admins only.
const EDIT_ROLE = 'admin';

function notFound(id: number): AdminError {
  return new AdminError(404, 'not_found', `There is no playlist ${id}.`);
}

export async function listPlaylistSummaries(runtime: Pick<Runtime, 'db'>, principal: Principal): Promise<PlaylistSummary[]> {
  requireRole(principal, 'viewer');
  const rows = await listPlaylists(runtime.db);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    trainSlug: row.train_slug,
    trainName: row.train_name,
    itemCount: Number(row.item_count ?? 0),
    displayCount: Number(row.display_count ?? 0),
    updatedAt: row.updated_at.toISOString(),
  }));
}

export async function getPlaylistDetail(runtime: Pick<Runtime, 'db'>, principal: Principal, id: number): Promise<PlaylistDetail> {
  requireRole(principal, 'viewer');
  const playlist = await findPlaylist(runtime.db, id);
  if (!playlist) throw notFound(id);
  const [rows, teams, announcements] = await Promise.all([
    itemsOfPlaylists(runtime.db, [id]),
    listTeams(runtime.db, playlist.train_id),
    listTrainAnnouncements(runtime.db, playlist.train_id),
  ]);
  const items: PlaylistItemInput[] = [];
  for (const row of rows) {
    const parsed = playlistItemSchema.safeParse({ kind: row.kind, params: row.params ?? {}, seconds: row.seconds });
    if (parsed.success) items.push(parsed.data);
  }
  return {
    id: playlist.id,
    name: playlist.name,
    trainSlug: playlist.train_slug,
    trainName: playlist.train_name,
    items,
    teams: teams.map((t) => ({ slug: t.slug, name: t.name })),
    announcements: announcements.map((a) => ({ id: a.id, title: a.title })),
    updatedAt: playlist.updated_at.toISOString(),
  };
}

/** Items may only name teams and announcements of the playlist's own train. */
async function checkItems(db: Kysely<Database>, trainId: number, items: PlaylistItemInput[]) {
  const announcementIds = items.flatMap((item) => (item.kind === 'announcement' ? [item.params.id] : []));
  const [teamRows, announcements] = await Promise.all([listTeams(db, trainId), announcementIdsOfTrain(db, trainId, announcementIds)]);
  const teams = new Set(teamRows.map((t) => t.slug));
  items.forEach((item, index) => {
    if (item.kind === 'burndown' && item.params.team && !teams.has(item.params.team)) {
      throw new AdminError(400, 'unknown_team', `Item ${index + 1}: "${item.params.team}" is not a team of this train.`);
    }
    if (item.kind === 'announcement' && !announcements.has(item.params.id)) {
      throw new AdminError(400, 'unknown_announcement', `Item ${index + 1}: announcement ${item.params.id} is not one of this train's.`);
    }
  });
}

async function checkName(db: Kysely<Database>, trainId: number, name: string, exceptId?: number) {
  if (await playlistNameTaken(db, trainId, name, exceptId)) throw new AdminError(409, 'name_taken', `This train already has a playlist named "${name}".`);
}

/**
 * Which displays a change to this train's playlists can affect: those showing them directly or through a schedule,
 * and, since the train's first playlist by name is the default of displays without one, all of those too.
 */
async function affectedDisplays(db: Kysely<Database>, trainId: number, playlistIds: number[]): Promise<number[]> {
  const [using, defaults] = await Promise.all([displaysUsingPlaylists(db, playlistIds), displaysOfTrain(db, trainId, true)]);
  return [...new Set([...using, ...defaults])];
}

export async function createPlaylist(runtime: Services, principal: Principal, body: unknown, now = new Date()): Promise<PlaylistDetail> {
  const actor = requireRole(principal, EDIT_ROLE);
  const input = createPlaylistSchema.parse(body);
  const { id, trainId } = await runtime.db.transaction().execute(async (trx) => {
    const train = await findTrainBySlug(trx, input.trainSlug);
    if (!train) throw new AdminError(400, 'unknown_train', `There is no train "${input.trainSlug}".`);
    await checkName(trx, train.id, input.name);
    await checkItems(trx, train.id, input.items);
    const row = await insertPlaylist(trx, { trainId: train.id, name: input.name, now });
    await replacePlaylistItems(trx, row.id, input.items);
    await recordAudit(trx, { actor, action: 'playlist.created', subject: `playlist ${row.id}`, details: { name: input.name, train: input.trainSlug, items: input.items } });
    return { id: row.id, trainId: train.id };
  });
  await pushDisplayConfigs(runtime, await affectedDisplays(runtime.db, trainId, [id]));
  return getPlaylistDetail(runtime, principal, id);
}

/** Saves a playlist's name and its items in order; every display that can show it gets the change live. */
export async function updatePlaylist(runtime: Services, principal: Principal, id: number, body: unknown, now = new Date()): Promise<PlaylistDetail> {
  const actor = requireRole(principal, EDIT_ROLE);
  const input = updatePlaylistSchema.parse(body);
  const trainId = await runtime.db.transaction().execute(async (trx) => {
    const playlist = await findPlaylist(trx, id);
    if (!playlist) throw notFound(id);
    await checkName(trx, playlist.train_id, input.name, id);
    await checkItems(trx, playlist.train_id, input.items);
    await renamePlaylist(trx, id, input.name, now);
    await replacePlaylistItems(trx, id, input.items);
    await recordAudit(trx, { actor, action: 'playlist.updated', subject: `playlist ${id}`, details: { name: input.name, previousName: playlist.name, items: input.items } });
    return playlist.train_id;
  });
  await pushDisplayConfigs(runtime, await affectedDisplays(runtime.db, trainId, [id]));
  return getPlaylistDetail(runtime, principal, id);
}

/**
 * Deletes a playlist. Displays that showed it fall back to their train's first playlist, and schedule rules that
 * named it are removed with it (the database cascades); those displays are pushed their new configuration.
 */
export async function deletePlaylist(runtime: Services, principal: Principal, id: number): Promise<void> {
  const actor = requireRole(principal, EDIT_ROLE);
  const { affected, trainId } = await runtime.db.transaction().execute(async (trx) => {
    const playlist = await findPlaylist(trx, id);
    if (!playlist) throw notFound(id);
    const affected = await displaysUsingPlaylists(trx, [id]);
    await deletePlaylistRow(trx, id);
    await recordAudit(trx, { actor, action: 'playlist.deleted', subject: `playlist ${id}`, details: { name: playlist.name, displays: affected } });
    return { affected, trainId: playlist.train_id };
  });
  await pushDisplayConfigs(runtime, [...affected, ...(await displaysOfTrain(runtime.db, trainId, true))]);
}
