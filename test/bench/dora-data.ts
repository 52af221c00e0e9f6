// Bench-scale deployments for train 'bench' (see GENERATE_CHANGES in loaders.ts, which creates the train, its 50 teams
// and 8 PIs from 2 June 2025; incidents-data.ts adds its incidents). Statements end at a semicolon at the end of a
// line; $1 is BENCH_NOW.

/** Deployments over the train's history, to all four environments. */
export const BENCH_DEPLOYMENTS = 20_000;

/**
 * The pipeline dev → test → staging → production (`on conflict do nothing`: the release board's bench may have made
 * it), then 20,000 deployments from 2 June 2025 to BENCH_NOW spread evenly over the environments (about 5,000 to
 * production: some 10 a day, an elite rate): 88 % succeeded, 6 % failed, 4 % rolled back, 2 % in progress; nine in
 * ten carry the time of their commit, 10 minutes to 3 days before (most within hours).
 */
export const GENERATE_DORA = `
select setseed(0.29);

insert into environments (train_id, key, name, position, production)
  select t.id, e.key, e.name, e.position, e.production
  from trains t
  cross join (values ('dev', 'Dev', 0, false), ('test', 'Test', 1, false), ('staging', 'Staging', 2, false), ('production', 'Production', 3, true))
    as e(key, name, position, production)
  where t.slug = 'bench'
  on conflict (train_id, key) do nothing;

insert into deployments (key, train_id, environment_id, version, status, deployed_at, commit, committed_at, changed_at)
  select 'BDEP-' || g.n, g.train_id, g.environment_id, '3.' || (g.n / 400) || '.' || (g.n % 400), g.status, g.deployed_at,
         case when g.c < 0.9 then md5(g.n::text) end,
         case when g.c < 0.9 then g.deployed_at - interval '1 minute' * (10 + power(g.l, 3) * 4310) end,
         g.deployed_at
  from (
    select x.n, t.id as train_id,
           (select e.id from environments e where e.train_id = t.id order by e.position, e.id offset (x.n % 4) limit 1) as environment_id,
           case when x.r < 0.88 then 'succeeded' when x.r < 0.94 then 'failed' when x.r < 0.98 then 'rolled_back' else 'in_progress' end as status,
           timestamptz '2025-06-02 00:00 Europe/Amsterdam' + ($1::timestamptz - timestamptz '2025-06-02 00:00 Europe/Amsterdam') * x.s as deployed_at,
           x.c, x.l
    from (select n, random() as r, random() as s, random() as c, random() as l from generate_series(1, ${BENCH_DEPLOYMENTS}) n) x
    cross join trains t
    where t.slug = 'bench'
  ) g;
`;
