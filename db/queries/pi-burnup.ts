import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database, IterationKind } from '../schema';
import { currentPiFirst, trainToday } from './current-pi';
import { spanLevels } from './burndown';

export interface BurnupIteration {
  id: number;
  number: number;
  kind: IterationKind;
  start_date: string;
  end_date: string;
}

export interface BurnupContext {
  trainId: number;
  trainSlug: string;
  trainName: string;
  timeZone: string;
  /** The PI the wall shows today, or null when the train has none. */
  pi: null | {
    id: number;
    name: string;
    start_date: string;
    end_date: string;
    /** In date order. */
    iterations: BurnupIteration[];
  };
}

/**
 * A train, and the PI its wall shows at `now` with its iterations, in one round trip: the PI holding today in the
 * train's zone, else the latest started, else the next to come.
 */
export async function findBurnupContext(db: Kysely<Database>, trainSlug: string, now: Date): Promise<BurnupContext | undefined> {
  const today = trainToday(now);
  const result = await sql<BurnupContext>`
    select trains.id as "trainId", trains.slug as "trainSlug", trains.name as "trainName", trains.time_zone as "timeZone",
           (select row_to_json(current) from (
              select p.id, p.name, p.start_date, p.end_date,
                     coalesce((select json_agg(json_build_object(
                                'id', i.id, 'number', i.number, 'kind', i.kind,
                                'start_date', i.start_date, 'end_date', i.end_date) order by i.start_date, i.number)
                               from iterations i where i.pi_id = p.id), '[]'::json) as iterations
              from program_increments p
              where p.train_id = trains.id
              order by ${currentPiFirst(today)}
              limit 1
           ) as current) as pi
    from trains
    where trains.slug = ${trainSlug}
  `.execute(db);
  return result.rows[0];
}

export interface BurnupPoint {
  /** Done at the cutoff. */
  completed: number;
  /** Everything in scope at the cutoff, done or not. */
  scope: number;
}

/** Instants as one text parameter: both drivers pass it the same way. */
const cutsOf = (cutoffs: Date[]) => sql`
  cuts as (
    select idx, at from unnest(string_to_array(${cutoffs.map((c) => c.toISOString()).join(',')}, ',')::timestamptz[]) with ordinality as d(at, idx)
  )
`;

/** The levels (see spanLevels) read at each cutoff, in the order asked: done is the total less what is open. */
async function burnupAt(db: Kysely<Database>, cutoffs: Date[], spanRows: RawBuilder<unknown>): Promise<BurnupPoint[]> {
  const result = await sql<BurnupPoint & { idx: number }>`
    with ${cutsOf(cutoffs)}, ${spanLevels(spanRows)}
    select cuts.idx::int as idx,
           round((levels.total - levels.open)::numeric, 6)::float8 as completed,
           round(levels.total::numeric, 6)::float8 as scope
    from cuts
    cross join bounds
    join levels on levels.pos = width_bucket(cuts.at, bounds.ats)
    order by cuts.idx
  `.execute(db);
  return result.rows.map(({ completed, scope }) => ({ completed, scope }));
}

/**
 * Story points of every team's work in these iterations at each instant, done and in total: a change counts at t
 * when it happened before t and held until t or later. An item moved between the train's teams stays counted.
 */
export async function pointsBurnup(db: Kysely<Database>, iterationIds: number[], cutoffs: Date[]): Promise<BurnupPoint[]> {
  if (cutoffs.length === 0) return [];
  if (iterationIds.length === 0) return cutoffs.map(() => ({ completed: 0, scope: 0 }));
  return burnupAt(
    db,
    cutoffs,
    sql`
      select coalesce(c.points, 0)::float8 as amount, c.status_category <> 'done' as open,
             width_bucket(c.occurred_at, b.ats) + 1 as first_pos, width_bucket(c.valid_to, b.ats) as last_pos
      from work_item_changes c cross join bounds b
      where c.iteration_id in (${sql.join(iterationIds)}) and c.valid_to >= b.ats[1] and c.occurred_at < b.ats[b.n]
    `,
  );
}

/** How many of the PI's features and enablers were done, and planned into it, at each instant. */
export async function featuresBurnup(db: Kysely<Database>, piId: number, cutoffs: Date[]): Promise<BurnupPoint[]> {
  if (cutoffs.length === 0) return [];
  return burnupAt(
    db,
    cutoffs,
    sql`
      select 1::float8 as amount, c.status_category <> 'done' as open,
             width_bucket(c.occurred_at, b.ats) + 1 as first_pos, width_bucket(c.valid_to, b.ats) as last_pos
      from feature_changes c cross join bounds b
      where c.pi_id = ${piId} and c.valid_to >= b.ats[1] and c.occurred_at < b.ats[b.n]
    `,
  );
}
