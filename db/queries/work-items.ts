import { sql, type Kysely } from 'kysely';
import type { Database, NewWorkItem, NewWorkItemChange } from '../schema';

export async function findTeamsBySlug(db: Kysely<Database>, slugs: string[]) {
  if (slugs.length === 0) return [];
  return db
    .selectFrom('teams')
    .innerJoin('trains', 'trains.id', 'teams.train_id')
    .select(['teams.id', 'teams.slug', 'teams.train_id', 'trains.slug as train_slug'])
    .where('teams.slug', 'in', slugs)
    .execute();
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

/** The team (and its train) each of these items belongs to now, by item key. */
export async function findItemTeams(db: Kysely<Database>, keys: string[]): Promise<Map<string, { team: string; train: string }>> {
  if (keys.length === 0) return new Map();
  const rows = await db
    .selectFrom('work_items')
    .innerJoin('teams', 'teams.id', 'work_items.team_id')
    .innerJoin('trains', 'trains.id', 'teams.train_id')
    .select(['work_items.key', 'teams.slug', 'trains.slug as train_slug'])
    .where('work_items.key', 'in', keys)
    .execute();
  return new Map(rows.map((r) => [r.key, { team: r.slug, train: r.train_slug }]));
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
          feature_key: eb.ref('excluded.feature_key'),
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

/**
 * Rebuilds the derived history of these items (or of 'all', for the benchmark's generated history) in one statement,
 * after every write that touched them:
 * - each change's valid_to: the time of the item's next change ('infinity' for the latest), so a late event that
 *   lands between two others splits their span;
 * - the item's flow facts: started_at, the first time it left "not started"; done_at, when its final run of "done"
 *   began, if it is done now (a reopened item waits for its next "done"); active_seconds, its time in "active" up
 *   to done_at (or its latest change).
 */
export async function refreshItemHistory(db: Kysely<Database>, itemIds: number[] | 'all'): Promise<void> {
  if (itemIds !== 'all' && itemIds.length === 0) return;
  const touched = itemIds === 'all' ? sql`true` : sql`work_item_id in (${sql.join(itemIds)})`;
  await sql`
    with ordered as (
      select id, work_item_id, occurred_at, status_category,
             coalesce(lead(occurred_at) over item_order, 'infinity'::timestamptz) as valid_to,
             lag(status_category) over item_order as previous_category
      from work_item_changes
      where ${touched}
      window item_order as (partition by work_item_id order by occurred_at, id)
    ),
    spans as (
      -- Runs to completion although nothing reads it (PostgreSQL's rule for data-modifying WITH).
      update work_item_changes c set valid_to = o.valid_to
      from ordered o
      where c.id = o.id and c.valid_to is distinct from o.valid_to
    ),
    facts as (
      select work_item_id,
             min(occurred_at) filter (where status_category <> 'not_started') as started_at,
             case when bool_or(valid_to = 'infinity'::timestamptz and status_category = 'done')
                  then max(occurred_at) filter (where status_category = 'done' and previous_category is distinct from 'done')
             end as done_at,
             max(occurred_at) as last_at
      from ordered
      group by work_item_id
    ),
    active as (
      select o.work_item_id,
             coalesce(sum(extract(epoch from (least(o.valid_to, coalesce(f.done_at, f.last_at)) - o.occurred_at)))
               filter (where o.status_category = 'active'), 0)::float8 as seconds
      from ordered o join facts f on f.work_item_id = o.work_item_id
      group by o.work_item_id
    )
    update work_items w
    set started_at = f.started_at, done_at = f.done_at, active_seconds = greatest(a.seconds, 0)
    from facts f join active a on a.work_item_id = f.work_item_id
    where w.id = f.work_item_id
  `.execute(db);
}
