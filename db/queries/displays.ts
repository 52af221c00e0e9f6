import { sql, type Kysely } from 'kysely';
import type { Database, NewDisplaySchedule } from '../schema';

// ---- pairing requests

export async function insertPairingRequest(db: Kysely<Database>, request: { code: string; secretHash: string; now: Date; expiresAt: Date }) {
  return db
    .insertInto('pairing_requests')
    .values({ code: request.code, secret_hash: request.secretHash, created_at: request.now, expires_at: request.expiresAt })
    .returning(['id', 'code', 'expires_at'])
    .executeTakeFirstOrThrow();
}

/** True when an open (unclaimed, unexpired) request already shows this code. */
export async function openCodeExists(db: Kysely<Database>, code: string, now: Date): Promise<boolean> {
  const row = await db
    .selectFrom('pairing_requests')
    .select('id')
    .where('code', '=', code)
    .where('claimed_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row !== undefined;
}

/** The open request showing this code, locked against a concurrent claim on PostgreSQL. */
export async function findOpenPairingByCode(db: Kysely<Database>, code: string, now: Date) {
  return db
    .selectFrom('pairing_requests')
    .select(['id', 'secret_hash'])
    .where('code', '=', code)
    .where('claimed_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('id', 'desc')
    .forUpdate()
    .executeTakeFirst();
}

export async function findPairingById(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('pairing_requests')
    .select(['id', 'secret_hash', 'expires_at', 'claimed_at', 'delivered_at', 'display_id'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Marks the request claimed unless someone else did first; false when it lost that race. */
export async function markPairingClaimed(db: Kysely<Database>, id: number, displayId: number, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('pairing_requests')
    .set({ claimed_at: now, display_id: displayId })
    .where('id', '=', id)
    .where('claimed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function markPairingDelivered(db: Kysely<Database>, id: number, now: Date): Promise<void> {
  await db.updateTable('pairing_requests').set({ delivered_at: now }).where('id', '=', id).where('delivered_at', 'is', null).execute();
}

/** Unclaimed requests long past their expiry are of no use to anyone: keeps the table small. */
export async function deleteStalePairingRequests(db: Kysely<Database>, before: Date): Promise<void> {
  await db.deleteFrom('pairing_requests').where('claimed_at', 'is', null).where('expires_at', '<', before).execute();
}

// ---- displays

const displayColumns = [
  'displays.id',
  'displays.name',
  'displays.train_id',
  'displays.playlist_id',
  'displays.team_filter',
  'displays.created_at',
  'displays.revoked_at',
  'displays.last_seen_at',
  'trains.slug as train_slug',
  'trains.name as train_name',
  'trains.time_zone',
] as const;

export async function insertDisplay(
  db: Kysely<Database>,
  display: { trainId: number; name: string; playlistId: number | null; teamFilter: string | null; now: Date },
) {
  return db
    .insertInto('displays')
    .values({ train_id: display.trainId, name: display.name, playlist_id: display.playlistId, team_filter: display.teamFilter, created_at: display.now })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** A display with its train; revoked ones too (the caller decides). */
export async function findDisplay(db: Kysely<Database>, id: number) {
  return db.selectFrom('displays').innerJoin('trains', 'trains.id', 'displays.train_id').select(displayColumns).where('displays.id', '=', id).executeTakeFirst();
}

/** Displays not revoked, by train then name, with their playlist's name and how many schedule rules they have. */
export async function listDisplays(db: Kysely<Database>) {
  return db
    .selectFrom('displays')
    .innerJoin('trains', 'trains.id', 'displays.train_id')
    .leftJoin('playlists', 'playlists.id', 'displays.playlist_id')
    .select(displayColumns)
    .select('playlists.name as playlist_name')
    .select((eb) =>
      eb.selectFrom('display_schedules').select(eb.fn.countAll<string>().as('n')).whereRef('display_schedules.display_id', '=', 'displays.id').as('schedule_count'),
    )
    .where('displays.revoked_at', 'is', null)
    .orderBy('trains.name')
    .orderBy('displays.name')
    .orderBy('displays.id')
    .execute();
}

export async function updateDisplayRow(
  db: Kysely<Database>,
  id: number,
  changes: { name?: string; playlist_id?: number | null; team_filter?: string | null },
): Promise<void> {
  const set = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  if (Object.keys(set).length === 0) return;
  await db.updateTable('displays').set(set).where('id', '=', id).execute();
}

/** Revokes the display and every token it holds; false when it was already revoked. */
export async function revokeDisplayRow(db: Kysely<Database>, id: number, now: Date): Promise<boolean> {
  const result = await db.updateTable('displays').set({ revoked_at: now }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
  await db.updateTable('display_tokens').set({ revoked_at: now }).where('display_id', '=', id).where('revoked_at', 'is', null).execute();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertDisplayToken(db: Kysely<Database>, token: { displayId: number; tokenHash: string; kind: 'device' | 'url'; now: Date }) {
  return db
    .insertInto('display_tokens')
    .values({ display_id: token.displayId, token_hash: token.tokenHash, kind: token.kind, created_at: token.now })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Displays (not revoked) that can show any of these playlists: as their own playlist or through a schedule rule. */
export async function displaysUsingPlaylists(db: Kysely<Database>, playlistIds: number[]): Promise<number[]> {
  if (playlistIds.length === 0) return [];
  const rows = await db
    .selectFrom('displays')
    .select('displays.id')
    .where('displays.revoked_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('displays.playlist_id', 'in', playlistIds),
        eb.exists(
          eb.selectFrom('display_schedules').select(sql`1`.as('one')).whereRef('display_schedules.display_id', '=', 'displays.id').where('display_schedules.playlist_id', 'in', playlistIds),
        ),
      ]),
    )
    .execute();
  return rows.map((r) => r.id);
}

/** Displays of a train (not revoked); only those without their own playlist when `withoutPlaylist`. */
export async function displaysOfTrain(db: Kysely<Database>, trainId: number, withoutPlaylist = false): Promise<number[]> {
  let query = db.selectFrom('displays').select('id').where('train_id', '=', trainId).where('revoked_at', 'is', null);
  if (withoutPlaylist) query = query.where('playlist_id', 'is', null);
  return (await query.execute()).map((r) => r.id);
}

// ---- schedules

export async function listSchedules(db: Kysely<Database>, displayId: number) {
  return db
    .selectFrom('display_schedules')
    .select(['id', 'playlist_id', 'position', 'weekdays', 'start_minute', 'end_minute', 'cadence', 'screen_off'])
    .where('display_id', '=', displayId)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

export async function replaceSchedules(db: Kysely<Database>, displayId: number, rules: Omit<NewDisplaySchedule, 'display_id'>[]): Promise<void> {
  await db.deleteFrom('display_schedules').where('display_id', '=', displayId).execute();
  if (rules.length === 0) return;
  await db
    .insertInto('display_schedules')
    .values(rules.map((rule) => ({ ...rule, display_id: displayId })))
    .execute();
}
