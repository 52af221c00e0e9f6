/**
 * ROAM risks of the bench train (test/bench/loaders.ts): at each PI's planning (the Friday before it) every team
 * raises 6 risks and the RTE 10 of the whole train; 200 more were raised since, tied to no PI. Risks of PIs that have
 * ended are mostly resolved; the current PI's are spread over every ROAM state. Only what was raised before
 * BENCH_NOW ($1) is kept: about 2,700 risks, 300-odd of them on the current board. Statements end with ";\n", as
 * the bench's splitter expects, and it runs after the train, its teams and PIs exist.
 */
export const GENERATE_RISKS = `
create temp table bench_risk_pis as
  select pi.id, pi.train_id, pi.end_date < ($1::timestamptz at time zone 'Europe/Amsterdam')::date as ended,
         ((pi.start_date - 3)::timestamp at time zone 'Europe/Amsterdam') as planning_at
  from program_increments pi join trains t on t.id = pi.train_id
  where t.slug = 'bench';

insert into risks (key, train_id, team_id, pi_id, title, owner, impact, roam, raised_at, changed_at)
  select 'RISK-' || p.id || '-' || coalesce(tm.id::text, 'train') || '-' || k, p.train_id, tm.id, p.id,
         'Risk ' || k || ' raised by ' || coalesce(tm.name, 'the RTE') || ' at PI planning',
         case when random() < 0.75 then 'Owner ' || (1 + floor(random() * 80)::int) end,
         (array['low', 'medium', 'high', 'critical'])[1 + floor(random() * 4)::int],
         case when p.ended then (array['resolved', 'resolved', 'resolved', 'accepted', 'mitigated', 'owned'])[1 + floor(random() * 6)::int]
              else (array['unroamed', 'resolved', 'owned', 'owned', 'accepted', 'mitigated'])[1 + floor(random() * 6)::int] end,
         p.planning_at + interval '9 hours' + interval '1 minute' * k * 7,
         p.planning_at + interval '9 hours' + interval '1 minute' * k * 7 + interval '1 day' * floor(random() * 20)
  from bench_risk_pis p
  cross join lateral (
    select teams.id, teams.name, generate_series(1, 6) as k from teams where teams.train_id = p.train_id
    union all
    select null, null, generate_series(1, 10)
  ) tm
  where p.planning_at + interval '9 hours' + interval '1 minute' * k * 7 < $1::timestamptz;

insert into risks (key, train_id, team_id, pi_id, title, owner, impact, roam, raised_at, changed_at)
  select 'RISK-SINCE-' || n, t.id, (select id from teams where train_id = t.id order by id offset n % 50 limit 1), null,
         'Risk ' || n || ' raised since planning', null,
         (array['low', 'medium', 'high', 'critical'])[1 + floor(random() * 4)::int],
         (array['unroamed', 'resolved', 'resolved', 'owned', 'accepted', 'mitigated'])[1 + floor(random() * 6)::int],
         timestamptz '2025-06-02 09:00+02' + (($1::timestamptz - timestamptz '2025-06-02 09:00+02') * (n / 201.0)),
         timestamptz '2025-06-02 09:00+02' + (($1::timestamptz - timestamptz '2025-06-02 09:00+02') * (n / 201.0))
  from trains t, generate_series(1, 200) n
  where t.slug = 'bench';

analyze risks;
`;
