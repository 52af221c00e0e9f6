import { sql, type Kysely } from 'kysely';
import type { Database, NewImpediment } from '../schema';
import { trainToday } from './current-pi';

// Impediments "open at `now`": opened by then and not resolved by then. Ages are calendar days in the train's zone.

const openAt = (now: Date) => sql`i.opened_at <= ${now.toISOString()}::timestamptz
  and (i.resolved_at is null or i.resolved_at > ${now.toISOString()}::timestamptz)`;

/** Calendar days from the day it was opened to today, both in the train's zone (needs `trains` joined). */
const ageDays = (now: Date) => sql`(${trainToday(now)} - (i.opened_at at time zone trains.time_zone)::date)`;

export interface OpenImpedimentSummary {
  total: number;
  escalated: number;
  /** One decimal; null when none is open. */
  averageAgeDays: number | null;
}

/** How many of the train's impediments are open at `now`, how many of those are escalated, and their mean age. */
export async function openImpedimentSummary(db: Kysely<Database>, trainId: number, now: Date): Promise<OpenImpedimentSummary> {
  const result = await sql<OpenImpedimentSummary>`
    select count(i.id)::int as total,
      count(i.id) filter (where i.escalated)::int as escalated,
      round(avg(${ageDays(now)}), 1) as "averageAgeDays"
    from trains join impediments i on i.train_id = trains.id
    where trains.id = ${trainId} and ${openAt(now)}
  `.execute(db);
  return result.rows[0] ?? { total: 0, escalated: 0, averageAgeDays: null };
}

export interface TeamOpenRow {
  slug: string | null;
  name: string;
  open: number;
}

/**
 * Open impediments at `now` per team of the train (zeros included) and one row for the train's own (slug null,
 * named "Train"; it also takes those whose team is gone), most open first, then by name.
 */
export async function openImpedimentsByTeam(db: Kysely<Database>, trainId: number, now: Date): Promise<TeamOpenRow[]> {
  const result = await sql<TeamOpenRow>`
    select t.slug, t.name, count(i.id)::int as open
    from teams t
    left join impediments i on i.team_id = t.id and i.train_id = t.train_id and ${openAt(now)}
    where t.train_id = ${trainId}
    group by t.id, t.slug, t.name
    union all
    select null, 'Train', count(i.id)::int
    from impediments i
    where i.train_id = ${trainId} and ${openAt(now)}
      and not exists (select 1 from teams t where t.id = i.team_id and t.train_id = i.train_id)
    order by 3 desc, 2, 1
  `.execute(db);
  return result.rows;
}

export interface OldestImpedimentRow {
  key: string;
  title: string;
  team: string | null;
  owner: string | null;
  escalated: boolean;
  ageDays: number;
}

/** The train's impediments open at `now`, oldest first, at most `limit`. */
export async function oldestOpenImpediments(db: Kysely<Database>, trainId: number, now: Date, limit: number): Promise<OldestImpedimentRow[]> {
  const result = await sql<OldestImpedimentRow>`
    select i.key, i.title, t.name as team, i.owner, i.escalated, ${ageDays(now)} as "ageDays"
    from trains
    join impediments i on i.train_id = trains.id
    left join teams t on t.id = i.team_id and t.train_id = i.train_id
    where trains.id = ${trainId} and ${openAt(now)}
    order by i.opened_at, i.id
    limit ${limit}
  `.execute(db);
  return result.rows;
}

export interface TrendWeekRow {
  number: number;
  startDate: string;
  opened: number;
  resolved: number;
  current: boolean;
  future: boolean;
}

/**
 * Impediments of the train opened and resolved in each week of the PI, by `now`: week n covers the PI's days
 * 7(n-1) to 7n-1 from its start date, in the train's zone (the last week may be shorter). Empty for an unknown PI.
 */
