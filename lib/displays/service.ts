import type { Kysely } from 'kysely';
import {
  findDisplay,
  findOpenPairingByCode,
  insertDisplay,
  insertDisplayToken,
  listDisplays,
  listSchedules,
  markPairingClaimed,
  replaceSchedules,
  revokeDisplayRow,
  updateDisplayRow,
} from '../../db/queries/displays';
import { playlistsInTrain, playlistsOfTrain } from '../../db/queries/playlists';
import { findTrainBySlug, listTeams, listTrains } from '../../db/queries/trains';
import type { Database } from '../../db/schema';
import { AdminError } from '../admin/errors';
import { recordAudit } from '../audit';
import { requireRole, type Principal } from '../auth/principal';
import { hashToken, newToken } from '../auth/tokens';
import { displayRoom, pairingRoom } from '../realtime/events';
import type { Runtime } from '../runtime';
import type { DisplayDetail, DisplaySummary, ScheduleRuleInput, TrainChoice } from './console-types';
import { pushDisplayConfigs } from './push';
import { claimDisplaySchema, schedulesSchema, updateDisplaySchema } from './schema';
import { isPairingCode, normalizePairingCode } from './tokens';

type Services = Pick<Runtime, 'db' | 'config' | 'io' | 'log'>;

const INVALID_CODE = 'That code is wrong, expired or already used. Check the code on the TV; after 10 minutes the TV shows a new one.';

function notFound(id: number): AdminError {
  return new AdminError(404, 'not_found', `There is no display ${id}.`);
}

/** Every paired display (viewers may look). */
export async function listDisplaySummaries(runtime: Pick<Runtime, 'db'>, principal: Principal): Promise<DisplaySummary[]> {
  requireRole(principal, 'viewer');
  const rows = await listDisplays(runtime.db);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    trainSlug: row.train_slug,
    trainName: row.train_name,
    playlistId: row.playlist_id,
    playlistName: row.playlist_name,
    teamFilter: row.team_filter,
    scheduleCount: Number(row.schedule_count ?? 0),
    createdAt: row.created_at.toISOString(),
    lastSeenAt: row.last_seen_at?.toISOString() ?? null,
  }));
}

/** Trains with their playlists and teams: what the pairing form offers. */
export async function listTrainChoices(runtime: Pick<Runtime, 'db'>, principal: Principal): Promise<TrainChoice[]> {
  requireRole(principal, 'viewer');
  const trains = await listTrains(runtime.db);
  const choices: TrainChoice[] = [];
  for (const { slug, name } of trains) {
    const train = await findTrainBySlug(runtime.db, slug);
    if (!train) continue;
    const [playlists, teams] = await Promise.all([playlistsOfTrain(runtime.db, train.id), listTeams(runtime.db, train.id)]);
    choices.push({ slug, name, playlists, teams: teams.map((t) => ({ slug: t.slug, name: t.name })) });
  }
  return choices;
}

export async function getDisplayDetail(runtime: Pick<Runtime, 'db'>, principal: Principal, id: number): Promise<DisplayDetail> {
  requireRole(principal, 'viewer');
  const display = await findDisplay(runtime.db, id);
  if (!display || display.revoked_at) throw notFound(id);
  const [playlists, teams, schedules] = await Promise.all([
    playlistsOfTrain(runtime.db, display.train_id),
    listTeams(runtime.db, display.train_id),
    listSchedules(runtime.db, id),
  ]);
  return {
    id: display.id,
    name: display.name,
    trainSlug: display.train_slug,
    trainName: display.train_name,
    timeZone: display.time_zone,
    playlistId: display.playlist_id,
    playlistName: playlists.find((p) => p.id === display.playlist_id)?.name ?? null,
    teamFilter: display.team_filter,
    scheduleCount: schedules.length,
    createdAt: display.created_at.toISOString(),
    lastSeenAt: display.last_seen_at?.toISOString() ?? null,
    schedules: schedules.map((row) => ({
      playlistId: row.playlist_id,
      screenOff: row.screen_off,
      weekdays: row.weekdays.split('').map(Number),
      startMinute: row.start_minute,
      endMinute: row.end_minute,
      cadence: row.cadence,
    })),
    playlists,
    teams: teams.map((t) => ({ slug: t.slug, name: t.name })),
  };
}

/** The playlist and team a display is set to must belong to its own train. */
async function checkChoices(db: Kysely<Database>, trainId: number, choices: { playlistId?: number | null; teamFilter?: string | null }) {
  if (choices.playlistId != null && (await playlistsInTrain(db, trainId, [choices.playlistId])).length === 0) {
    throw new AdminError(400, 'unknown_playlist', `Playlist ${choices.playlistId} is not a playlist of this display's train.`);
  }
  if (choices.teamFilter != null && !(await listTeams(db, trainId)).some((t) => t.slug === choices.teamFilter)) {
    throw new AdminError(400, 'unknown_team', `"${choices.teamFilter}" is not a team of this display's train.`);
  }
}

/**
 * The RTE enters the code a TV shows (admin only): the display is created, the TV's pairing secret becomes its
 * device token, and the TV waiting on the pairing screen is told at once.
 */
