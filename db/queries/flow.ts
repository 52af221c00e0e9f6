import { sql, type Kysely } from 'kysely';
import { addDays, zonedTimeToUtc } from '../../lib/time/calendar';
import type { Database } from '../schema';
import { currentPiFirst, trainToday } from './current-pi';

// SAFe's flow metrics of a train, aggregated in SQL. Everything but the WIP trend reads the flow facts kept on
// work_items (started_at, done_at, active_seconds); the trend reads the change spans, through the partial WIP index.

export interface FlowIteration {
  id: number;
  number: number;
  name: string;
  startDate: string;
  endDate: string;
}

export interface FlowPi {
  id: number;
  name: string;
  startDate: string;
  endDate: string;
  /** By start date. */
  iterations: FlowIteration[];
}

export interface FlowContext {
  trainId: number;
  slug: string;
  name: string;
  timeZone: string;
  /** The PI containing today in the train's zone, else the latest started, else the next; null when none. */
  pi: FlowPi | null;
}

/** A train, its current PI at `now` and that PI's iterations, in one round trip; undefined for an unknown train. */
export async function findFlowContext(db: Kysely<Database>, trainSlug: string, now: Date): Promise<FlowContext | undefined> {
  const today = trainToday(now);
  const result = await sql<FlowContext>`
    select trains.id as "trainId", trains.slug, trains.name, trains.time_zone as "timeZone",
      (select json_build_object('id', p.id, 'name', p.name, 'startDate', p.start_date, 'endDate', p.end_date,
                'iterations', coalesce((
                  select json_agg(json_build_object('id', i.id, 'number', i.number, 'name', i.name,
                                                    'startDate', i.start_date, 'endDate', i.end_date)
                                  order by i.start_date, i.number)
                  from iterations i where i.pi_id = p.id), '[]'))
       from program_increments p where p.train_id = trains.id
       order by ${currentPiFirst(today)}
       limit 1) as pi
    from trains where trains.slug = ${trainSlug}
  `.execute(db);
  return result.rows[0];
}

export interface FlowCounts {
  /** Items planned into the PI's iterations, by SAFe work type. */
  distribution: { features: number; enablers: number; defects: number; risks: number };
  /** Of the items done in the PI. */
  done: {
    items: number;
    /** Median and 85th percentile of flow time in seconds; null when none is done. */
    percentiles: [number, number] | null;
    activeSeconds: number;
    flowSeconds: number;
    /** Items whose flow time fell in each bucket of FLOW_TIME_BUCKET_DAYS (and one past the last). */
    histogram: number[];
    /** Items done within each of the given iterations' dates, in their order; and their points. */
    velocityItems: number[];
    velocityPoints: number[];
  };
}

/** Upper bounds, in days, of the flow time histogram's buckets; the last bucket has none. */
export const FLOW_TIME_BUCKET_DAYS = [1, 3, 5, 10, 20] as const;

interface DateRange {
  startDate: string;
  endDate: string;
}

/**
 * Distribution, velocity, flow time and flow efficiency of a train's PI, over all its teams, in one statement.
 * "Done in the PI" means done_at from the PI's first day to the end of its last, in the train's zone; an item
 * moved between teams of the train counts once, with the facts of its whole history.
 */
