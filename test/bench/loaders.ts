// Loader latency on a big train, on PostgreSQL: `npx tsx test/bench/loaders.ts`, or as part of `npm run bench`.
// Nothing here asserts; each line prints p50/p95 against its goal.
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { openPostgres } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import { refreshItemHistory } from '../../db/queries/work-items';
import { loadPanel } from '../../lib/panels/load';
import { GENERATE_DORA } from './dora-data';
import { GENERATE_IMPEDIMENTS } from './impediments-data';
import { GENERATE_INCIDENTS } from './incidents-data';
import { GENERATE_KPIS } from './kpis-data';
import { GENERATE_QUALITY } from './quality-data';
import { scratchPostgres } from './postgres';
import { GENERATE_RELEASES } from './releases-data';
import { GENERATE_RISKS } from './risks-data';
import { ms, summary } from './stats';

type Line = (name: string, value: string, goal?: string) => void;

const TEAMS = 50;
const PIS = 8;
const ITERATIONS_PER_PI = 5;
/** About 1,000,000 changes: 3-8 per item (5.5 on average), less the ones still to come. */
const ITEMS = Number(process.env.BENCH_ITEMS ?? 190_000);
const FEATURES_PER_PI = 60;
/** Wednesday of the 3rd iteration of the 8th PI: the train's history lies behind it, two iterations ahead. */
export const BENCH_NOW = new Date('2026-11-11T13:00:00Z');

/**
 * A train of 50 teams with 8 PIs of 5 two-week iterations (the 5th an IP iteration) from Monday 2 June 2025,
 * generated set-wise by SQL: each item is planned (or added during its iteration), worked on, and done; some
 * are reopened, some move to another team mid-way, some grow, some stay unfinished. Only what happened before
 * BENCH_NOW is kept. Spans (valid_to) come from one window, flow facts from one statement over every item.
 */
