import { sql, type Kysely } from 'kysely';
import type { Database, NewBuild, NewCoverageSnapshot, NewDefect, NewSecurityFinding, NewTestRun } from '../schema';

// The quality panel's reads (aggregated in SQL, days in the train's zone) and the ingest handlers' upserts.

/** Keyed quality tables: a key may move to another train, whose panel then changes too. */
export type QualityKeyedTable = 'test_runs' | 'builds' | 'defects' | 'security_findings';

/** Builds of these branches are the main line whose health the panel shows. */
export const MAIN_BRANCHES = ['main', 'master'];

/** The train each stored key belongs to now (keys not stored yet are absent). */
export async function findQualityKeyTrains(db: Kysely<Database>, table: QualityKeyedTable, keys: string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const result = await sql<{ key: string; slug: string }>`
    select k.key, trains.slug from ${sql.table(table)} k join trains on trains.id = k.train_id
    where k.key in (${sql.join(keys)})
  `.execute(db);
  return new Map(result.rows.map((r) => [r.key, r.slug]));
}

/** Inserts or replaces test runs by key; a stored state newer than the incoming one is kept. */
export async function upsertTestRuns(db: Kysely<Database>, rows: NewTestRun[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('test_runs')
    .values(rows)
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet((eb) => ({
          train_id: eb.ref('excluded.train_id'),
          suite: eb.ref('excluded.suite'),
          passed: eb.ref('excluded.passed'),
          failed: eb.ref('excluded.failed'),
          skipped: eb.ref('excluded.skipped'),
          duration_ms: eb.ref('excluded.duration_ms'),
          commit: eb.ref('excluded.commit'),
          ran_at: eb.ref('excluded.ran_at'),
          changed_at: eb.ref('excluded.changed_at'),
        }))
        .where('test_runs.changed_at', '<=', (eb) => eb.ref('excluded.changed_at')),
    )
    .execute();
}

