// Bench-scale releases for train 'bench' (see GENERATE_CHANGES in loaders.ts, which creates the train, its 50 teams
// and 8 PIs from 2 June 2025). Statements end at a semicolon at the end of a line; $1 is BENCH_NOW.

/** Releases over the train's PIs, about one every three days; about 25 are upcoming at BENCH_NOW. */
export const BENCH_RELEASES = 200;

/**
 * The train's pipeline (dev, test, staging, production; left as it is if DORA's bench made it first), 200 releases
 * with targets every three days from 9 June 2025 (those due before BENCH_NOW released that day, one in 25
 * cancelled, one in 7 slipped by a week), their gates (one in 5 missing, one in 20 rejected, ATO for majors), and
 * the deployments of each version: one to three per environment it reached, a failed one before the last.
 */
export const GENERATE_RELEASES = `
select setseed(0.23);

insert into environments (train_id, key, name, position, production)
  select t.id, e.key, e.name, e.position, e.key = 'production'
  from trains t
  cross join (values ('dev', 'Dev', 0), ('test', 'Test', 1), ('staging', 'Staging', 2), ('production', 'Production', 3)) e(key, name, position)
  where t.slug = 'bench'
on conflict do nothing;

insert into releases (key, train_id, name, version, major, planned_date, target_date, released_at, cancelled, changed_at)
  select 'BREL-' || r.n, t.id, 'Service ' || (r.n % 12), 'b' || r.n || '.0', r.n % 10 = 0,
         r.target - case when r.n % 7 = 0 then 7 else 0 end, r.target,
         case when r.target < ($1::timestamptz at time zone 'Europe/Amsterdam')::date and r.n % 25 <> 0
              then (r.target + time '15:00') at time zone 'Europe/Amsterdam' end,
         r.n % 25 = 0, timestamptz '2025-06-01 12:00+00'
  from trains t
  cross join (select n, date '2025-06-09' + 3 * n as target from generate_series(1, ${BENCH_RELEASES}) n) r
  where t.slug = 'bench';

insert into release_gates (release_id, gate, state, decided_by, decided_at, note, changed_at)
  select r.id, g.gate, s.state, case when s.state <> 'pending' then 'Person ' || (r.id % 20) end,
         case when s.state <> 'pending' then (r.target_date - 3) + time '11:00' end at time zone 'Europe/Amsterdam',
         null, timestamptz '2025-06-01 12:00+00'
  from releases r
  join trains t on t.id = r.train_id and t.slug = 'bench'
  cross join (values ('change_approval'), ('security_review'), ('ato'), ('qa_signoff'), ('dr_docs')) g(gate)
  cross join lateral (select random() as x) rnd
  cross join lateral (
    select case when g.gate = 'ato' and not r.major then 'not_needed'
                when rnd.x < 0.05 then 'rejected'
                when r.released_at is not null or rnd.x < 0.5 then 'approved'
                else 'pending' end as state
  ) s
  where rnd.x >= 0.2 or r.released_at is not null;

insert into deployments (key, train_id, environment_id, version, status, deployed_at, commit, committed_at, changed_at)
  select 'BDEP-' || r.id || '-' || e.key || '-' || k, r.train_id, e.id, r.version,
         case when k < d.tries then 'failed' when d.at > $1::timestamptz - interval '1 hour' then 'in_progress' else 'succeeded' end,
         least(d.at - interval '3 hours' * (d.tries - k), $1::timestamptz), 'c' || r.id, d.at - interval '2 days',
         least(d.at - interval '3 hours' * (d.tries - k), $1::timestamptz)
  from releases r
  join trains t on t.id = r.train_id and t.slug = 'bench'
  join environments e on e.train_id = r.train_id
  cross join lateral (
    select (r.target_date - 3 * (3 - e.position) + time '10:00') at time zone 'Europe/Amsterdam' as at,
           1 + (r.id + e.position) % 3 as tries
  ) d
  cross join lateral generate_series(1, d.tries) k
  where not r.cancelled and d.at - interval '3 hours' * d.tries <= $1::timestamptz;
`;
