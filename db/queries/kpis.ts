import { sql, type Kysely } from 'kysely';
import type { Database, KpiDirection, NewKpi, NewKpiValue } from '../schema';

/** A KPI's definition with its latest value at `now` (null fields: none yet). */
export interface KpiWithLatest {
  id: number;
  key: string;
  name: string;
  unit: string;
  direction: KpiDirection;
  target: number;
  warnAt: number;
  position: number;
  value: number | null;
  observedAt: Date | null;
}

export interface TrainKpis {
  train: { id: number; slug: string; name: string; timeZone: string };
  /** By position, then name. */
  kpis: KpiWithLatest[];
}

interface TrainKpiRow extends Omit<KpiWithLatest, 'id' | 'observedAt'> {
  trainId: number;
  trainSlug: string;
  trainName: string;
  timeZone: string;
  id: number | null;
  observedAt: Date | string | null;
}

/**
 * A train and its KPIs (the first `limit` by position, then name), each with its latest value observed by `now`,
 * in one round trip; undefined for an unknown train.
 */
export async function findTrainKpisWithLatest(db: Kysely<Database>, trainSlug: string, now: Date, limit = 1000): Promise<TrainKpis | undefined> {
  const { rows } = await sql<TrainKpiRow>`
    select t.id as "trainId", t.slug as "trainSlug", t.name as "trainName", t.time_zone as "timeZone",
      k.id, k.key, k.name, k.unit, k.direction, k.target, k.warn_at as "warnAt", k.position,
      latest.value, latest.observed_at as "observedAt"
    from trains t
    left join lateral (
      select * from kpis where kpis.train_id = t.id order by kpis.position, kpis.name, kpis.id limit ${limit}
    ) k on true
    left join lateral (
      select v.value, v.observed_at from kpi_values v
      where v.kpi_id = k.id and v.observed_at <= ${now.toISOString()}::timestamptz
      order by v.observed_at desc limit 1
    ) latest on true
    where t.slug = ${trainSlug}
    order by k.position, k.name, k.id
  `.execute(db);
  const first = rows[0];
  if (!first) return undefined;
  return {
    train: { id: first.trainId, slug: first.trainSlug, name: first.trainName, timeZone: first.timeZone },
    kpis: rows
      .filter((row) => row.id !== null)
      .map((row) => ({
        id: row.id!,
        key: row.key,
        name: row.name,
        unit: row.unit,
        direction: row.direction,
        target: row.target,
        warnAt: row.warnAt,
        position: row.position,
        value: row.value,
        observedAt: row.observedAt === null ? null : new Date(row.observedAt),
      })),
  };
}

export interface KpiDayValue {
  kpiId: number;
  /** 0 for today in the zone, 1 for yesterday, ... */
  daysAgo: number;
  value: number;
}

/**
 * Per KPI, the last value of each day (in `timeZone`) over the `days` days that end today, oldest first; days
 * without a value are left out. Values observed after `now` are not there yet. One index probe per KPI and day
 * (kpi_values is unique on kpi_id, observed_at): the cost does not grow with how often a KPI is measured.
 */
export async function kpiDailyValues(db: Kysely<Database>, kpiIds: number[], timeZone: string, now: Date, days: number): Promise<KpiDayValue[]> {
  if (kpiIds.length === 0) return [];
  const at = sql`${now.toISOString()}::timestamptz`;
  const today = sql`(${at} at time zone ${timeZone})::date`;
  const { rows } = await sql<KpiDayValue>`
    select k.id as "kpiId", d.days_ago as "daysAgo", last.value
    from kpis k
    cross join generate_series(0, ${days - 1}::int) d(days_ago)
    cross join lateral (
      select v.value from kpi_values v
      where v.kpi_id = k.id
        and v.observed_at >= ((${today} - d.days_ago)::timestamp at time zone ${timeZone})
        and v.observed_at < ((${today} - d.days_ago + 1)::timestamp at time zone ${timeZone})
        and v.observed_at <= ${at}
      order by v.observed_at desc
      limit 1
    ) last
    where k.id in (${sql.join(kpiIds)})
    order by k.id, d.days_ago desc
  `.execute(db);
  return rows;
}

/** The trains of these slugs and, of each, its KPIs among these keys (a train without one: a row with kpiId null). */
export async function findKpisByTrainAndKey(db: Kysely<Database>, trainSlugs: string[], keys: string[]) {
  if (trainSlugs.length === 0) return [];
  return db
    .selectFrom('trains as t')
    .leftJoin('kpis as k', (join) => join.onRef('k.train_id', '=', 't.id').on('k.key', 'in', keys.length > 0 ? keys : ['']))
    .select(['t.slug as trainSlug', 'k.id as kpiId', 'k.key as kpiKey'])
    .where('t.slug', 'in', trainSlugs)
    .execute();
}

/** Stores values; a value at an instant the KPI already has replaces it. */
export async function upsertKpiValues(db: Kysely<Database>, values: NewKpiValue[]): Promise<void> {
  if (values.length === 0) return;
  await db
    .insertInto('kpi_values')
    .values(values)
    .onConflict((oc) => oc.columns(['kpi_id', 'observed_at']).doUpdateSet((eb) => ({ value: eb.ref('excluded.value') })))
    .execute();
}

export function findKpi(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('kpis as k')
    .innerJoin('trains as t', 't.id', 'k.train_id')
    .select(['k.id', 'k.train_id', 'k.key', 'k.name', 'k.unit', 'k.direction', 'k.target', 'k.warn_at', 'k.position', 't.slug as train_slug'])
    .where('k.id', '=', id)
    .executeTakeFirst();
}

export async function countTrainKpis(db: Kysely<Database>, trainId: number): Promise<number> {
  const row = await db.selectFrom('kpis').select((eb) => eb.fn.countAll<number>().as('n')).where('train_id', '=', trainId).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function kpiKeyTaken(db: Kysely<Database>, trainId: number, key: string): Promise<boolean> {
  return (await db.selectFrom('kpis').select('id').where('train_id', '=', trainId).where('key', '=', key).executeTakeFirst()) !== undefined;
}

export async function insertKpi(db: Kysely<Database>, kpi: NewKpi): Promise<number> {
  return (await db.insertInto('kpis').values(kpi).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateKpiRow(
  db: Kysely<Database>,
  id: number,
  changes: { name: string; unit: string; direction: KpiDirection; target: number; warn_at: number; position: number; updated_at: Date },
): Promise<void> {
  await db.updateTable('kpis').set(changes).where('id', '=', id).execute();
}

/** Deletes the KPI and its values; returns how many values went with it. */
export async function deleteKpiRow(db: Kysely<Database>, id: number): Promise<number> {
  const values = await db.deleteFrom('kpi_values').where('kpi_id', '=', id).executeTakeFirst();
  await db.deleteFrom('kpis').where('id', '=', id).execute();
  return Number(values.numDeletedRows);
}

/** Holds the train's row until the transaction ends, so that two consoles adding at once cannot pass the limit. */
export async function lockTrain(db: Kysely<Database>, trainId: number): Promise<void> {
  await db.selectFrom('trains').select('id').where('id', '=', trainId).forUpdate().execute();
}