export async function claimPairingCode(runtime: Services, principal: Principal, body: unknown, now = new Date()): Promise<DisplaySummary> {
  const actor = requireRole(principal, 'admin');
  const input = claimDisplaySchema.parse(body);
  const code = normalizePairingCode(input.code);
  if (!isPairingCode(code)) throw new AdminError(400, 'invalid_code', INVALID_CODE);

  const claimed = await runtime.db.transaction().execute(async (trx) => {
    const train = await findTrainBySlug(trx, input.trainSlug);
    if (!train) throw new AdminError(400, 'unknown_train', `There is no train "${input.trainSlug}".`);
    const request = await findOpenPairingByCode(trx, code, now);
    if (!request) throw new AdminError(400, 'invalid_code', INVALID_CODE);
    await checkChoices(trx, train.id, input);
    const display = await insertDisplay(trx, { trainId: train.id, name: input.name, playlistId: input.playlistId ?? null, teamFilter: input.teamFilter ?? null, now });
    if (!(await markPairingClaimed(trx, request.id, display.id, now))) throw new AdminError(400, 'invalid_code', INVALID_CODE);
    await insertDisplayToken(trx, { displayId: display.id, tokenHash: request.secret_hash, kind: 'device', now });
    await recordAudit(trx, {
      actor,
      action: 'display.paired',
      subject: `display ${display.id}`,
      details: { name: input.name, train: input.trainSlug, playlistId: input.playlistId ?? null, teamFilter: input.teamFilter ?? null },
    });
    return { displayId: display.id, pairingId: request.id };
  });

  runtime.io.to(pairingRoom(claimed.pairingId)).emit('pairing-claimed');
  const summary = (await listDisplaySummaries(runtime, principal)).find((d) => d.id === claimed.displayId);
  if (!summary) throw notFound(claimed.displayId);
  return summary;
}

/** Renames a display or changes its playlist or team filter (admin only); the TV switches at its next boundary. */
export async function updateDisplay(runtime: Services, principal: Principal, id: number, body: unknown): Promise<DisplayDetail> {
  const actor = requireRole(principal, 'admin');
  const input = updateDisplaySchema.parse(body);
  await runtime.db.transaction().execute(async (trx) => {
    const display = await findDisplay(trx, id);
    if (!display || display.revoked_at) throw notFound(id);
    await checkChoices(trx, display.train_id, input);
    await updateDisplayRow(trx, id, { name: input.name, playlist_id: input.playlistId, team_filter: input.teamFilter });
    await recordAudit(trx, { actor, action: 'display.updated', subject: `display ${id}`, details: { ...input } });
  });
  await pushDisplayConfigs(runtime, [id]);
  return getDisplayDetail(runtime, principal, id);
}

/** Replaces a display's schedule rules, in order (admin only). */
export async function saveSchedules(runtime: Services, principal: Principal, id: number, body: unknown): Promise<ScheduleRuleInput[]> {
  const actor = requireRole(principal, 'admin');
  const { rules } = schedulesSchema.parse(body);
  await runtime.db.transaction().execute(async (trx) => {
    const display = await findDisplay(trx, id);
    if (!display || display.revoked_at) throw notFound(id);
    const named = [...new Set(rules.map((r) => r.playlistId).filter((p): p is number => p !== null))];
    const known = new Set((await playlistsInTrain(trx, display.train_id, named)).map((p) => p.id));
    const unknown = named.filter((p) => !known.has(p));
    if (unknown.length > 0) throw new AdminError(400, 'unknown_playlist', `Playlist ${unknown.join(', ')} is not a playlist of this display's train.`);
    await replaceSchedules(
      trx,
      id,
      rules.map((rule, position) => ({
        playlist_id: rule.screenOff ? null : rule.playlistId,
        position,
        weekdays: [...rule.weekdays].sort((a, b) => a - b).join(''),
        start_minute: rule.startMinute,
        end_minute: rule.endMinute,
        cadence: rule.cadence,
        screen_off: rule.screenOff,
      })),
    );
    await recordAudit(trx, { actor, action: 'display.schedules_saved', subject: `display ${id}`, details: { rules } });
  });
  await pushDisplayConfigs(runtime, [id]);
  return (await getDisplayDetail(runtime, principal, id)).schedules;
}

/**
 * Revokes a display and all its tokens (admin only). Its TV is told, then disconnected; any socket it opens again
 * is refused as an invalid token, so it goes back to the pairing screen.
 */
export async function revokeDisplay(runtime: Services, principal: Principal, id: number, now = new Date()): Promise<void> {
  const actor = requireRole(principal, 'admin');
  await runtime.db.transaction().execute(async (trx) => {
    const display = await findDisplay(trx, id);
    if (!display || !(await revokeDisplayRow(trx, id, now))) throw notFound(id);
    await recordAudit(trx, { actor, action: 'display.revoked', subject: `display ${id}`, details: { name: display.name } });
  });
  runtime.io.to(displayRoom(id)).emit('display-revoked');
  runtime.io.in(displayRoom(id)).disconnectSockets();
}

/**
 * A new secret kiosk URL for a TV nobody can type on (admin only). Only its hash is stored, so the console shows
 * it once. Earlier kiosk URLs keep working until the display is revoked: a TV already using one stays up.
 */
export async function createKioskToken(runtime: Pick<Runtime, 'db'>, principal: Principal, id: number, now = new Date()): Promise<string> {
  const actor = requireRole(principal, 'admin');
  const token = newToken();
  await runtime.db.transaction().execute(async (trx) => {
    const display = await findDisplay(trx, id);
    if (!display || display.revoked_at) throw notFound(id);
    await insertDisplayToken(trx, { displayId: id, tokenHash: hashToken(token), kind: 'url', now });
    await recordAudit(trx, { actor, action: 'display.kiosk_url_created', subject: `display ${id}`, details: { name: display.name } });
  });
  return token;
}