export async function impedimentTrend(db: Kysely<Database>, piId: number, now: Date): Promise<TrendWeekRow[]> {
  const at = now.toISOString();
  const result = await sql<TrendWeekRow>`
    with pi as (
      select p.start_date as start, p.end_date as finish, trains.id as train_id, trains.time_zone as tz,
        ${trainToday(now)} as today,
        (p.start_date::timestamp at time zone trains.time_zone) as from_at,
        least((p.end_date + 1)::timestamp at time zone trains.time_zone, ${at}::timestamptz + interval '1 microsecond') as to_at
      from program_increments p join trains on trains.id = p.train_id
      where p.id = ${piId}
    ),
    opened as (
      select ((i.opened_at at time zone pi.tz)::date - pi.start) / 7 as week, count(*)::int as n
      from pi join impediments i on i.train_id = pi.train_id and i.opened_at >= pi.from_at and i.opened_at < pi.to_at
      group by 1
    ),
    resolved as (
      select ((i.resolved_at at time zone pi.tz)::date - pi.start) / 7 as week, count(*)::int as n
      from pi join impediments i on i.train_id = pi.train_id and i.resolved_at >= pi.from_at and i.resolved_at < pi.to_at
      group by 1
    )
    select w.week + 1 as number, pi.start + 7 * w.week as "startDate",
      coalesce(o.n, 0) as opened, coalesce(r.n, 0) as resolved,
      (pi.today between pi.start + 7 * w.week and pi.start + 7 * w.week + 6) as current,
      (pi.start + 7 * w.week > pi.today) as future
    from pi
    cross join generate_series(0, (pi.finish - pi.start) / 7) as w(week)
    left join opened o on o.week = w.week
    left join resolved r on r.week = w.week
    order by w.week
  `.execute(db);
  return result.rows;
}

// Writes from feeds and from the console.

/** Inserts or replaces impediments by key; a stored state newer than the incoming one is kept (newest wins). */
export async function upsertImpediments(db: Kysely<Database>, rows: NewImpediment[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('impediments')
    .values(rows)
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet((eb) => ({
          train_id: eb.ref('excluded.train_id'),
          team_id: eb.ref('excluded.team_id'),
          title: eb.ref('excluded.title'),
          description: eb.ref('excluded.description'),
          owner: eb.ref('excluded.owner'),
          escalated: eb.ref('excluded.escalated'),
          opened_at: eb.ref('excluded.opened_at'),
          resolved_at: eb.ref('excluded.resolved_at'),
          changed_at: eb.ref('excluded.changed_at'),
        }))
        .where('impediments.changed_at', '<=', (eb) => eb.ref('excluded.changed_at')),
    )
    .execute();
}

const IMPEDIMENT_COLUMNS = [
  'impediments.id',
  'impediments.key',
  'impediments.train_id',
  'impediments.team_id',
  'impediments.title',
  'impediments.description',
  'impediments.owner',
  'impediments.escalated',
  'impediments.opened_at',
  'impediments.resolved_at',
  'impediments.changed_at',
  'teams.slug as team_slug',
  'teams.name as team_name',
  'trains.slug as train_slug',
] as const;

function impedimentsWithTeam(db: Kysely<Database>) {
  return db
    .selectFrom('impediments')
    .innerJoin('trains', 'trains.id', 'impediments.train_id')
    .leftJoin('teams', (join) => join.onRef('teams.id', '=', 'impediments.team_id').onRef('teams.train_id', '=', 'impediments.train_id'))
    .select(IMPEDIMENT_COLUMNS);
}

export type ImpedimentRow = NonNullable<Awaited<ReturnType<typeof findImpediment>>>;

/** One impediment with its team (null: the train's own) and train, or undefined. */
export async function findImpediment(db: Kysely<Database>, id: number) {
  return impedimentsWithTeam(db).where('impediments.id', '=', id).executeTakeFirst();
}

/** The train's open impediments, oldest first. */
export async function listOpenImpediments(db: Kysely<Database>, trainId: number): Promise<ImpedimentRow[]> {
  return impedimentsWithTeam(db)
    .where('impediments.train_id', '=', trainId)
    .where('impediments.resolved_at', 'is', null)
    .orderBy('impediments.opened_at')
    .orderBy('impediments.id')
    .execute();
}

/** The train's most recently resolved impediments, newest first. */
export async function listRecentlyResolved(db: Kysely<Database>, trainId: number, limit: number): Promise<ImpedimentRow[]> {
  return impedimentsWithTeam(db)
    .where('impediments.train_id', '=', trainId)
    .where('impediments.resolved_at', 'is not', null)
    .orderBy('impediments.resolved_at', 'desc')
    .orderBy('impediments.id', 'desc')
    .limit(limit)
    .execute();
}

export async function insertImpediment(db: Kysely<Database>, row: NewImpediment) {
  return db.insertInto('impediments').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function updateImpediment(
  db: Kysely<Database>,
  id: number,
  changes: Partial<Pick<NewImpediment, 'team_id' | 'title' | 'description' | 'owner' | 'escalated' | 'resolved_at'>> & { changed_at: Date },
) {
  await db.updateTable('impediments').set(changes).where('id', '=', id).execute();
}
