import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../schema';

export type BurndownMeasure = 'points' | 'hours';

export interface BurndownContext {
  teamId: number;
  teamSlug: string;
  teamName: string;
  trainId: number;
  trainSlug: string;
  trainName: string;
  timeZone: string;
  /** The iteration the wall shows today (see currentIterationFirst), or null when the train has none. */
  iteration: CurrentIteration | null;
}

export interface CurrentIteration {
  id: number;
  number: number;
  code: string;
  name: string;
  start_date: string;
  end_date: string;
  pi_name: string;
}

/** Orders a train's iterations so the first is the one to show on `today`: the latest started, else the next to come. */
function currentIterationFirst(today: RawBuilder<unknown>) {
  return sql`(iterations.start_date <= ${today}) desc,
    case when iterations.start_date <= ${today} then iterations.start_date end desc,
    iterations.start_date asc`;
}

const ITERATION_COLUMNS = sql`iterations.id, iterations.number, iterations.code, iterations.name,
  iterations.start_date, iterations.end_date, program_increments.name as pi_name`;

/** A team, its train, and the iteration its wall shows at `now` (today in the train's zone), in one round trip. */
export async function findBurndownContext(db: Kysely<Database>, teamSlug: string, now: Date): Promise<BurndownContext | undefined> {
  const today = sql`(${now.toISOString()}::timestamptz at time zone trains.time_zone)::date`;
  const result = await sql<Omit<BurndownContext, 'iteration'> & { iteration: CurrentIteration | null }>`
    select teams.id as "teamId", teams.slug as "teamSlug", teams.name as "teamName",
           trains.id as "trainId", trains.slug as "trainSlug", trains.name as "trainName", trains.time_zone as "timeZone",
           (select row_to_json(current) from (
              select ${ITERATION_COLUMNS}
              from iterations join program_increments on program_increments.id = iterations.pi_id
              where iterations.train_id = trains.id
              order by ${currentIterationFirst(today)}
              limit 1
           ) as current) as iteration
    from teams join trains on trains.id = teams.train_id
    where teams.slug = ${teamSlug}
  `.execute(db);
  return result.rows[0];
}

/** The iteration a wall shows on `today`: the latest one that has started, else the first one to come. */
export async function findCurrentIteration(db: Kysely<Database>, trainId: number, today: string): Promise<CurrentIteration | undefined> {
  const result = await sql<CurrentIteration>`
    select ${ITERATION_COLUMNS}
    from iterations join program_increments on program_increments.id = iterations.pi_id
    where iterations.train_id = ${trainId}
    order by ${currentIterationFirst(sql`${today}::date`)}
    limit 1
  `.execute(db);
  return result.rows[0];
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
