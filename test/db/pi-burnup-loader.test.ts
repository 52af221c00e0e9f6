import type { Kysely } from 'kysely';
import { expect, it } from 'vitest';
import type { Database } from '../../db/schema';
import { loadPiBurnup } from '../../lib/panels/pi-burnup/loader';
import type { BurnupMeasure } from '../../lib/panels/pi-burnup/types';
import type { IngestEvent } from '../../lib/ingest/schema';
import { describeEachBackend } from '../support/databases';
import { applyInTransaction, insertTrain, upserted, type ItemChange, type TrainFixture } from '../support/fixtures';

/**
 * Train "north" (Europe/Amsterdam), PI 25.1 from Mon 24 March to Fri 18 April 2025: It 1 (24 Mar - 4 Apr) and
 * It 2 (7 - 18 Apr), 10 working days each. Stories (points, team, iteration):
 *
 * | item | planned Fri 21 Mar      | then                                                               |
 * |------|-------------------------|--------------------------------------------------------------------|
 * | A    | 5, otters, It 1         | Tue 25 Mar done                                                    |
 * | B    | 3, otters, It 1         | Thu 27 Mar 11:00 done; Wed 2 Apr reopened                          |
 * | C    | 8, badgers, It 2        | Tue 8 Apr done                                                     |
 * | D    | 2, otters, It 1         | Mon 31 Mar moved to badgers (the train's total does not change)    |
 * | E    | -                       | Wed 26 Mar added 4, badgers, It 1; Sat 5 Apr done (counts in It 1) |
 * | F    | -                       | Tue 8 Apr added 10, otters, It 2                                   |
 * | X    | 7, otters, no iteration | never in the PI                                                    |
 *
 *   PI start (24 Mar 00:00)   completed 0   scope 18   A B C D
 *   It 1 end (7 Apr 00:00)    completed 9   scope 22   A 5 + E 4 done; B reopened; E added
 *   Wed 9 Apr 15:00 (now)     completed 17  scope 32   C done; F added
 *
 * Features of PI 25.1: F-1, F-2 planned Fri 21 Mar; F-3 added Mon 31 Mar; F-1 done Thu 3 Apr; F-2 taken out of the
 * PI Tue 8 Apr; F-9 planned into PI 25.2.
 *   PI start 0 of 2; It 1 end 1 of 3; Wed 9 Apr 1 of 2.
 */
