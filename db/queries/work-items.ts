import type { Kysely } from 'kysely';
import type { Database, NewWorkItem, NewWorkItemChange } from '../schema';

export async function findTeamsBySlug(db: Kysely<Database>, slugs: string[]) {
  if (slugs.length === 0) return [];
  return db.selectFrom('teams').select(['id', 'slug', 'train_id']).where('slug', 'in', slugs).execute();
}

export async function findIterationsByCode(db: Kysely<Database>, trainIds: number[], codes: string[]) {
  if (trainIds.length === 0 || codes.length === 0) return [];
  return db
    .selectFrom('iterations')
    .select(['id', 'train_id', 'code'])
    .where('train_id', 'in', trainIds)
    .where('code', 'in', codes)
    .execute();
}

/** Records event ids; returns those never seen before. Seen ones are duplicates of an earlier delivery. */
export async function recordNewEventIds(db: Kysely<Database>, events: { id: string; type: string }[]): Promise<Set<string>> {
  if (events.length === 0) return new Set();
  const rows = await db
    .insertInto('ingested_events')
    .values(events.map((e) => ({ id: e.id, type: e.type })))
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** The team each of these items belongs to now, by item key. */
export async function findItemTeams(db: Kysely<Database>, keys: string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await db
    .selectFrom('work_items')
    .innerJoin('teams', 'teams.id', 'work_items.team_id')
    .select(['work_items.key', 'teams.slug'])
    .where('work_items.key', 'in', keys)
    .execute();
  return new Map(rows.map((r) => [r.key, r.slug]));
}

/** Writes each item's newest state; a row already holding a later change keeps it. Returns ids by key. */
export async function upsertWorkItems(db: Kysely<Database>, items: NewWorkItem[]): Promise<Map<string, number>> {
  if (items.length === 0) return new Map();
  const written = await db
    .insertInto('work_items')
    .values(items)
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet((eb) => ({
          team_id: eb.ref('excluded.team_id'),
          iteration_id: eb.ref('excluded.iteration_id'),
          title: eb.ref('excluded.title'),
          kind: eb.ref('excluded.kind'),
          status: eb.ref('excluded.status'),
          status_category: eb.ref('excluded.status_category'),
          points: eb.ref('excluded.points'),
          hours_remaining: eb.ref('excluded.hours_remaining'),
          changed_at: eb.ref('excluded.changed_at'),
        }))
        .where('work_items.changed_at', '<=', (eb) => eb.ref('excluded.changed_at')),
    )
    .returning(['id', 'key'])
    .execute();
  const ids = new Map(written.map((r) => [r.key, r.id]));
  // Rows that kept a later state are not returned: look those few up.
  const kept = items.map((i) => i.key).filter((key) => !ids.has(key));
  if (kept.length > 0) {
    const rows = await db.selectFrom('work_items').select(['id', 'key']).where('key', 'in', kept).execute();
    for (const row of rows) ids.set(row.key, row.id);
  }
  return ids;
}

export async function insertWorkItemChanges(db: Kysely<Database>, changes: NewWorkItemChange[]): Promise<void> {
  if (changes.length === 0) return;
  await db.insertInto('work_item_changes').values(changes).execute();
}

export async function listIterationItems(db: Kysely<Database>, teamId: number, iterationId: number) {
  return db
    .selectFrom('work_items')
    .selectAll()
    .where('team_id', '=', teamId)
    .where('iteration_id', '=', iterationId)
    .orderBy('key')
    .execute();
}

export async function countTeamItems(db: Kysely<Database>, teamId: number): Promise<number> {
  const row = await db
    .selectFrom('work_items')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('team_id', '=', teamId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
