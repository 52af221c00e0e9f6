import { expect, it } from 'vitest';
import { burndownPoints, findCurrentIteration, type BurndownMeasure } from '../../db/queries/burndown';
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