const GENERATE_CHANGES = `
select setseed(0.42);
-- A bulk load: sorts in memory, no per-row foreign key triggers (the script keeps every reference valid).
set work_mem = '256MB';
set maintenance_work_mem = '512MB';
set synchronous_commit = off;
set session_replication_role = replica;

insert into trains (slug, name, time_zone, public_wall) values ('bench', 'Bench Release Train', 'Europe/Amsterdam', true);
insert into teams (train_id, slug, name)
  select t.id, 'team-' || lpad(n::text, 2, '0'), 'Team ' || n from trains t, generate_series(1, ${TEAMS}) n where t.slug = 'bench';
insert into program_increments (train_id, name, start_date, end_date)
  select t.id, '25.' || p, date '2025-06-02' + (p - 1) * 70, date '2025-06-02' + (p - 1) * 70 + 67
  from trains t, generate_series(1, ${PIS}) p where t.slug = 'bench';
insert into iterations (train_id, pi_id, number, code, name, kind, start_date, end_date)
  select pi.train_id, pi.id, i, pi.name || '-' || i, case when i = ${ITERATIONS_PER_PI} then 'IP iteration' else 'Iteration ' || i end,
         case when i = ${ITERATIONS_PER_PI} then 'ip' else 'regular' end,
         pi.start_date + (i - 1) * 14, pi.start_date + (i - 1) * 14 + 11
  from program_increments pi, generate_series(1, ${ITERATIONS_PER_PI}) i;

create temp table bench_iterations as
  select row_number() over (order by start_date) as seq, id, pi_id, start_date,
         (start_date::timestamp at time zone 'Europe/Amsterdam') as starts_at
  from iterations;
create temp table bench_teams as select row_number() over (order by id) as seq, id from teams;

create temp table bench_plan as
  select n, 'B-' || n as key, it.id as iteration_id, it.pi_id, it.starts_at,
         -- Every team has work in every iteration: the team cycles once per round of iterations.
         1 + ((n / ${PIS * ITERATIONS_PER_PI}) % ${TEAMS}) as team_seq,
         1 + ((n / ${PIS * ITERATIONS_PER_PI} + 7) % ${TEAMS}) as other_team_seq,
         3 + floor(random() * 6)::int as changes,
         random() < 0.08 as reopened,
         random() < 0.05 as moved,
         random() < 0.10 as grows,
         random() < 0.10 as added_late,
         random() < 0.08 as unfinished,
         (array[1, 2, 3, 5, 8, 13])[1 + floor(random() * 6)::int] as points,
         0.4 + random() * 0.6 as pace,
         case when random() < 0.7 then 'story' when random() < 0.5 then 'enabler' when random() < 0.85 then 'defect' else 'risk' end as kind,
         'F-' || it.pi_id || '-' || (n % ${FEATURES_PER_PI}) as feature_key
  from generate_series(1, ${ITEMS}) n
  join bench_iterations it on it.seq = 1 + (n % ${PIS * ITERATIONS_PER_PI});

insert into work_items (key, team_id, iteration_id, title, kind, status, status_category, points, hours_remaining, changed_at, feature_key)
  select p.key, t.id, p.iteration_id, 'Story ' || p.n, p.kind, 'To Do', 'not_started', p.points, p.points * 2, p.starts_at, p.feature_key
  from bench_plan p join bench_teams t on t.seq = p.team_seq;

-- Indexes are built once after the load rather than row by row during it (the definitions are kept, as migrated).
create temp table bench_indexes as
  select indexname, indexdef from pg_indexes where tablename = 'work_item_changes' and indexname not like '%_pkey';
do $$ declare r record; begin for r in select * from bench_indexes loop execute format('drop index %I', r.indexname); end loop; end $$;

-- The s-th of an item's changes: planned 3 days before its iteration (or added on day 2), then spread over up to
-- 11 days at the item's pace; the last is done unless unfinished; a reopened item is done two changes before.
insert into work_item_changes (work_item_id, event_id, occurred_at, valid_to, team_id, iteration_id, status_category, points, hours_remaining)
  select work_item_id, event_id, occurred_at,
         coalesce(lead(occurred_at) over (partition by work_item_id order by occurred_at, s), 'infinity'::timestamptz),
         team_id, iteration_id, status_category, points, hours_remaining
  from (
    select w.id as work_item_id, 'bench-' || p.n || '-' || s as event_id, s,
           case when s = 1 then p.starts_at + case when p.added_late then interval '2 days 10 hours' else interval '-3 days' + interval '10 hours' end
                else p.starts_at + interval '9 hours' + interval '1 hour' * round(((s - 1)::float8 / (p.changes - 1)) * p.pace * 11 * 24)
           end as occurred_at,
           case when p.moved and s >= (p.changes + 1) / 2 then o.id else t.id end as team_id,
           p.iteration_id,
           case when s = 1 then 'not_started'
                when s = p.changes and not p.unfinished then 'done'
                when p.reopened and p.changes >= 4 and s = p.changes - 2 then 'done'
                when s % 3 = 0 then 'waiting'
                else 'active' end as status_category,
           p.points + case when p.grows and s >= 2 then 2 else 0 end as points,
           case when s = p.changes and not p.unfinished then 0 else round(p.points * 2 * (1 - (s - 1)::float8 / p.changes)) end as hours_remaining
    from bench_plan p
    join work_items w on w.key = p.key
    join bench_teams t on t.seq = p.team_seq
    join bench_teams o on o.seq = p.other_team_seq
    cross join generate_series(1, p.changes) s
  ) planned
  where occurred_at < $1::timestamptz
  -- In the order a tracker would have sent them, so an iteration's changes sit together on disk as they would.
  order by occurred_at;
set session_replication_role = origin;
do $$ declare r record; begin for r in select * from bench_indexes loop execute r.indexdef; end loop; end $$;

delete from work_items w where not exists (select 1 from work_item_changes c where c.work_item_id = w.id);

`;

