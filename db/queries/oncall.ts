import { sql, type Kysely } from 'kysely';
import type { Database, NewOnCallShift, OnCallRole } from '../schema';

export interface ShiftRow {
  key: string;
  role: OnCallRole;
  person: string;
  contact: string | null;
  starts_at: Date;
  ends_at: Date;
}

/**
 * Per role, the train's shifts not over at `now` (ends_at after it), by start, at most `perRole` each: the one on
 * call now comes first, then those to come.
 */
export async function listUpcomingShifts(db: Kysely<Database>, trainId: number, now: Date, perRole: number): Promise<ShiftRow[]> {
  const result = await sql<ShiftRow>`
    select key, role, person, contact, starts_at, ends_at from (
      select s.*, row_number() over (partition by s.role order by s.starts_at, s.id) as n
      from oncall_shifts s
      where s.train_id = ${trainId} and s.ends_at > ${now.toISOString()}::timestamptz
    ) ranked
    where n <= ${perRole}
    order by role, starts_at, id
  `.execute(db);
  return result.rows;
}

/** The train's shifts that overlap [from, to), by start; the console shows them beside its rota weeks. */
export async function listShiftsOverlapping(db: Kysely<Database>, trainId: number, from: Date, to: Date): Promise<ShiftRow[]> {
  return db
    .selectFrom('oncall_shifts')
    .select(['key', 'role', 'person', 'contact', 'starts_at', 'ends_at'])
    .where('train_id', '=', trainId)
    .where('starts_at', '<', to)
    .where('ends_at', '>', from)
    .orderBy('starts_at')
    .orderBy('role')
    .orderBy('id')
    .execute();
}

export async function findShiftsByKey(db: Kysely<Database>, keys: string[]): Promise<ShiftRow[]> {
  if (keys.length === 0) return [];
  return db.selectFrom('oncall_shifts').select(['key', 'role', 'person', 'contact', 'starts_at', 'ends_at']).where('key', 'in', keys).execute();
}

/**
 * Inserts or replaces shifts by key. newestWins (feeds): a stored state newer than the incoming one is kept. The
 * console passes false: what a person just saved replaces the row whatever its time.
 */
export async function upsertOnCallShifts(db: Kysely<Database>, rows: NewOnCallShift[], options: { newestWins: boolean }): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('oncall_shifts')
    .values(rows)
    .onConflict((oc) => {
      const update = oc.column('key').doUpdateSet((eb) => ({
        train_id: eb.ref('excluded.train_id'),
        role: eb.ref('excluded.role'),
        person: eb.ref('excluded.person'),
        contact: eb.ref('excluded.contact'),
        starts_at: eb.ref('excluded.starts_at'),
        ends_at: eb.ref('excluded.ends_at'),
        changed_at: eb.ref('excluded.changed_at'),
      }));
      return options.newestWins ? update.where('oncall_shifts.changed_at', '<=', (eb) => eb.ref('excluded.changed_at')) : update;
    })
    .execute();
}

export async function deleteShifts(db: Kysely<Database>, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await db.deleteFrom('oncall_shifts').where('key', 'in', keys).execute();
}
