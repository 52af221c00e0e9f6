import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema';

export type BurndownMeasure = 'points' | 'hours';

export interface BurndownTeamContext {
  teamId: number;
  teamSlug: string;
  teamName: string;
  trainId: number;
  trainSlug: string;
  trainName: string;
  timeZone: string;
}

export async function findTeamContext(db: Kysely<Database>, teamSlug: string): Promise<BurndownTeamContext | undefined> {
  return db
    .selectFrom('teams')
    .innerJoin('trains', 'trains.id', 'teams.train_id')
    .select([
      'teams.id as teamId',
      'teams.slug as teamSlug',
      'teams.name as teamName',
      'trains.id as trainId',
      'trains.slug as trainSlug',
      'trains.name as trainName',
      'trains.time_zone as timeZone',
    ])
    .where('teams.slug', '=', teamSlug)
    .executeTakeFirst();
}

/** The iteration a wall shows on `today`: the latest one that has started, else the first one to come. */
export async function findCurrentIteration(db: Kysely<Database>, trainId: number, today: string) {
  const columns = [
    'iterations.id',
    'iterations.number',
    'iterations.code',
    'iterations.name',
    'iterations.start_date',
    'iterations.end_date',
    'program_increments.name as pi_name',
  ] as const;
  const base = db
    .selectFrom('iterations')
    .innerJoin('program_increments', 'program_increments.id', 'iterations.pi_id')
    .select(columns)
    .where('iterations.train_id', '=', trainId);
  return (
    (await base.where('iterations.start_date', '<=', today).orderBy('iterations.start_date', 'desc').limit(1).executeTakeFirst()) ??
    (await base.orderBy('iterations.start_date', 'asc').limit(1).executeTakeFirst())
  );
}

export interface BurndownPoint {
  /** Work not done at the cutoff. */
  remaining: number;
  /** All work in the iteration at the cutoff, done or not. */
  scope: number;
}

/**
 * The team's work in an iteration as it stood at the start of each cutoff date (in the train's zone):
 * each item's latest change before the cutoff decides whether it counted there and how much was left.
 */
export async function burndownPoints(
  db: Kysely<Database>,
  query: { teamId: number; iterationId: number; timeZone: string; cutoffs: string[]; measure: BurndownMeasure },
): Promise<BurndownPoint[]> {
  if (query.cutoffs.length === 0) return [];
  const amount = query.measure === 'points' ? sql.ref('s.points') : sql.ref('s.hours_remaining');
  const result = await sql<{ idx: number; remaining: number; scope: number }>`
    with items as (
      select distinct work_item_id from work_item_changes
      where team_id = ${query.teamId} and iteration_id = ${query.iterationId}
    ),
    spans as (
      -- Each change holds from its own time until the item's next change.
      select c.team_id, c.iteration_id, c.status_category, c.points, c.hours_remaining, c.occurred_at,
             lead(c.occurred_at) over (partition by c.work_item_id order by c.occurred_at, c.id) as until
      from work_item_changes c
      where c.work_item_id in (select work_item_id from items)
    ),
    cuts as (
      select idx, (cutoff::timestamp at time zone ${query.timeZone}) as at
      from unnest(string_to_array(${query.cutoffs.join(',')}, ',')::date[]) with ordinality as d(cutoff, idx)
    )
    select cuts.idx::int as idx,
           coalesce(sum(${amount}) filter (where s.status_category <> 'done'), 0)::float8 as remaining,
           coalesce(sum(${amount}), 0)::float8 as scope
    from cuts
    left join spans s
      on s.occurred_at < cuts.at and (s.until is null or s.until >= cuts.at)
      and s.team_id = ${query.teamId} and s.iteration_id = ${query.iterationId}
    group by cuts.idx
    order by cuts.idx
  `.execute(db);
  return result.rows.map((row) => ({ remaining: row.remaining, scope: row.scope }));
}
