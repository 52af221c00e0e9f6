import { sql, type Kysely } from 'kysely';
import type { Database, GateState, NewRelease, NewReleaseGate, ReleaseGateKind } from '../schema';

/** A release as the departure board reads it: gates and the latest deployment of its version per environment. */
export interface BoardReleaseRow {
  key: string;
  name: string;
  version: string;
  major: boolean;
  plannedDate: string;
  targetDate: string;
  releasedAt: Date | null;
  /** Every release the board would list, of which these rows are the first. */
  total: number;
  /** Stored gate rows (missing gates absent); decidedAt as JSON text. */
  gates: { gate: ReleaseGateKind; state: GateState; decidedBy: string | null; decidedAt: string | null }[];
  /** Per environment, the latest deployment of this version there (by deployed_at); at as JSON text. */
  deployments: { environmentId: number; status: 'in_progress' | 'succeeded' | 'failed' | 'rolled_back'; at: string }[];
}

/**
 * The train's releases on the board: not cancelled, and not released or released at or after `departedSince`;
 * soonest target first, at most `limit`. The latest deployment per environment of each version is picked in SQL
 * (distinct on), the newest deployed_at winning, then the row stored last.
 */
export async function listBoardReleases(db: Kysely<Database>, trainId: number, departedSince: Date, limit: number): Promise<BoardReleaseRow[]> {
  // The board's rows first, then one pass over the train's deployments of just their versions. Materialized: inlined,
  // the planner scans the train's whole deployment history once per release.
  const result = await sql<BoardReleaseRow>`
    with board as (
      select r.id, r.key, r.name, r.version, r.major, r.planned_date, r.target_date, r.released_at,
        count(*) over ()::int as total
      from releases r
      where r.train_id = ${trainId} and not r.cancelled
        and (r.released_at is null or r.released_at >= ${departedSince.toISOString()}::timestamptz)
      order by r.target_date, r.id
      limit ${limit}
    ),
    latest as materialized (
      select distinct on (d.version, d.environment_id) d.version, d.environment_id, d.status, d.deployed_at
      from deployments d
      where d.train_id = ${trainId} and d.version in (select version from board)
      order by d.version, d.environment_id, d.deployed_at desc, d.id desc
    )
    select b.key, b.name, b.version, b.major, b.planned_date as "plannedDate", b.target_date as "targetDate",
      b.released_at as "releasedAt", b.total,
      coalesce((
        select json_agg(json_build_object('gate', g.gate, 'state', g.state, 'decidedBy', g.decided_by, 'decidedAt', g.decided_at))
        from release_gates g where g.release_id = b.id
      ), '[]'::json) as gates,
      coalesce((
        select json_agg(json_build_object('environmentId', l.environment_id, 'status', l.status, 'at', l.deployed_at))
        from latest l where l.version = b.version
      ), '[]'::json) as deployments
    from board b
    order by b.target_date, b.id
  `.execute(db);
  return result.rows;
}

/** The train each of these release keys belongs to now (keys not stored yet are absent). */
export async function findReleaseTrains(db: Kysely<Database>, keys: string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await db
    .selectFrom('releases')
    .innerJoin('trains', 'trains.id', 'releases.train_id')
    .select(['releases.key', 'trains.slug'])
    .where('releases.key', 'in', keys)
    .execute();
  return new Map(rows.map((r) => [r.key, r.slug]));
}

/** Releases by key, with their train's slug. */
export async function findReleasesByKey(db: Kysely<Database>, keys: string[]) {
  if (keys.length === 0) return [];
  return db
    .selectFrom('releases')
    .innerJoin('trains', 'trains.id', 'releases.train_id')
    .select(['releases.id', 'releases.key', 'trains.slug as train'])
    .where('releases.key', 'in', keys)
    .execute();
}

/**
 * Inserts or replaces releases by key; a stored state newer than the incoming one is kept (newest wins).
 * keepPlannedDate: a stored release keeps its planned_date (the feed did not send one); a new one takes the row's.
 */
export async function upsertReleases(db: Kysely<Database>, rows: NewRelease[], keepPlannedDate: boolean): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('releases')
    .values(rows)
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet((eb) => ({
          train_id: eb.ref('excluded.train_id'),
          name: eb.ref('excluded.name'),
          version: eb.ref('excluded.version'),
          major: eb.ref('excluded.major'),
          planned_date: keepPlannedDate ? eb.ref('releases.planned_date') : eb.ref('excluded.planned_date'),
          target_date: eb.ref('excluded.target_date'),
          released_at: eb.ref('excluded.released_at'),
          cancelled: eb.ref('excluded.cancelled'),
          changed_at: eb.ref('excluded.changed_at'),
        }))
        .where('releases.changed_at', '<=', (eb) => eb.ref('excluded.changed_at')),
    )
    .execute();
}

/** Inserts or replaces gate decisions per (release, gate); a stored decision newer than the incoming one is kept. */
export async function upsertReleaseGates(db: Kysely<Database>, rows: NewReleaseGate[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('release_gates')
    .values(rows)
    .onConflict((oc) =>
      oc
        .columns(['release_id', 'gate'])
        .doUpdateSet((eb) => ({
          state: eb.ref('excluded.state'),
          decided_by: eb.ref('excluded.decided_by'),
          decided_at: eb.ref('excluded.decided_at'),
          note: eb.ref('excluded.note'),
          changed_at: eb.ref('excluded.changed_at'),
        }))
        .where('release_gates.changed_at', '<=', (eb) => eb.ref('excluded.changed_at')),
    )
    .execute();
}

/** The console's list: upcoming and in flight first (soonest target first), then released or cancelled, newest first. */
export async function listTrainReleases(db: Kysely<Database>, trainId: number) {
  return db
    .selectFrom('releases')
    .select(['id', 'key', 'name', 'version', 'major', 'planned_date', 'target_date', 'released_at', 'cancelled'])
    .where('train_id', '=', trainId)
    .orderBy(sql`released_at is not null or cancelled`)
    .orderBy(sql`case when released_at is null and not cancelled then target_date end`)
    .orderBy('target_date', 'desc')
    .orderBy('id')
    .execute();
}

/** The gates stored for these releases. */
export async function listGatesOf(db: Kysely<Database>, releaseIds: number[]) {
  if (releaseIds.length === 0) return [];
  return db
    .selectFrom('release_gates')
    .select(['release_id', 'gate', 'state', 'decided_by', 'decided_at', 'note'])
    .where('release_id', 'in', releaseIds)
    .execute();
}

/** One release with its train's slug, or undefined. */
export async function findRelease(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('releases')
    .innerJoin('trains', 'trains.id', 'releases.train_id')
    .selectAll('releases')
    .select('trains.slug as train_slug')
    .where('releases.id', '=', id)
    .executeTakeFirst();
}

export async function insertRelease(db: Kysely<Database>, row: NewRelease): Promise<{ id: number }> {
  return db.insertInto('releases').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function updateReleaseRow(
  db: Kysely<Database>,
  id: number,
  changes: Partial<Pick<NewRelease, 'name' | 'version' | 'major' | 'target_date' | 'released_at' | 'cancelled' | 'changed_at'>>,
): Promise<void> {
  await db.updateTable('releases').set(changes).where('id', '=', id).execute();
}
