/**
 * Impediments of the bench train (test/bench/loaders.ts): 20,000 over its history from 2 June 2025, opened at
 * random moments up to BENCH_NOW ($1), a tenth of them the whole train's, a ninth escalated. Most are resolved
 * within days, a few take a month: about 300 are open at BENCH_NOW. Statements end with ";\n", as the bench's
 * splitter expects, and it runs after the train and its teams exist.
 */
export const GENERATE_IMPEDIMENTS = `
insert into impediments (key, train_id, team_id, title, owner, escalated, opened_at, resolved_at, changed_at)
  select 'IMP-' || g.n, t.id,
         case when g.n % 10 = 0 then null else tm.id end,
         'Impediment ' || g.n || ': waiting on another team',
         case when g.n % 4 = 0 then null else 'Owner ' || (1 + g.n % 97) end,
         g.n % 9 = 0,
         g.opened_at,
         case when g.opened_at + g.takes < $1::timestamptz then g.opened_at + g.takes end,
         least(g.opened_at + g.takes, $1::timestamptz)
  from (
    select n, timestamptz '2025-06-02 07:00Z' + ($1::timestamptz - timestamptz '2025-06-02 07:00Z') * random() as opened_at,
           -- From two hours to 30 days, most of them short.
           interval '1 hour' * (2 + 24 * 30 * power(random(), 3)) as takes
    from generate_series(1, 20000) n
  ) g
  join trains t on t.slug = 'bench'
  join (select id, train_id, row_number() over (partition by train_id order by id) as seq from teams) tm on tm.train_id = t.id and tm.seq = 1 + g.n % 50;
`;
