import type { Kysely } from 'kysely';
import { findTrainKpisWithLatest, kpiDailyValues } from '../../../db/queries/kpis';
import type { Database } from '../../../db/schema';
import { panelKey } from '../keys';
import { kpiStatus } from './math';
import { KPI_TREND_DAYS, MAX_KPI_TILES, type KpiTrendPoint, type KpisDto, type KpisRef } from './types';

/** The train's KPI tiles: each KPI's latest value, status and daily trend at `now`; undefined for an unknown train. */
export async function loadKpis(db: Kysely<Database>, ref: KpisRef, now: Date): Promise<KpisDto | undefined> {
  const found = await findTrainKpisWithLatest(db, ref.train, now, MAX_KPI_TILES);
  if (!found) return undefined;
  const { train, kpis } = found;
  const daily = await kpiDailyValues(
    db,
    kpis.filter((k) => k.value !== null).map((k) => k.id),
    train.timeZone,
    now,
    KPI_TREND_DAYS,
  );
  const trends = new Map<number, KpiTrendPoint[]>();
  for (const { kpiId, daysAgo, value } of daily) {
    const trend = trends.get(kpiId) ?? [];
    trend.push([daysAgo, value]);
    trends.set(kpiId, trend);
  }
  return {
    kind: 'kpis',
    key: panelKey(ref),
    train: { slug: train.slug, name: train.name },
    asOf: now.toISOString(),
    trendDays: KPI_TREND_DAYS,
    tiles: kpis.map((kpi) => ({
      key: kpi.key,
      name: kpi.name,
      unit: kpi.unit,
      direction: kpi.direction,
      target: kpi.target,
      warnAt: kpi.warnAt,
      value: kpi.value,
      observedAt: kpi.observedAt?.toISOString() ?? null,
      status: kpiStatus(kpi.value, kpi),
      trend: trends.get(kpi.id) ?? [],
    })),
  };
}
