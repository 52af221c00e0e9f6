import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../schema';

// DORA's four metrics in SQL, from production deployments (environments.production) and the train's incidents.
// Deployments count by deployed_at, incidents by resolved_at; windows are [from, to).

export interface DoraTrain {
  id: number;
  slug: string;
  name: string;
  timeZone: string;
}

export async function findDoraTrain(db: Kysely<Database>, slug: string): Promise<DoraTrain | undefined> {
  return db.selectFrom('trains').select(['id', 'slug', 'name', 'time_zone as timeZone']).where('slug', '=', slug).executeTakeFirst();
}

export interface DoraFigures {
  /** Successful production deployments. */
  deployments: number;
  /** Median of (deployed_at - committed_at) over successful production deployments that carry committed_at. */
  leadMedianSeconds: number | null;
  leadCount: number;
  /** Failed or rolled back production deployments, and all finished ones (in_progress left out). */
  failed: number;
  finished: number;
  /** Median of (resolved_at - started_at) over the incidents restored in the window. */
  restoreMedianSeconds: number | null;
  restoreCount: number;
}

// The aggregates both queries share, over `p` (production deployments with a `lead` in seconds).
const DEPLOYMENT_AGGREGATES = sql`
  count(*) filter (where p.status = 'succeeded')::int as deployments,
  (percentile_cont(0.5) within group (order by p.lead) filter (where p.status = 'succeeded' and p.lead is not null))::float8 as "leadMedianSeconds",
  count(*) filter (where p.status = 'succeeded' and p.lead is not null)::int as "leadCount",
  count(*) filter (where p.status in ('failed', 'rolled_back'))::int as failed,
  count(*) filter (where p.status <> 'in_progress')::int as finished`;

/** Production deployments of the train in [from, to), with their lead time (null without a commit time before it). */
function productionDeployments(trainId: number, from: RawBuilder<unknown>, to: Date) {
  return sql`
    select d.status, d.deployed_at,
      case when d.committed_at <= d.deployed_at then extract(epoch from (d.deployed_at - d.committed_at)) end as lead
    from deployments d join environments e on e.id = d.environment_id
    where d.train_id = ${trainId} and e.production
      and d.deployed_at >= ${from} and d.deployed_at < ${to.toISOString()}::timestamptz`;
}

/**
 * The four metrics' figures over [from, to), in one round trip.
 *   doraFigures(db, trainId, thirtyDaysAgo, now) → { deployments: 14, leadMedianSeconds: 93_600, failed: 2, finished: 16, ... }
 */
export async function doraFigures(db: Kysely<Database>, trainId: number, from: Date, to: Date): Promise<DoraFigures> {
  const fromSql = sql`${from.toISOString()}::timestamptz`;
  const result = await sql<DoraFigures>`
    with p as (${productionDeployments(trainId, fromSql, to)}),
    restored as (
      select extract(epoch from (resolved_at - started_at)) as seconds from incidents
      where train_id = ${trainId} and resolved_at >= ${fromSql} and resolved_at < ${to.toISOString()}::timestamptz
    )
    select ${DEPLOYMENT_AGGREGATES},
      (select (percentile_cont(0.5) within group (order by seconds))::float8 from restored) as "restoreMedianSeconds",
      (select count(*)::int from restored) as "restoreCount"
    from p
  `.execute(db);
  return result.rows[0]!;
}

export interface DoraWeek extends Omit<DoraFigures, 'restoreCount' | 'leadCount'> {
  /** The week's Monday in the train's zone. */
  week: string;
}

/**
 * The figures per week (Monday to Sunday in the train's zone) from the week of `firstMonday` for `weeks` weeks,
 * up to `to` (the last week is unfinished); weeks without data are there with zeros and nulls.
 */
export async function doraWeeks(
  db: Kysely<Database>,
  train: { id: number; timeZone: string },
  firstMonday: string,
  weeks: number,
  to: Date,
): Promise<DoraWeek[]> {
  const zone = train.timeZone;
  const from = sql`(${firstMonday}::date::timestamp at time zone ${zone})`;
  const weekOf = (column: string) => sql`date_trunc('week', ${sql.ref(column)} at time zone ${zone})::date`;
  const result = await sql<DoraWeek>`
    with weeks as (
      select generate_series(${firstMonday}::date::timestamp, ${firstMonday}::date::timestamp + ${`${7 * (weeks - 1)} days`}::interval, interval '7 days')::date as week
    ),
    p as (select ${weekOf('deployed_at')} as week, status, lead from (${productionDeployments(train.id, from, to)}) as production),
    by_week as (select p.week, ${DEPLOYMENT_AGGREGATES} from p group by p.week),
    restored as (
      select ${weekOf('resolved_at')} as week, (percentile_cont(0.5) within group (order by extract(epoch from (resolved_at - started_at))))::float8 as seconds
      from incidents
      where train_id = ${train.id} and resolved_at >= ${from} and resolved_at < ${to.toISOString()}::timestamptz
      group by 1
    )
    select to_char(weeks.week, 'YYYY-MM-DD') as week,
      coalesce(by_week.deployments, 0) as deployments, by_week."leadMedianSeconds",
      coalesce(by_week.failed, 0) as failed, coalesce(by_week.finished, 0) as finished,
      restored.seconds as "restoreMedianSeconds"
    from weeks left join by_week on by_week.week = weeks.week left join restored on restored.week = weeks.week
    order by weeks.week
  `.execute(db);
  return result.rows;
}
