import { sql, type Kysely } from 'kysely';
import type { Database, NewIncident } from '../schema';

export interface MeanTimeToRestore {
  /** Mean of (resolved_at - started_at) in seconds; null when no incident was restored in the window. */
  meanSeconds: number | null;
  /** Incidents the mean covers. */
  count: number;
}

/**
 * Mean time to restore (DORA's MTTR) of the train's incidents restored at or after `from` and before `to`, in SQL.
 * Callers pass the instants their window's dates start at in the train's zone (lib/time zonedTimeToUtc).
 *   meanTimeToRestore(db, trainId, piStartsAt, piEndsAt) → { meanSeconds: 12_300, count: 7 }
 */
export async function meanTimeToRestore(db: Kysely<Database>, trainId: number, from: Date, to: Date): Promise<MeanTimeToRestore> {
  const result = await sql<MeanTimeToRestore>`
    select avg(extract(epoch from (resolved_at - started_at)))::float8 as "meanSeconds", count(*)::int as count
    from incidents
    where train_id = ${trainId} and resolved_at >= ${from.toISOString()}::timestamptz and resolved_at < ${to.toISOString()}::timestamptz
  `.execute(db);
  return result.rows[0] ?? { meanSeconds: null, count: 0 };
}

/** The train's open incidents, most urgent first (P1, then the oldest), at most `limit`. */
export async function listOpenIncidents(db: Kysely<Database>, trainId: number, limit: number) {
  return db
    .selectFrom('incidents')
    .leftJoin('teams', 'teams.id', 'incidents.team_id')
    .select(['incidents.key', 'incidents.priority', 'incidents.title', 'incidents.service', 'teams.name as team', 'incidents.started_at'])
    .where('incidents.train_id', '=', trainId)
    .where('incidents.resolved_at', 'is', null)
    .orderBy('incidents.priority')
    .orderBy('incidents.started_at')
    .orderBy('incidents.id')
    .limit(limit)
    .execute();
}

/** How many of the train's incidents are open, per priority (priorities without any are absent). */
export async function countOpenIncidents(db: Kysely<Database>, trainId: number): Promise<{ priority: number; count: number }[]> {
  const result = await sql<{ priority: number; count: number }>`
    select priority, count(*)::int as count from incidents
    where train_id = ${trainId} and resolved_at is null
    group by priority order by priority
  `.execute(db);
  return result.rows;
}

/** Inserts or replaces incidents by key; a stored state newer than the incoming one is kept (newest wins). */
export async function upsertIncidents(db: Kysely<Database>, rows: NewIncident[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('incidents')
    .values(rows)
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet((eb) => ({
          train_id: eb.ref('excluded.train_id'),
          team_id: eb.ref('excluded.team_id'),
          title: eb.ref('excluded.title'),
          service: eb.ref('excluded.service'),
          priority: eb.ref('excluded.priority'),
          started_at: eb.ref('excluded.started_at'),
          resolved_at: eb.ref('excluded.resolved_at'),
          changed_at: eb.ref('excluded.changed_at'),
        }))
        .where('incidents.changed_at', '<=', (eb) => eb.ref('excluded.changed_at')),
    )
    .execute();
}