async function insertNorth(db: Kysely<Database>): Promise<TrainFixture> {
  const north = await insertTrain(db, {
    slug: 'north',
    timeZone: 'Europe/Amsterdam',
    teams: ['otters', 'badgers'],
    pi: { name: '25.1', startDate: '2025-03-24', endDate: '2025-04-18' },
    iterations: [
      { code: '25.1-1', startDate: '2025-03-24', endDate: '2025-04-04' },
      { code: '25.1-2', startDate: '2025-04-07', endDate: '2025-04-18' },
    ],
  });
  const next = await db
    .insertInto('program_increments')
    .values({ train_id: north.trainId, name: '25.2', start_date: '2025-04-21', end_date: '2025-05-30' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('iterations')
    .values({ train_id: north.trainId, pi_id: next.id, number: 1, code: '25.2-1', name: 'Iteration 1', kind: 'regular', start_date: '2025-04-21', end_date: '2025-05-02' })
    .execute();

  const story = (key: string, team: string, iteration: string | null, status: string, points: number, at: string): ItemChange => ({
    key,
    team,
    iteration,
    status,
    points,
    at,
  });
  const planned = '2025-03-21T10:00:00+01:00';
  await applyInTransaction(
    db,
    [
      story('A', 'otters', '25.1-1', 'To Do', 5, planned),
      story('B', 'otters', '25.1-1', 'To Do', 3, planned),
      story('C', 'badgers', '25.1-2', 'To Do', 8, planned),
      story('D', 'otters', '25.1-1', 'To Do', 2, planned),
      story('X', 'otters', null, 'To Do', 7, planned),
      story('A', 'otters', '25.1-1', 'Done', 5, '2025-03-25T10:00:00+01:00'),
      story('E', 'badgers', '25.1-1', 'To Do', 4, '2025-03-26T10:00:00+01:00'),
      story('B', 'otters', '25.1-1', 'Done', 3, '2025-03-27T11:00:00+01:00'),
      story('D', 'badgers', '25.1-1', 'To Do', 2, '2025-03-31T10:00:00+02:00'),
      story('B', 'otters', '25.1-1', 'Reopened', 3, '2025-04-02T10:00:00+02:00'),
      story('E', 'badgers', '25.1-1', 'Done', 4, '2025-04-05T10:00:00+02:00'),
      story('C', 'badgers', '25.1-2', 'Done', 8, '2025-04-08T10:00:00+02:00'),
      story('F', 'otters', '25.1-2', 'To Do', 10, '2025-04-08T11:00:00+02:00'),
    ].map(upserted),
  );
  const feature = (key: string, pi: string | null, status: string, at: string): IngestEvent => ({
    id: `${key}@${at}`,
    type: 'feature.upserted',
    occurredAt: at,
    data: { key, train: 'north', pi, title: `Feature ${key}`, kind: 'feature', status, points: null },
  });
  await applyInTransaction(db, [
    feature('F-1', '25.1', 'To Do', planned),
    feature('F-2', '25.1', 'To Do', planned),
    feature('F-9', '25.2', 'To Do', planned),
    feature('F-3', '25.1', 'In Progress', '2025-03-31T10:00:00+02:00'),
    feature('F-1', '25.1', 'Done', '2025-04-03T10:00:00+02:00'),
    feature('F-2', null, 'To Do', '2025-04-08T10:00:00+02:00'),
  ]);
  return north;
}

describeEachBackend('loadPiBurnup', (backend) => {
  const load = (measure: BurnupMeasure, now: string, train = 'north') =>
    loadPiBurnup(backend.db, { kind: 'pi-burnup', train, measure }, new Date(now));

  it('points in It 2: the PI start, the end of It 1 and now; the forecast from It 1\'s pace', async () => {
    await insertNorth(backend.db);
    // It 1 finished with 9 done in 10 days: 0.9 a day. Now day 3 of It 2: 7 days left: 17 + 6.3 = 23.3 of 32 = 73 %.
    expect(await load('points', '2025-04-09T15:00:00+02:00')).toEqual({
      kind: 'pi-burnup',
      key: 'pi-burnup:north:points',
      train: { slug: 'north', name: 'Train north' },
      measure: 'points',
      asOf: '2025-04-09T13:00:00.000Z',
      pi: { name: '25.1', startDate: '2025-03-24', endDate: '2025-04-18', iterations: 2, nowIndex: 2 },
      labels: ['Start', 'It 1', 'It 2'],
      completed: [0, 9, 17],
      scope: [18, 22, 32],
      forecast: [null, null, 23.3],
      completedNow: 17,
      scopeNow: 32,
      forecastEnd: 23.3,
      percent: 73,
      outlook: 'at-risk',
      words: 'at risk: 73 % by PI end',
    });
  });

  it('points in It 1: the rate so far, the moved item D still counted, the future null', async () => {
    await insertNorth(backend.db);
    // Thu 27 Mar 15:00: A 5 + B 3 done of A B C D E = 22. 8 in 4 days: 2 a day; 6 + 10 days ahead: 8 + 32 = 40,
    // capped at the scope 22: 100 %.
    expect(await load('points', '2025-03-27T15:00:00+01:00')).toMatchObject({
      pi: { nowIndex: 1 },
      completed: [0, 8, null],
      scope: [18, 22, null],
      forecast: [null, 8, 22],
      completedNow: 8,
      scopeNow: 22,
      percent: 100,
      words: 'on track: 100 % by PI end',
    });
    // Wed 2 Apr 15:00, after D moved to badgers and B reopened: A 5 done of 22 (D still in): 5 in 8 days.
    expect(await load('points', '2025-04-02T15:00:00+02:00')).toMatchObject({ completed: [0, 5, null], scope: [18, 22, null] });
  });

  it('features: counted by PI, F-2 leaving the PI leaves the scope', async () => {
    await insertNorth(backend.db);
    // 1 done after It 1 (10 days): 0.1 a day; 7 days left: 1.7 of 2 = 85 %.
    expect(await load('features', '2025-04-09T15:00:00+02:00')).toMatchObject({
      key: 'pi-burnup:north:features',
      measure: 'features',
      completed: [0, 1, 1],
      scope: [2, 3, 2],
      forecast: [null, null, 1.7],
      completedNow: 1,
      scopeNow: 2,
      percent: 85,
      outlook: 'on-track',
      words: 'on track: 85 % by PI end',
    });
  });

  it('before the PI: the planned scope now, not started', async () => {
    await insertNorth(backend.db);
    expect(await load('points', '2025-03-22T12:00:00+01:00')).toMatchObject({
      pi: { name: '25.1', nowIndex: 0 },
      completed: [0, null, null],
      scope: [18, null, null],
      forecast: [null, null, null],
      outlook: 'not-started',
      words: 'PI not started yet',
    });
  });

  it('which PI: the latest started in the gap after it, the next one once it starts', async () => {
    await insertNorth(backend.db);
    // Saturday 19 April: 25.1 is over, 25.2 not started. The last sample is read at the start of 19 April.
    const after = await load('points', '2025-04-19T12:00:00+02:00');
    expect(after).toMatchObject({ pi: { name: '25.1', nowIndex: 2 }, completed: [0, 9, 17], scope: [18, 22, 32] });
    // Both iterations over: (17 - 0) / 20 days, nothing ahead: 17 of 32 = 53 %.
    expect(after).toMatchObject({ forecast: [null, null, 17], percent: 53, outlook: 'off-track', words: 'off track: 53 % by PI end' });
    expect(await load('features', '2025-04-22T12:00:00+02:00')).toMatchObject({
      pi: { name: '25.2', iterations: 1, nowIndex: 1 },
      labels: ['Start', 'It 1'],
      completed: [0, 0],
      scope: [1, 1],
    });
  });

  it('undefined for an unknown train; an empty burnup for a train without PI', async () => {
    await insertNorth(backend.db);
    expect(await load('points', '2025-04-09T15:00:00+02:00', 'ghosts')).toBeUndefined();
    await backend.db.insertInto('trains').values({ slug: 'idle', name: 'Idle train', time_zone: 'UTC' }).execute();
    expect(await load('points', '2025-04-09T15:00:00+02:00', 'idle')).toEqual({
      kind: 'pi-burnup',
      key: 'pi-burnup:idle:points',
      train: { slug: 'idle', name: 'Idle train' },
      measure: 'points',
      asOf: '2025-04-09T13:00:00.000Z',
      pi: null,
      labels: [],
      completed: [],
      scope: [],
      forecast: [],
      completedNow: 0,
      scopeNow: 0,
      forecastEnd: 0,
      percent: 0,
      outlook: 'no-scope',
      words: 'no scope yet',
    });
  });
});