export async function flowCounts(
  db: Kysely<Database>,
  query: { trainId: number; timeZone: string; pi: DateRange; piIterationIds: number[]; velocityIterations: DateRange[] },
): Promise<FlowCounts> {
  // Day bounds as instants computed once here: a zone conversion in a filter would run for every row.
  const startOf = (date: string) => sql`${zonedTimeToUtc(date, 0, query.timeZone).toISOString()}::timestamptz`;
  const endOf = (date: string) => startOf(addDays(date, 1));
  const days = (n: number) => n * 86_400;
  const buckets = [0, ...FLOW_TIME_BUCKET_DAYS].map((low, index, bounds) => {
    const high = bounds[index + 1];
    return high === undefined
      ? sql`count(*) filter (where flow_seconds >= ${days(low)})`
      : sql`count(*) filter (where flow_seconds >= ${days(low)} and flow_seconds < ${days(high)})`;
  });
  const inIteration = (it: DateRange) => sql`done_at >= ${startOf(it.startDate)} and done_at < ${endOf(it.endDate)}`;
  const velocityItems = query.velocityIterations.map((it) => sql`count(*) filter (where ${inIteration(it)})`);
  const velocityPoints = query.velocityIterations.map((it) => sql`coalesce(sum(points) filter (where ${inIteration(it)}), 0)`);
  const inPiIterations = query.piIterationIds.length > 0 ? sql`w.iteration_id in (${sql.join(query.piIterationIds)})` : sql`false`;

  const result = await sql<FlowCounts>`
    with train_teams as (select id from teams where train_id = ${query.trainId}),
    done as (
      -- The (done_at, team_id) index: only the items done within the PI's dates are read.
      select w.done_at, coalesce(w.points, 0) as points, w.active_seconds,
             date_part('epoch', w.done_at - w.started_at) as flow_seconds
      from work_items w
      where w.done_at >= ${startOf(query.pi.startDate)} and w.done_at < ${endOf(query.pi.endDate)}
        and w.team_id in (select id from train_teams)
        and w.started_at is not null
    )
    select
      (select json_build_object(
         'features', coalesce(sum(n) filter (where kind not in ('enabler', 'spike', 'defect', 'bug', 'risk')), 0),
         'enablers', coalesce(sum(n) filter (where kind in ('enabler', 'spike')), 0),
         'defects', coalesce(sum(n) filter (where kind in ('defect', 'bug')), 0),
         'risks', coalesce(sum(n) filter (where kind = 'risk'), 0))
       -- Counted by kind first: the few kinds, not every item, are then sorted into types. No team filter: an
       -- item's iteration is always one of its own team's train (ingest refuses any other).
       from (select lower(kind) as kind, sum(n) as n from (
               select w.kind, count(*) as n from work_items w where ${inPiIterations} group by w.kind
             ) by_kind group by lower(kind)) kinds) as distribution,
      (select json_build_object(
         'items', count(*),
         'percentiles', percentile_cont(array[0.5, 0.85]) within group (order by flow_seconds),
         'activeSeconds', coalesce(sum(active_seconds), 0),
         'flowSeconds', coalesce(sum(flow_seconds), 0),
         'histogram', json_build_array(${sql.join(buckets)}),
         'velocityItems', json_build_array(${sql.join(velocityItems)}),
         'velocityPoints', json_build_array(${sql.join(velocityPoints)}))
       from done) as done
  `.execute(db);
  return result.rows[0]!;
}

/**
 * Work in progress (active or waiting) of the train's teams at each instant t: the spans holding it
 * (occurred_at < t and valid_to >= t). One pass over the active and waiting spans that ended at or after the
 * earliest instant (the partial index on (valid_to, team_id)), each placed by how many instants lie at or before
 * its start and its end (width_bucket over the sorted instants); a span holds the k-th instant when fewer than k
 * instants are at or before its start and at least k at or before its end.
 */
export async function wipAt(db: Kysely<Database>, trainId: number, instants: Date[]): Promise<number[]> {
  if (instants.length === 0) return [];
  const sorted = [...new Set(instants.map((t) => t.getTime()))].sort((a, b) => a - b);
  const thresholds = sql`string_to_array(${sorted.map((t) => new Date(t).toISOString()).join(',')}, ',')::timestamptz[]`;
  const result = await sql<{ k: number; wip: number }>`
    -- Materialized, so the array is parsed once rather than for every span.
    with cuts as materialized (select ${thresholds} as at),
    placed as (
      select width_bucket(c.occurred_at, t.at) as started, width_bucket(c.valid_to, t.at) as ended, count(*) as n
      from work_item_changes c, cuts t
      where c.status_category in ('active', 'waiting')
        and c.valid_to >= ${new Date(sorted[0]!).toISOString()}::timestamptz
        and c.team_id in (select id from teams where train_id = ${trainId})
      group by 1, 2
    )
    select k::int, coalesce(sum(n) filter (where started < k and ended >= k), 0)::int as wip
    from generate_series(1, ${sorted.length}::int) k, placed
    group by k
  `.execute(db);
  const byInstant = new Map(result.rows.map((row) => [sorted[row.k - 1]!, row.wip]));
  return instants.map((t) => byInstant.get(t.getTime()) ?? 0);
}
