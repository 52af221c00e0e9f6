import { sql, type Kysely } from 'kysely';
import type { Database, IterationKind } from '../schema';

/** How many upcoming PI planning / system demo entries travel with the header, so the client can move on by itself. */
export const UPCOMING_ENTRIES = 3;

export interface CadenceRow {
  slug: string;
  name: string;
  timeZone: string;
  /** Today in the train's zone, as the query saw it. */
  today: string;
  pi: null | { name: string; start_date: string; end_date: string };
  iteration: null | { number: number; name: string; kind: IterationKind; start_date: string; end_date: string };
  upcoming: { kind: 'pi_planning' | 'system_demo'; title: string; start_date: string; end_date: string }[];
  /** The first date after today on which this answer changes: an iteration or PI starts, the PI ends, an entry passes. */
  changes_on: string | null;
}

/**
 * A train's cadence at `now`, in one round trip: the PI holding today in the train's zone (else the next), its
 * latest started iteration (else its next), the calendar entries not yet over (under way or to come), and when that changes.
 */
export async function findCadence(db: Kysely<Database>, trainSlug: string, now: Date): Promise<CadenceRow | undefined> {
  const result = await sql<CadenceRow>`
    with t as (
      select id, slug, name, time_zone, (${now.toISOString()}::timestamptz at time zone time_zone)::date as today
      from trains where slug = ${trainSlug}
    ),
    pi as (
      select p.id, p.name, p.start_date, p.end_date
      from program_increments p join t on p.train_id = t.id
      where p.end_date >= t.today
      order by (p.start_date <= t.today) desc, p.start_date, p.id
      limit 1
    ),
    it as (
      select i.number, i.name, i.kind, i.start_date, i.end_date
      from iterations i join pi on i.pi_id = pi.id cross join t
      where true
      order by (i.start_date <= t.today) desc,
               case when i.start_date <= t.today then i.start_date end desc,
               i.start_date, i.number
      limit 1
    ),
    upcoming as (
      select e.kind, e.title, e.start_date, e.end_date
      from calendar_events e join t on e.train_id = t.id
      where e.end_date >= t.today
      order by e.start_date, e.id
      limit ${UPCOMING_ENTRIES}
    )
    select t.slug, t.name, t.time_zone as "timeZone", t.today,
           (select row_to_json(pi) from (select name, start_date, end_date from pi) pi) as pi,
           (select row_to_json(it) from it) as iteration,
           (select coalesce(json_agg(u order by u.start_date), '[]'::json) from upcoming u) as upcoming,
           least(
             (select min(i.start_date) from iterations i where i.train_id = t.id and i.start_date > t.today),
             (select min(p.start_date) from program_increments p where p.train_id = t.id and p.start_date > t.today),
             (select pi.end_date + 1 from pi),
             (select min(u.end_date) + 1 from upcoming u)
           ) as changes_on
    from t
  `.execute(db);
  return result.rows[0];
}