/** After the changes: each item's latest state (its flow facts come from refreshItemHistory), features and objectives. */
const GENERATE_REST = `
update work_items w
set team_id = c.team_id, status_category = c.status_category, points = c.points, hours_remaining = c.hours_remaining,
    changed_at = c.occurred_at,
    status = case c.status_category when 'done' then 'Done' when 'active' then 'In Progress' when 'waiting' then 'Blocked' else 'To Do' end
from work_item_changes c
where c.work_item_id = w.id and c.valid_to = 'infinity';

-- Features: planned a week before their PI (a tenth added in iteration 2), active from iteration 1 or 2, most
-- done by iteration 3-5; a few taken out of the PI in iteration 3.
create temp table bench_features as
  select pi.id as pi_id, pi.train_id, j, 'F-' || pi.id || '-' || j as key,
         (pi.start_date::timestamp at time zone 'Europe/Amsterdam') as starts_at,
         random() < 0.1 as added_late, random() < 0.05 as dropped, random() < 0.75 as finishes,
         floor(random() * 3)::int as late_by
  from program_increments pi, generate_series(0, ${FEATURES_PER_PI - 1}) j;

insert into features (train_id, key, pi_id, title, kind, status, status_category, points, changed_at)
  select train_id, key, pi_id, 'Feature ' || key, case when j % 5 = 0 then 'enabler' else 'feature' end, 'Funnel', 'not_started', 20, starts_at
  from bench_features;

insert into feature_changes (feature_id, event_id, occurred_at, valid_to, pi_id, status_category, points)
  select feature_id, event_id, occurred_at,
         coalesce(lead(occurred_at) over (partition by feature_id order by occurred_at, step), 'infinity'::timestamptz),
         pi_id, status_category, 20
  from (
    select f.id as feature_id, 'bench-' || b.key || '-' || step as event_id, step,
           case step when 1 then b.starts_at + case when b.added_late then interval '15 days' else interval '-7 days' end
                     when 2 then b.starts_at + interval '1 day' * (1 + 14 * (b.j % 2))
                     when 3 then b.starts_at + interval '30 days'
                     else b.starts_at + interval '1 day' * (18 + 14 * b.late_by + b.j % 10) end as occurred_at,
           case when step = 3 and b.dropped then null else b.pi_id end as pi_id,
           case step when 1 then 'not_started' when 4 then 'done' else 'active' end as status_category
    from bench_features b
    join features f on f.train_id = b.train_id and f.key = b.key
    cross join generate_series(1, 4) step
    where step < 4 or b.finishes
  ) steps
  where occurred_at < $1::timestamptz;

update features f
set pi_id = c.pi_id, status_category = c.status_category, changed_at = c.occurred_at,
    status = case c.status_category when 'done' then 'Done' when 'active' then 'Implementing' else 'Funnel' end
from feature_changes c
where c.feature_id = f.id and c.valid_to = 'infinity';

insert into pi_objectives (key, team_id, pi_id, title, committed, planned_value, actual_value, changed_at)
  select 'O-' || t.id || '-' || pi.id || '-' || k, t.id, pi.id, 'Objective ' || k, k <= 3, 1 + floor(random() * 10)::int,
         case when pi.end_date < ($1::timestamptz at time zone 'Europe/Amsterdam')::date then floor(random() * 11)::int end,
         (pi.start_date::timestamp at time zone 'Europe/Amsterdam')
  from teams t, program_increments pi, generate_series(1, 4) k;

insert into announcements (train_id, title, body)
  select id, 'Welcome to PI planning', E'**PI planning** starts Monday at 09:00 in *the big room*.\n\n- Bring your team''s draft objectives\n- Lunch is provided'
  from trains;
`;

/** The panels timed, and how many runs each. */
const LOADERS: { key: string; runs: number; goalMs: number }[] = [
  { key: 'burndown:team-01:points', runs: 200, goalMs: 10 },
  { key: 'train-burndown:bench:points', runs: 50, goalMs: 50 },
  { key: 'pi-burnup:bench:points', runs: 50, goalMs: 50 },
  { key: 'pi-burnup:bench:features', runs: 50, goalMs: 50 },
  { key: 'flow:bench', runs: 50, goalMs: 50 },
  { key: 'objectives:bench', runs: 50, goalMs: 50 },
  { key: 'announcement:bench:1', runs: 50, goalMs: 50 },
  { key: 'impediments:bench', runs: 50, goalMs: 50 },
  { key: 'risks:bench', runs: 50, goalMs: 50 },
  { key: 'incidents:bench', runs: 50, goalMs: 50 },
  { key: 'kpis:bench', runs: 50, goalMs: 50 },
  { key: 'dora:bench', runs: 50, goalMs: 50 },
  { key: 'releases:bench', runs: 50, goalMs: 50 },
  { key: 'quality:bench', runs: 50, goalMs: 50 },
];

