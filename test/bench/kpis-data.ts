// Bench-scale KPI data for the train 'bench' (see GENERATE_CHANGES in loaders.ts, which creates it): $1 is BENCH_NOW.

/** KPI values kept per hour for two years: each KPI's latest value and daily trend read from a deep history. */
const KPI_VALUES_PER_DAY = 24;
const KPIS = 12;
const DAYS = 730;

/**
 * Twelve KPIs (the most a train has), half higher- and half lower-is-better, each with an hourly value for the two
 * years before BENCH_NOW (about 210,000 values), plus a thirteenth KPI the wall does not show.
 */
export const GENERATE_KPIS = `
insert into kpis (train_id, key, name, unit, direction, target, warn_at, position)
  select t.id, 'kpi-' || k, 'KPI ' || k, case when k % 2 = 0 then '%' else 'h' end,
         case when k % 2 = 0 then 'higher' else 'lower' end,
         case when k % 2 = 0 then 95 else 4 end, case when k % 2 = 0 then 90 else 8 end, k
  from trains t, generate_series(1, ${KPIS + 1}) k where t.slug = 'bench';

insert into kpi_values (kpi_id, observed_at, value)
  select k.id, $1::timestamptz - interval '1 hour' * h,
         case when k.direction = 'higher' then 85 + random() * 15 else 1 + random() * 10 end
  from kpis k join trains t on t.id = k.train_id, generate_series(0, ${DAYS * KPI_VALUES_PER_DAY - 1}) h
  where t.slug = 'bench';
`;