/** Inserts or replaces coverage snapshots by (train, component, taken_at); the newest change wins. */
export async function upsertCoverageSnapshots(db: Kysely<Database>, rows: NewCoverageSnapshot[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('coverage_snapshots')
    .values(rows)
    .onConflict((oc) =>
      oc
        .columns(['train_id', 'component', 'taken_at'])
        .doUpdateSet((eb) => ({
          line_pct: eb.ref('excluded.line_pct'),
          branch_pct: eb.ref('excluded.branch_pct'),
          target_pct: eb.ref('excluded.target_pct'),
          changed_at: eb.ref('excluded.changed_at'),
        }))
        .where('coverage_snapshots.changed_at', '<=', (eb) => eb.ref('excluded.changed_at')),
    )
    .execute();
}

/** Inserts or replaces builds by key; the newest change wins (an in-progress build becomes finished). */
export async function upsertBuilds(db: Kysely<Database>, rows: NewBuild[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('builds')
    .values(rows)
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet((eb) => ({
          train_id: eb.ref('excluded.train_id'),
          repository: eb.ref('excluded.repository'),
          branch: eb.ref('excluded.branch'),
          status: eb.ref('excluded.status'),
          finished_at: eb.ref('excluded.finished_at'),
          commit: eb.ref('excluded.commit'),
          changed_at: eb.ref('excluded.changed_at'),
        }))
        .where('builds.changed_at', '<=', (eb) => eb.ref('excluded.changed_at')),
    )
    .execute();
}

/** Inserts or replaces defects by key; the newest change wins. */
export async function upsertDefects(db: Kysely<Database>, rows: NewDefect[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('defects')
    .values(rows)
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet((eb) => ({
          train_id: eb.ref('excluded.train_id'),
          team_id: eb.ref('excluded.team_id'),
          title: eb.ref('excluded.title'),
          severity: eb.ref('excluded.severity'),
          found_in_production: eb.ref('excluded.found_in_production'),
          opened_at: eb.ref('excluded.opened_at'),
          closed_at: eb.ref('excluded.closed_at'),
          changed_at: eb.ref('excluded.changed_at'),
        }))
        .where('defects.changed_at', '<=', (eb) => eb.ref('excluded.changed_at')),
    )
    .execute();
}

/** Inserts or replaces security findings by key; the newest change wins. */
export async function upsertSecurityFindings(db: Kysely<Database>, rows: NewSecurityFinding[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('security_findings')
    .values(rows)
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet((eb) => ({
          train_id: eb.ref('excluded.train_id'),
          source: eb.ref('excluded.source'),
          severity: eb.ref('excluded.severity'),
          title: eb.ref('excluded.title'),
          opened_at: eb.ref('excluded.opened_at'),
          resolved_at: eb.ref('excluded.resolved_at'),
          changed_at: eb.ref('excluded.changed_at'),
        }))
        .where('security_findings.changed_at', '<=', (eb) => eb.ref('excluded.changed_at')),
    )
    .execute();
}

/** The days a trend samples, as calendar dates (e.g. '2026-10-05,2026-10-12'), and the train's zone. */
export interface TrendDays {
  trainId: number;
  timeZone: string;
  days: string[];
  now: Date;
}

/** The end of each sampled day in the train's zone, but never after now: the instant "as of" that day. */
function sampledInstants(t: TrendDays) {
  return sql`(select d::date::text as day,
      least(((d::date + 1)::timestamp at time zone ${t.timeZone}), ${t.now.toISOString()}::timestamptz) as at
    from unnest(string_to_array(${t.days.join(',')}, ',')) d)`;
}

/**
 * The train's distinct suites (or components) as a CTE, by a loose index scan: one index probe per name instead of
 * reading every run of the train (hundreds of thousands on a big train).
 */
function distinctNames(table: 'test_runs' | 'coverage_snapshots', column: 'suite' | 'component', trainId: number) {
  const name = sql.ref(column);
  const next = sql.ref(`x.${column}`);
  return sql`names(name) as (
    (select ${name} from ${sql.table(table)} where train_id = ${trainId} order by ${name} limit 1)
    union all
    select (select ${next} from ${sql.table(table)} x where x.train_id = ${trainId} and ${next} > names.name order by ${next} limit 1)
    from names where names.name is not null
  )`;
}

/** The latest run of each suite at `now`, by suite. */
export async function latestTestRuns(db: Kysely<Database>, trainId: number, now: Date) {
  const result = await sql<{ suite: string; passed: number; failed: number; skipped: number; ran_at: Date }>`
    with recursive ${distinctNames('test_runs', 'suite', trainId)}
    select names.name as suite, r.passed, r.failed, r.skipped, r.ran_at from names
    cross join lateral (
      select passed, failed, skipped, ran_at from test_runs r
      where r.train_id = ${trainId} and r.suite = names.name and r.ran_at <= ${now.toISOString()}::timestamptz
      order by r.ran_at desc, r.id desc limit 1
    ) r
    order by names.name
  `.execute(db);
  return result.rows;
}

/**
 * The window a daily trend reads: from the first sampled day's start to the last one's end (never after now), in
 * the train's zone.
 */
function trendBounds(t: TrendDays) {
  const first = t.days[0]!;
  const last = t.days[t.days.length - 1]!;
  return {
    from: sql`(${first}::date::timestamp at time zone ${t.timeZone})`,
    to: sql`least(((${last}::date + 1)::timestamp at time zone ${t.timeZone}), ${t.now.toISOString()}::timestamptz)`,
  };
}

/**
 * Per sampled day: the latest run of each suite as of that day's end, summed (a suite not run yet is absent).
 * One pass over each suite's runs in the window (plus its last one before), not a probe per suite and day: each
 * day's last run minus the suite's previous one is that day's change, and a day's total is the sum of the changes
 * up to it.
 */
export async function testTrend(db: Kysely<Database>, t: TrendDays) {
  if (t.days.length === 0) return [];
  const { from, to } = trendBounds(t);
  const result = await sql<{ day: string; passed: number; failed: number; skipped: number }>`
    with recursive ${distinctNames('test_runs', 'suite', t.trainId)},
    changes as (
      select c.day, sum(c.passed) as passed, sum(c.failed) as failed, sum(c.skipped) as skipped
      from names cross join lateral (
        select day, passed - lag(passed, 1, 0) over o as passed, failed - lag(failed, 1, 0) over o as failed,
          skipped - lag(skipped, 1, 0) over o as skipped
        from (
          select day, passed, failed, skipped, ran_at, id, lead(day) over (order by ran_at, id) as next_day
          from (
            select (r.ran_at at time zone ${t.timeZone})::date as day, r.passed, r.failed, r.skipped, r.ran_at, r.id
            from test_runs r
            where r.train_id = ${t.trainId} and r.suite = names.name and r.ran_at <= ${to}
              and r.ran_at >= coalesce((select max(p.ran_at) from test_runs p
                where p.train_id = ${t.trainId} and p.suite = names.name and p.ran_at < ${from}), ${from})
          ) runs
        ) days
        -- The day's last run: the one after it (by time, then id) is on a later day, or there is none.
        where next_day is distinct from day
        window o as (order by ran_at, id)
      ) c
      group by c.day
    )
    select s.day, sum(c.passed)::int as passed, sum(c.failed)::int as failed, sum(c.skipped)::int as skipped
    from unnest(string_to_array(${t.days.join(',')}, ',')) s(day)
    join changes c on c.day <= s.day::date
    group by s.day order by s.day
  `.execute(db);
  return result.rows;
}

/**
 * Per sampled day (the last is today): the mean of each component's latest line and branch coverage and target as of
 * that day's end. Components without a branch figure or target are left out of that mean. As the test trend: one
 * pass per component, each day's change summed up to the day (in numeric, so the sums are exact).
 */
export async function coverageTrend(db: Kysely<Database>, t: TrendDays) {
  if (t.days.length === 0) return [];
  const { from, to } = trendBounds(t);
  const result = await sql<{ day: string; components: number; line: number; branch: number | null; target: number | null }>`
    with recursive ${distinctNames('coverage_snapshots', 'component', t.trainId)},
    changes as (
      select c.day, sum(c.present) as present, sum(c.line) as line, sum(c.has_branch) as has_branch,
        sum(c.branch) as branch, sum(c.has_target) as has_target, sum(c.target) as target
      from names cross join lateral (
        select day, 1 - lag(1, 1, 0) over o as present,
          line - lag(line, 1, 0::numeric) over o as line,
          has_branch - lag(has_branch, 1, 0) over o as has_branch,
          branch - lag(branch, 1, 0::numeric) over o as branch,
          has_target - lag(has_target, 1, 0) over o as has_target,
          target - lag(target, 1, 0::numeric) over o as target
        from (
          select day, line, branch, target, has_branch, has_target, taken_at, lead(day) over (order by taken_at) as next_day
          from (
            -- A figure that is missing counts as 0 with has_… 0: it leaves the mean, and a later one enters it.
            select (c.taken_at at time zone ${t.timeZone})::date as day, c.line_pct::numeric as line,
              coalesce(c.branch_pct::numeric, 0) as branch, (c.branch_pct is not null)::int as has_branch,
              coalesce(c.target_pct::numeric, 0) as target, (c.target_pct is not null)::int as has_target, c.taken_at
            from coverage_snapshots c
            where c.train_id = ${t.trainId} and c.component = names.name and c.taken_at <= ${to}
              and c.taken_at >= coalesce((select max(p.taken_at) from coverage_snapshots p
                where p.train_id = ${t.trainId} and p.component = names.name and p.taken_at < ${from}), ${from})
          ) snapshots
        ) days
        where next_day is distinct from day
        window o as (order by taken_at)
      ) c
      group by c.day
    ),
    totals as (
      select s.day, sum(c.present) as present, sum(c.line) as line, sum(c.has_branch) as has_branch,
        sum(c.branch) as branch, sum(c.has_target) as has_target, sum(c.target) as target
      from unnest(string_to_array(${t.days.join(',')}, ',')) s(day)
      join changes c on c.day <= s.day::date
      group by s.day
    )
    select day, present::int as components, (line / present)::float8 as line,
      (branch / nullif(has_branch, 0))::float8 as branch, (target / nullif(has_target, 0))::float8 as target
    from totals where present > 0
    order by day
  `.execute(db);
  return result.rows;
}

type OpenTable = 'defects' | 'security_findings';
const CLOSED_COLUMN: Record<OpenTable, string> = { defects: 'closed_at', security_findings: 'resolved_at' };

/**
 * Per sampled day: how many of the table's items were open at that day's end (opened by then, not closed by then).
 * Items closed before the first sampled day cannot count: they are left out before the days are crossed.
 */
export async function openTrend(db: Kysely<Database>, table: OpenTable, t: TrendDays) {
  const closed = sql.ref(CLOSED_COLUMN[table]);
  const firstDay = t.days[0] ?? null;
  const result = await sql<{ day: string; open: number }>`
    with candidates as materialized (
      select opened_at, ${closed} as closed_at from ${sql.table(table)}
      where train_id = ${t.trainId} and opened_at <= ${t.now.toISOString()}::timestamptz
        and (${closed} is null or ${closed} > (${firstDay}::date::timestamp at time zone ${t.timeZone}))
    )
    select s.day,
      count(x.opened_at) filter (where x.opened_at <= s.at and (x.closed_at is null or x.closed_at > s.at))::int as open
    from ${sampledInstants(t)} s
    cross join candidates x
    group by s.day
    union all
    -- Days on which nothing was open at all still have a point.
    select s.day, 0 from ${sampledInstants(t)} s where not exists (select 1 from candidates)
    order by day
  `.execute(db);
  return result.rows;
}

/** Open defects per severity (severities without any are absent) and the escaped ones opened in [from, to). */
export async function defectCounts(db: Kysely<Database>, trainId: number, from: Date, to: Date) {
  const result = await sql<{ severity: string; open: number; escaped: number }>`
    select severity,
      count(*) filter (where closed_at is null)::int as open,
      count(*) filter (where found_in_production and opened_at >= ${from.toISOString()}::timestamptz and opened_at < ${to.toISOString()}::timestamptz)::int as escaped
    from defects where train_id = ${trainId}
    group by severity
  `.execute(db);
  return result.rows;
}

/** Open security findings per source and severity (pairs without any are absent). */
export async function openSecurityFindings(db: Kysely<Database>, trainId: number) {
  const result = await sql<{ source: string; severity: string; open: number }>`
    select source, severity, count(*)::int as open from security_findings
    where train_id = ${trainId} and resolved_at is null
    group by source, severity
  `.execute(db);
  return result.rows;
}

/**
 * Each repository's finished main-line builds: the last `marks` statuses (newest first, numbered by a window
 * function) and the streak: how many builds are newer than the newest whose status differs from the latest's.
 * Repositories come from a loose index scan per main branch; every step reads only what it shows.
 */
export async function mainBuildHealth(db: Kysely<Database>, trainId: number, marks: number) {
  const result = await sql<{ repository: string; statuses: string[]; head: string; streak: number }>`
    with recursive repos(branch, repository) as (
      select b, (select repository from builds where train_id = ${trainId} and branch = b order by repository limit 1)
      from unnest(array[${sql.join(MAIN_BRANCHES)}]::text[]) b
      union all
      select repos.branch,
        (select x.repository from builds x where x.train_id = ${trainId} and x.branch = repos.branch and x.repository > repos.repository order by x.repository limit 1)
      from repos where repos.repository is not null
    ), recent as (
      select repos.branch, repos.repository, last.status, last.finished_at,
        row_number() over (partition by repos.branch, repos.repository order by last.finished_at desc, last.id desc)::int as n
      from repos
      cross join lateral (
        select status, finished_at, id from builds
        where train_id = ${trainId} and branch = repos.branch and repository = repos.repository and finished_at is not null
        order by finished_at desc, id desc limit ${marks}
      ) last
    )
    select h.repository, h.status as head,
      (select count(*) from builds c
       where c.train_id = ${trainId} and c.branch = h.branch and c.repository = h.repository and c.finished_at is not null
         and c.finished_at > coalesce((
           select d.finished_at from builds d
           where d.train_id = ${trainId} and d.branch = h.branch and d.repository = h.repository and d.finished_at is not null and d.status <> h.status
           order by d.finished_at desc limit 1
         ), '-infinity'::timestamptz))::int as streak,
      (select array_agg(r.status order by r.n desc) from recent r where r.branch = h.branch and r.repository = h.repository) as statuses
    from recent h
    where h.n = 1
    order by h.repository
  `.execute(db);
  return result.rows;
}
