// Bench-scale incidents and on-call rota for train 'bench' (see GENERATE_CHANGES in loaders.ts, which creates the
// train, its 50 teams and 8 PIs from 2 June 2025). Statements end at a semicolon at the end of a line; $1 is BENCH_NOW.

/** Incidents over the train's 8 PIs; about one in a thousand still open at BENCH_NOW. */
export const BENCH_INCIDENTS = 6_000;

/**
 * 6,000 incidents started uniformly from 2 June 2025 to BENCH_NOW (P1 5 %, P2 15 %, P3 40 %, P4 30 %, P5 10 %),
 * each restored 15 minutes to 2 days later (most within hours); those whose restore lies after BENCH_NOW are open.
 * The on-call rota: weekly primary and secondary shifts, Monday 09:00 Amsterdam, from 2 June 2025 for 84 weeks (past
 * BENCH_NOW by two months), and 300 one-day swaps a pager tool sent.
 */
export const GENERATE_INCIDENTS = `
select setseed(0.17);

insert into incidents (key, train_id, team_id, title, service, priority, started_at, resolved_at, changed_at)
  select 'BINC-' || g.n, g.train_id, g.team_id, 'Incident ' || g.n, 'service-' || (g.n % 40), g.priority, g.started_at,
         case when g.started_at + g.restore <= $1::timestamptz then g.started_at + g.restore end,
         least(g.started_at + g.restore, $1::timestamptz)
  from (
    select x.n, t.id as train_id,
           (select tm.id from teams tm where tm.train_id = t.id order by tm.id offset (x.n % 50) limit 1) as team_id,
           case when x.r < 0.05 then 1 when x.r < 0.2 then 2 when x.r < 0.6 then 3 when x.r < 0.9 then 4 else 5 end as priority,
           timestamptz '2025-06-02 00:00 Europe/Amsterdam' + ($1::timestamptz - timestamptz '2025-06-02 00:00 Europe/Amsterdam') * x.s as started_at,
           interval '1 minute' * (15 + power(x.d, 3) * 2880) as restore
    from (select n, random() as r, random() as s, random() as d from generate_series(1, ${BENCH_INCIDENTS}) n) x
    cross join trains t
    where t.slug = 'bench'
  ) g;

insert into oncall_shifts (key, train_id, role, person, contact, starts_at, ends_at, changed_at)
  select 'rota-bench-' || to_char(m.monday, 'YYYY-MM-DD') || '-' || r.role, t.id, r.role,
         'Person ' || ((w + r.offset_by) % 20), '+31 20 555 ' || lpad(((w + r.offset_by) % 20)::text, 4, '0'),
         (m.monday + time '09:00') at time zone 'Europe/Amsterdam', (m.monday + 7 + time '09:00') at time zone 'Europe/Amsterdam',
         timestamptz '2025-05-30 12:00+00'
  from trains t
  cross join generate_series(0, 83) w
  cross join lateral (select date '2025-06-02' + 7 * w as monday) m
  cross join (values ('primary', 0), ('secondary', 7)) r(role, offset_by)
  where t.slug = 'bench';

insert into oncall_shifts (key, train_id, role, person, contact, starts_at, ends_at, changed_at)
  select 'pager-swap-' || n, t.id, case when n % 2 = 0 then 'primary' else 'secondary' end, 'Swap ' || (n % 30), null,
         (date '2025-06-02' + (n * 587 % 588) + time '09:00') at time zone 'Europe/Amsterdam',
         (date '2025-06-02' + (n * 587 % 588) + 1 + time '09:00') at time zone 'Europe/Amsterdam',
         timestamptz '2025-05-30 12:00+00'
  from trains t cross join generate_series(1, 300) n
  where t.slug = 'bench';
`;
