// Bench-scale quality data for train 'bench' (see GENERATE_CHANGES in loaders.ts, which creates the train, its 50
// teams and 8 PIs from 2 June 2025). Statements end at a semicolon at the end of a line; $1 is BENCH_NOW.

/** Suites (two per team), each run this many times a day from 2 June 2025 to BENCH_NOW. */
export const BENCH_SUITES = 100;
export const BENCH_RUNS_PER_DAY = 4;
/** Repositories (one per team), each with main and feature-branch builds through the working day. */
export const BENCH_REPOSITORIES = 50;
export const BENCH_BUILDS_PER_DAY = 12;

/**
 * About 210,000 test runs (100 suites, 4 a day, 1 in 50 with failures), 26,000 coverage snapshots (50 components
 * daily, target 80 % on most), 316,000 builds (50 repositories, 12 a day, half on main, 5 % red), 10,000 defects
 * (5 % escaped; closed within 0-30 days, those closing after BENCH_NOW open) and 4,000 security findings.
 */
export const GENERATE_QUALITY = `
select setseed(0.29);

insert into test_runs (key, train_id, suite, passed, failed, skipped, duration_ms, commit, ran_at, changed_at)
  select 'BRUN-' || s || '-' || d || '-' || r, t.id, 'suite-' || s,
         800 + s * 20 + d, case when random() < 0.02 then 1 + floor(random() * 20)::int else 0 end, 10, 300000, null,
         timestamptz '2025-06-02 00:00 Europe/Amsterdam' + d * interval '1 day' + (2 + r * 5) * interval '1 hour',
         timestamptz '2025-06-02 00:00 Europe/Amsterdam' + d * interval '1 day' + (2 + r * 5) * interval '1 hour'
  from trains t
  cross join generate_series(1, ${BENCH_SUITES}) s
  cross join generate_series(0, ($1::timestamptz::date - date '2025-06-02') - 1) d
  cross join generate_series(0, ${BENCH_RUNS_PER_DAY - 1}) r
  where t.slug = 'bench';

insert into coverage_snapshots (train_id, component, line_pct, branch_pct, target_pct, taken_at, changed_at)
  select t.id, 'component-' || c, least(99, 60 + c * 0.5 + d * 0.02), least(95, 50 + c * 0.5 + d * 0.02),
         case when c % 10 = 0 then null else 80 end,
         timestamptz '2025-06-02 03:00 Europe/Amsterdam' + d * interval '1 day',
         timestamptz '2025-06-02 03:00 Europe/Amsterdam' + d * interval '1 day'
  from trains t
  cross join generate_series(1, 50) c
  cross join generate_series(0, ($1::timestamptz::date - date '2025-06-02') - 1) d
  where t.slug = 'bench';

insert into builds (key, train_id, repository, branch, status, finished_at, commit, changed_at)
  select 'BBUILD-' || r || '-' || d || '-' || b, t.id, 'repository-' || r,
         case when b % 2 = 0 then 'main' else 'feature-' || (b % 5) end,
         case when random() < 0.05 then 'failed' else 'succeeded' end,
         timestamptz '2025-06-02 08:00 Europe/Amsterdam' + d * interval '1 day' + b * interval '50 minutes', null,
         timestamptz '2025-06-02 08:00 Europe/Amsterdam' + d * interval '1 day' + b * interval '50 minutes'
  from trains t
  cross join generate_series(1, ${BENCH_REPOSITORIES}) r
  cross join generate_series(0, ($1::timestamptz::date - date '2025-06-02') - 1) d
  cross join generate_series(0, ${BENCH_BUILDS_PER_DAY - 1}) b
  where t.slug = 'bench' and extract(isodow from date '2025-06-02' + d) < 6;

insert into defects (key, train_id, team_id, title, severity, found_in_production, opened_at, closed_at, changed_at)
  select 'BDEF-' || g.n, g.train_id, g.team_id, 'Defect ' || g.n, g.severity, g.escaped, g.opened_at,
         case when g.opened_at + g.fix <= $1::timestamptz then g.opened_at + g.fix end,
         least(g.opened_at + g.fix, $1::timestamptz)
  from (
    select x.n, t.id as train_id,
           (select tm.id from teams tm where tm.train_id = t.id order by tm.id offset (x.n % 50) limit 1) as team_id,
           case when x.r < 0.05 then 'critical' when x.r < 0.25 then 'high' when x.r < 0.7 then 'medium' else 'low' end as severity,
           x.e < 0.05 as escaped,
           timestamptz '2025-06-02 00:00 Europe/Amsterdam' + ($1::timestamptz - timestamptz '2025-06-02 00:00 Europe/Amsterdam') * x.s as opened_at,
           interval '1 day' * power(x.d, 2) * 30 as fix
    from (select n, random() as r, random() as e, random() as s, random() as d from generate_series(1, 10000) n) x
    cross join trains t
    where t.slug = 'bench'
  ) g;

insert into security_findings (key, train_id, source, severity, title, opened_at, resolved_at, changed_at)
  select 'BSEC-' || g.n, g.train_id, g.source, g.severity, 'Finding ' || g.n, g.opened_at,
         case when g.opened_at + g.fix <= $1::timestamptz then g.opened_at + g.fix end,
         least(g.opened_at + g.fix, $1::timestamptz)
  from (
    select x.n, t.id as train_id,
           (array['sast', 'dependency', 'dast'])[1 + x.n % 3] as source,
           case when x.r < 0.03 then 'critical' when x.r < 0.2 then 'high' when x.r < 0.6 then 'medium' else 'low' end as severity,
           timestamptz '2025-06-02 00:00 Europe/Amsterdam' + ($1::timestamptz - timestamptz '2025-06-02 00:00 Europe/Amsterdam') * x.s as opened_at,
           interval '1 day' * power(x.d, 2) * 60 as fix
    from (select n, random() as r, random() as s, random() as d from generate_series(1, 4000) n) x
    cross join trains t
    where t.slug = 'bench'
  ) g;
`;