/** Generates the train on a scratch PostgreSQL database and times each loader; prints one line per loader. */
export async function benchLoaders(line: Line): Promise<void> {
  const database = await scratchPostgres();
  if (!database) {
    line('loaders on PostgreSQL', 'skipped: no PostgreSQL at 127.0.0.1:5432');
    return;
  }
  const handle = openPostgres(database.url, 4);
  try {
    await migrateToLatest(handle.db);
    const generated = await generateBenchTrain(database.url);
    line(
      'loaders: generated train',
      `${generated.changes.toLocaleString('en')} changes of ${generated.items.toLocaleString('en')} items`,
      `${generated.features} features (${generated.featureChanges} changes), ${generated.objectives} objectives, ${TEAMS} teams, ${(generated.ms / 1000).toFixed(1)} s`,
    );

    for (const { key, runs, goalMs } of LOADERS) {
      const sample = await loadPanel(handle.db, key, BENCH_NOW);
      if (!sample) {
        line(`loader ${key}`, 'no data (loader returned undefined)');
        continue;
      }
      for (let i = 0; i < 10; i++) await loadPanel(handle.db, key, BENCH_NOW);
      const timings: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        await loadPanel(handle.db, key, BENCH_NOW);
        timings.push(performance.now() - t0);
      }
      const s = summary(timings);
      const verdict = s.p95 <= goalMs ? 'meets' : 'MISSES';
      line(`loader ${key} (${s.n})`, `p50 ${ms(s.p50)}  p95 ${ms(s.p95)}  max ${ms(s.max)}`, `goal p95 ≤ ${goalMs} ms: ${verdict}`);
    }
  } finally {
    await handle.close();
    await database.drop();
  }
}

/** Runs the generation script on a migrated, empty database; returns what it made and how long it took. */
export async function generateBenchTrain(url: string, log?: (statement: string, ms: number) => void) {
  const started = performance.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Statement by statement: a multi-statement query cannot take parameters.
    const run = async (statements: string[]) => {
      for (const statement of statements) {
        const t0 = performance.now();
        await client.query(statement, statement.includes('$1') ? [BENCH_NOW.toISOString()] : []);
        log?.(statement.slice(0, 60).replace(/\s+/g, ' '), performance.now() - t0);
      }
    };
    await run(splitStatements(GENERATE_CHANGES));
    // Flow facts exactly as ingest derives them, over every item at once.
    const t0 = performance.now();
    const kysely = openPostgres(url, 1);
    try {
      await refreshItemHistory(kysely.db, 'all');
    } finally {
      await kysely.close();
    }
    log?.('refreshItemHistory(all)', performance.now() - t0);
    // The train's operations: each slice's own generator (test/bench/<kind>-data.ts).
    const operations = [GENERATE_IMPEDIMENTS, GENERATE_RISKS, GENERATE_INCIDENTS, GENERATE_KPIS, GENERATE_DORA, GENERATE_RELEASES, GENERATE_QUALITY].flatMap(splitStatements);
    await run([...splitStatements(GENERATE_REST), ...operations, 'vacuum analyze']);
    const counts = await client.query<Record<'changes' | 'items' | 'features' | 'feature_changes' | 'objectives', string>>(`
      select (select count(*) from work_item_changes) as changes, (select count(*) from work_items) as items,
             (select count(*) from features) as features, (select count(*) from feature_changes) as feature_changes,
             (select count(*) from pi_objectives) as objectives`);
    const c = counts.rows[0]!;
    return {
      changes: Number(c.changes),
      items: Number(c.items),
      features: Number(c.features),
      featureChanges: Number(c.feature_changes),
      objectives: Number(c.objectives),
      ms: performance.now() - started,
    };
  } finally {
    await client.end();
  }
}

/** Splits the generation script at semicolons that end a line (none of its statements has one inside). */
function splitStatements(script: string): string[] {
  return script
    .split(/;\s*\n/)
    .map((statement) => statement.replace(/^\s*--.*$/gm, '').trim())
    .filter((statement) => statement.length > 0);
}

const line: Line = (name, value, goal = '') => process.stdout.write(`${name.padEnd(44)} ${value.padEnd(48)} ${goal}\n`);

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchLoaders(line);
}
