import { expect, it } from 'vitest';
import { burndownPoints, burndownSamples, findCurrentIteration, findTrainBurndownContext, type BurndownMeasure } from '../../db/queries/burndown';
import { insertNorthTrain } from '../support/burndown-fixture';
import { describeEachBackend } from '../support/databases';
import { applyInTransaction, insertTrain, upserted, type TrainFixture } from '../support/fixtures';

// Every start-of-day cutoff of the north fixture, with its hand-computed [remaining, scope].
const NORTH: [string, points: [number, number], hours: [number, number]][] = [
  ['2025-03-24', [18, 18], [36, 36]],
  ['2025-03-25', [18, 18], [34, 34]],
  ['2025-03-26', [13, 18], [26, 26]],
  ['2025-03-27', [15, 23], [25, 25]],
  ['2025-03-28', [13, 21], [17, 17]],
  ['2025-03-29', [16, 21], [19, 19]],
  ['2025-03-30', [11, 21], [14, 14]],
  ['2025-04-01', [3, 13], [2, 2]],
  ['2025-04-02', [0, 13], [0, 0]],
  ['2025-04-05', [0, 13], [0, 0]],
];

describeEachBackend('burndown queries', (backend) => {
  let north: TrainFixture;
  const points = (team: string, measure: BurndownMeasure, cutoffs: string[]) =>
    burndownPoints(backend.db, {
      teamId: north.teamId(team),
      iterationId: north.iterationId('25.1-1'),
      timeZone: 'Europe/Amsterdam',
      cutoffs,
      measure,
    });

  it.each(['points', 'hours'] as const)('reads the %s remaining and in scope at the start of each day in the train zone', async (measure) => {
    north = await insertNorthTrain(backend.db);
    const expected = NORTH.map(([, p, h]) => (measure === 'points' ? p : h)).map(([remaining, scope]) => ({ remaining, scope }));
    expect(await points('otters', measure, NORTH.map(([day]) => day))).toEqual(expected);
  });

  it('answers each cutoff on its own, in the order asked', async () => {
    north = await insertNorthTrain(backend.db);
    expect(await points('otters', 'points', ['2025-03-29', '2025-03-24', '2025-03-29'])).toEqual([
      { remaining: 16, scope: 21 },
      { remaining: 18, scope: 18 },
      { remaining: 16, scope: 21 },
    ]);
    expect(await points('otters', 'points', [])).toEqual([]);
  });

  it('counts an item moved in from another team from the day it arrived', async () => {
    north = await insertNorthTrain(backend.db);
    // C joined badgers on Monday 31 March at 10:00.
    expect(await points('badgers', 'points', ['2025-03-28', '2025-03-31', '2025-04-01'])).toEqual([
      { remaining: 0, scope: 0 },
      { remaining: 0, scope: 0 },
      { remaining: 8, scope: 8 },
    ]);
  });

  it('puts a change at 23:30 in New York on that New York day although it is the next day in UTC', async () => {
    const east = await insertTrain(backend.db, {
      slug: 'east',
      timeZone: 'America/New_York',
      teams: ['herons'],
      pi: { name: '25.1', startDate: '2025-03-03', endDate: '2025-03-14' },
      iterations: [{ code: '25.1-1', startDate: '2025-03-03', endDate: '2025-03-14' }],
    });
    const item = (key: string, status: string, points: number, at: string) =>
      upserted({ key, team: 'herons', iteration: '25.1-1', status, points, at });
    await applyInTransaction(backend.db, [
      item('X', 'To Do', 4, '2025-02-28T10:00:00-05:00'),
      item('Y', 'To Do', 6, '2025-02-28T10:00:00-05:00'),
      item('X', 'Done', 4, '2025-03-04T23:30:00-05:00'), // Tuesday late, 04:30Z on Wednesday
      item('Y', 'Done', 6, '2025-03-11T00:30:00-04:00'), // Tuesday just after midnight EDT, 04:30Z
    ]);
    const result = await burndownPoints(backend.db, {
      teamId: east.teamId('herons'),
      iterationId: east.iterationId('25.1-1'),
      timeZone: 'America/New_York',
      cutoffs: ['2025-03-04', '2025-03-05', '2025-03-11', '2025-03-12'],
      measure: 'points',
    });
    expect(result).toEqual([
      { remaining: 10, scope: 10 },
      { remaining: 6, scope: 10 },
      { remaining: 6, scope: 10 },
      { remaining: 0, scope: 10 },
    ]);
  });

  // The loader's cutoffs on the Sunday after the end: the start, then the end of each of the 10 working days.
  const END_OF_DAYS = ['2025-03-24', '2025-03-25', '2025-03-26', '2025-03-27', '2025-03-28', '2025-03-29', '2025-04-01', '2025-04-02', '2025-04-03', '2025-04-04', '2025-04-05'];
  const samples = (teamId: number | null, measure: BurndownMeasure) =>
    burndownSamples(backend.db, { teamId, iterationId: north.iterationId('25.1-1'), timeZone: 'Europe/Amsterdam', cutoffs: END_OF_DAYS, measure });
  const changesOf = (rows: { added: number; removed: number }[]) =>
    rows.map(({ added, removed }, point) => ({ point, added, removed })).filter((c) => c.added > 0 || c.removed > 0);

  it('scope changes per day: G added (+5) by point 3, D moved out (-2) by point 4, C moved to badgers (-8) by point 6', async () => {
    north = await insertNorthTrain(backend.db);
    const rows = await samples(north.teamId('otters'), 'points');
    // Scope 18 18 18 23 21 21 13 13 13 13 13: the differences are exactly these moves; A, B, G being done changes nothing.
    expect(rows.map((r) => r.scope)).toEqual([18, 18, 18, 23, 21, 21, 13, 13, 13, 13, 13]);
    expect(changesOf(rows)).toEqual([
      { point: 3, added: 5, removed: 0 },
      { point: 4, added: 0, removed: 2 },
      { point: 6, added: 0, removed: 8 },
    ]);
  });

  it('scope changes in hours count items joining and leaving at their hours then, not hours burnt', async () => {
    north = await insertNorthTrain(backend.db);
    // G joins with 5 h; D leaves with 4 h; C leaves with the 12 h it had left (16 -> 12 on Thursday is work, not scope).
    expect(changesOf(await samples(north.teamId('otters'), 'hours'))).toEqual([
      { point: 3, added: 5, removed: 0 },
      { point: 4, added: 0, removed: 4 },
      { point: 6, added: 0, removed: 12 },
    ]);
  });

  it('the whole train: C moving from otters to badgers is no scope change, and its 8 points stay remaining', async () => {
    north = await insertNorthTrain(backend.db);
    const rows = await samples(null, 'points');
    // Otters' remaining plus C (8, in progress) once it is at badgers: 3 + 8 = 11 on Mon 31, 0 + 8 = 8 after.
    expect(rows.map((r) => r.remaining)).toEqual([18, 18, 13, 15, 13, 16, 11, 8, 8, 8, 8]);
    expect(rows.map((r) => r.scope)).toEqual([18, 18, 18, 23, 21, 21, 21, 21, 21, 21, 21]);
    expect(changesOf(rows)).toEqual([
      { point: 3, added: 5, removed: 0 },
      { point: 4, added: 0, removed: 2 },
    ]);
  });

  it('an estimate that grows is added scope, one that shrinks is removed; an item out and back in counts both ways', async () => {
    const west = await insertTrain(backend.db, {
      slug: 'west',
      timeZone: 'UTC',
      teams: ['owls'],
      pi: { name: '25.1', startDate: '2025-03-03', endDate: '2025-03-14' },
      iterations: [{ code: '25.1-1', startDate: '2025-03-03', endDate: '2025-03-14' }],
    });
    const item = (key: string, points: number, at: string, iteration: string | null = '25.1-1') =>
      upserted({ key, team: 'owls', iteration, status: 'To Do', points, at });
    await applyInTransaction(backend.db, [
      item('P', 3, '2025-02-28T10:00:00Z'),
      item('Q', 5, '2025-02-28T10:00:00Z'),
      item('P', 8, '2025-03-03T12:00:00Z'), // Mon: 3 -> 8, +5
      item('Q', 2, '2025-03-04T12:00:00Z'), // Tue: 5 -> 2, -3
      item('Q', 2, '2025-03-05T12:00:00Z', null), // Wed: out, -2
      item('Q', 4, '2025-03-06T12:00:00Z'), // Thu: back with 4, +4
      item('P', 1, '2025-03-06T13:00:00Z'), // Thu: 8 -> 1, -7
    ]);
    const rows = await burndownSamples(backend.db, {
      teamId: west.teamId('owls'),
      iterationId: west.iterationId('25.1-1'),
      timeZone: 'UTC',
      cutoffs: ['2025-03-03', '2025-03-04', '2025-03-05', '2025-03-06', '2025-03-07'],
      measure: 'points',
    });
    // Scope: 3+5 = 8, 8+5 = 13, 8+2 = 10, 8 alone = 8, 1+4 = 5.
    expect(rows.map((r) => r.scope)).toEqual([8, 13, 10, 8, 5]);
    expect(changesOf(rows)).toEqual([
      { point: 1, added: 5, removed: 0 },
      { point: 2, added: 0, removed: 3 },
      { point: 3, added: 0, removed: 2 },
      { point: 4, added: 4, removed: 7 },
    ]);
  });

  it('findTrainBurndownContext: the train, its zone and its current iteration; undefined for an unknown train', async () => {
    north = await insertNorthTrain(backend.db);
    expect(await findTrainBurndownContext(backend.db, 'north', new Date('2025-04-07T09:00:00+02:00'))).toEqual({
      trainId: north.trainId,
      trainSlug: 'north',
      trainName: 'Train north',
      timeZone: 'Europe/Amsterdam',
      iteration: expect.objectContaining({ id: north.iterationId('25.1-2'), code: '25.1-2', pi_name: '25.1' }),
    });
    // Sunday 6 April, 23:30 in Amsterdam is still iteration 1 there although it is Monday in Tokyo.
    expect((await findTrainBurndownContext(backend.db, 'north', new Date('2025-04-06T21:30:00Z')))?.iteration?.code).toBe('25.1-1');
    expect(await findTrainBurndownContext(backend.db, 'ghosts', new Date('2025-04-07T09:00:00Z'))).toBeUndefined();
  });

  it('findCurrentIteration is the latest iteration started by today, else the first to come', async () => {
    const north = await insertNorthTrain(backend.db);
    const current = async (today: string) => (await findCurrentIteration(backend.db, north.trainId, today))?.id;
    expect(await current('2025-03-01')).toBe(north.iterationId('25.1-1'));
    expect(await current('2025-03-24')).toBe(north.iterationId('25.1-1'));
    expect(await current('2025-04-06')).toBe(north.iterationId('25.1-1'));
    expect(await current('2025-04-07')).toBe(north.iterationId('25.1-2'));
    expect(await current('2026-01-01')).toBe(north.iterationId('25.1-2'));
    expect(await findCurrentIteration(backend.db, north.trainId + 1, '2025-03-24')).toBeUndefined();
  });
});
