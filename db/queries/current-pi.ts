import { sql, type RawBuilder } from 'kysely';

/**
 * Orders a train's PIs (aliased `p`) so that the first is the one its wall shows on `today`: the PI holding today,
 * else the latest started, else the next to come. Every train panel picks its PI with this one rule.
 */
export function currentPiFirst(today: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`(p.start_date <= ${today} and p.end_date >= ${today}) desc,
    (p.start_date <= ${today}) desc,
    case when p.start_date <= ${today} then p.start_date end desc,
    p.start_date asc, p.id`;
}

/** Today in the train's zone, for queries that join `trains`. */
export function trainToday(now: Date): RawBuilder<unknown> {
  return sql`(${now.toISOString()}::timestamptz at time zone trains.time_zone)::date`;
}
