import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../schema';
import { trainToday } from './current-pi';

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
  const today = trainToday(now);
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

export interface TrainBurndownContext {
  trainId: number;
  trainSlug: string;
  trainName: string;
  timeZone: string;
  iteration: CurrentIteration | null;
}

/** A train and the iteration its wall shows at `now`, in one round trip. */
export async function findTrainBurndownContext(db: Kysely<Database>, trainSlug: string, now: Date): Promise<TrainBurndownContext | undefined> {
  const today = trainToday(now);
  const result = await sql<TrainBurndownContext>`
    select trains.id as "trainId", trains.slug as "trainSlug", trains.name as "trainName", trains.time_zone as "timeZone",
           (select row_to_json(current) from (
              select ${ITERATION_COLUMNS}
              from iterations join program_increments on program_increments.id = iterations.pi_id
              where iterations.train_id = trains.id
              order by ${currentIterationFirst(today)}
              limit 1
           ) as current) as iteration
    from trains
    where trains.slug = ${trainSlug}
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

/** A point of the burndown and the scope that came in and went out since the previous cutoff. */
export interface BurndownSample extends BurndownPoint {
  /** Work that joined the scope since the previous cutoff (new items, items moved in, estimates that grew). */
  added: number;
  /** Work that left the scope since the previous cutoff (items moved out or deleted from it, estimates that shrank). */
  removed: number;
}

export interface BurndownQuery {
  /** One team's work, or null for every team of the iteration's train (iteration ids are per train). */
  teamId: number | null;
  iterationId: number;
  timeZone: string;
  cutoffs: string[];
  measure: BurndownMeasure;
}

/**
 * The work in an iteration as it stood at the start of each cutoff date (in the train's zone): a change counts at
 * cutoff t when it happened before t and held until t or later (valid_to, kept by refreshItemHistory).
 */
export async function burndownPoints(
  db: Kysely<Database>,
  query: { teamId: number; iterationId: number; timeZone: string; cutoffs: string[]; measure: BurndownMeasure },
): Promise<BurndownPoint[]> {
  const samples = await burndownSamples(db, query);
  return samples.map(({ remaining, scope }) => ({ remaining, scope }));
}

/**
 * burndownPoints plus what joined and left the scope since the cutoff before (in time). Each change covers the run
 * of cutoffs between its occurred_at and valid_to, found by width_bucket over the sorted cutoffs, so the work is one
 * pass over the iteration's changes: totals are running sums of +amount where a span starts covering and -amount
 * after it stops; an item's scope change at a cutoff is the span it enters with less the span it leaves. For points
 * an estimate that grows counts as added; hours burn down by design, so for hours only items entering or leaving count.
 */
export async function burndownSamples(db: Kysely<Database>, query: BurndownQuery): Promise<BurndownSample[]> {
  if (query.cutoffs.length === 0) return [];
  const amount = query.measure === 'points' ? sql.ref('c.points') : sql.ref('c.hours_remaining');
  const team = query.teamId === null ? sql`true` : sql`c.team_id = ${query.teamId}`;
  const delta =
    query.measure === 'points'
      ? sql`coalesce(entered, 0) - coalesce(left_with, 0)`
      : sql`case when entered is not null and left_with is not null then 0 else coalesce(entered, 0) - coalesce(left_with, 0) end`;
  const result = await sql<{ idx: number } & BurndownSample>`
    with cuts as (
      select idx, (cutoff::timestamp at time zone ${query.timeZone}) as at
      from unnest(string_to_array(${query.cutoffs.join(',')}, ',')::date[]) with ordinality as d(cutoff, idx)
    ),
    ${spanLevels(sql`
      select c.work_item_id, coalesce(${amount}, 0)::float8 as amount, c.status_category <> 'done' as open,
             width_bucket(c.occurred_at, b.ats) + 1 as first_pos, width_bucket(c.valid_to, b.ats) as last_pos
      from work_item_changes c cross join bounds b
      where c.iteration_id = ${query.iterationId} and ${team} and c.valid_to >= b.ats[1] and c.occurred_at < b.ats[b.n]
    `)},
    moves as (
      select first_pos as pos, work_item_id, amount, true as entering from spans where first_pos > 1
      union all
      select last_pos + 1, work_item_id, amount, false from spans where last_pos < (select n from bounds)
    ),
    item_moves as (
      select pos, sum(amount) filter (where entering) as entered, sum(amount) filter (where not entering) as left_with
      from moves group by pos, work_item_id
    ),
    changes as (
      select pos,
             coalesce(sum(${delta}) filter (where ${delta} > 0), 0) as added,
             coalesce(-sum(${delta}) filter (where ${delta} < 0), 0) as removed
      from item_moves group by pos
    )
    select cuts.idx::int as idx,
           round(levels.open::numeric, 6)::float8 as remaining,
           round(levels.total::numeric, 6)::float8 as scope,
           round(coalesce(changes.added, 0)::numeric, 6)::float8 as added,
           round(coalesce(changes.removed, 0)::numeric, 6)::float8 as removed
    from cuts
    cross join bounds
    join levels on levels.pos = width_bucket(cuts.at, bounds.ats)
    left join changes on changes.pos = levels.pos
    order by cuts.idx
  `.execute(db);
  return result.rows.map((row) => ({ remaining: row.remaining, scope: row.scope, added: row.added, removed: row.removed }));
}

/**
 * CTEs shared by the burndown and the burnup. Needs a CTE `cuts` (idx, at) before it; `spanRows` selects, from
 * a change table joined to `bounds`, amount, open (not done), first_pos and last_pos: the sorted positions of the
 * first and last cutoffs it holds at. Gives `bounds` (ats: distinct cutoffs in order, n), `spans` (those covering
 * at least one cutoff) and `levels` (pos, total, open: the sums at each position, as running sums of steps; no window over the history).
 */
export function spanLevels(spanRows: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`
    bounds as (
      select array_agg(at order by at) as ats, count(*)::int as n from (select distinct at from cuts) d
    ),
    spans as (
      select * from (${spanRows}) s where first_pos <= last_pos
    ),
    ends as (
      -- One pass over the spans: what starts counting at each position, and what stops counting after each.
      select grouping(first_pos) = 0 as starting, coalesce(first_pos, last_pos + 1) as pos,
             sum(amount) as total, sum(amount) filter (where open) as open
      from spans
      group by grouping sets ((first_pos), (last_pos))
    ),
    step_sums as (
      select pos, sum(case when starting then total else -total end) as total,
             sum(case when starting then coalesce(open, 0) else -coalesce(open, 0) end) as open
      from ends group by pos
    ),
    levels as (
      -- Running sums over a handful of positions: each position adds every step at or before it.
      select p.pos, coalesce(sum(step_sums.total), 0) as total, coalesce(sum(step_sums.open), 0) as open
      from generate_series(1, (select n from bounds)) p(pos)
      left join step_sums on step_sums.pos <= p.pos
      group by p.pos
    )
  `;
}
