import { expect, it } from 'vitest';
import { loadBurndown, loadTrainBurndown } from '../../lib/panels/burndown/loader';
import type { BurndownMeasure } from '../../lib/panels/burndown/types';
import { insertNorthTrain } from '../support/burndown-fixture';
import { describeEachBackend } from '../support/databases';
import { insertTrain } from '../support/fixtures';

const LABELS = ['Start', 'Mon 24', 'Tue 25', 'Wed 26', 'Thu 27', 'Fri 28', 'Mon 31', 'Tue 1', 'Wed 2', 'Thu 3', 'Fri 4'];
const IDEAL_18 = [18, 16.2, 14.4, 12.6, 10.8, 9, 7.2, 5.4, 3.6, 1.8, 0];
const IDEAL_36 = [36, 32.4, 28.8, 25.2, 21.6, 18, 14.4, 10.8, 7.2, 3.6, 0];
const FUTURE = null;

describeEachBackend('loadBurndown', (backend) => {
  const load = (measure: BurndownMeasure, now: string, team = 'otters') =>
    loadBurndown(backend.db, { kind: 'burndown', team, measure }, new Date(now));

  it('on a Thursday mid-iteration: the whole DTO, days to come are null', async () => {
    await insertNorthTrain(backend.db);
    expect(await load('points', '2025-03-27T15:00:00+01:00')).toEqual({
      kind: 'burndown',
      key: 'burndown:otters:points',
      scope: 'team',
      team: { slug: 'otters', name: 'Team otters' },
      train: { slug: 'north', name: 'Train north' },
      measure: 'points',
      asOf: '2025-03-27T14:00:00.000Z',
      iteration: {
        number: 1,
        code: '25.1-1',
        name: 'Iteration 1',
        piName: '25.1',
        startDate: '2025-03-24',
        endDate: '2025-04-04',
        dayNumber: 4,
        workingDays: 10,
      },
      labels: LABELS,
      ideal: IDEAL_18,
      remaining: [18, 18, 13, 15, 13, FUTURE, FUTURE, FUTURE, FUTURE, FUTURE, FUTURE],
      remainingNow: 13,
      scopeAtStart: 18,
      scopeNow: 21,
      idealNow: 10.8,
      // G joined on Wednesday (point 3), D left for the next iteration on Thursday (point 4).
      scopeChanges: [
        { point: 3, added: 5, removed: 0 },
        { point: 4, added: 0, removed: 2 },
      ],
      pace: 'behind', // 13 left against 10.8 ideal: more than a tenth of 18 behind
    });
  });

  it('on the Saturday in the middle: Friday\'s point already holds Saturday\'s change (hours)', async () => {
    await insertNorthTrain(backend.db);
    const dto = await load('hours', '2025-03-29T18:00:00+01:00');
    expect(dto).toMatchObject({
      key: 'burndown:otters:hours',
      measure: 'hours',
      iteration: { dayNumber: 5, workingDays: 10 },
      labels: LABELS,
      ideal: IDEAL_36,
      remaining: [36, 34, 26, 25, 17, 14, FUTURE, FUTURE, FUTURE, FUTURE, FUTURE],
      remainingNow: 14,
      scopeAtStart: 36,
      scopeNow: 14,
      idealNow: 18,
      pace: 'ahead', // 14 left against 18 ideal: more than 3.6 ahead
    });
  });

  it('on the Saturday in the middle (points): G done on Saturday brings Friday from 16 to 11', async () => {
    await insertNorthTrain(backend.db);
    const dto = await load('points', '2025-03-29T18:00:00+01:00');
    expect(dto?.remaining).toEqual([18, 18, 13, 15, 13, 11, FUTURE, FUTURE, FUTURE, FUTURE, FUTURE]);
    expect(dto?.remainingNow).toBe(11);
    expect(dto?.pace).toBe('behind'); // 11 against 9: 2 > 1.8
  });

  it('before the iteration starts: day 0, only the planned start point', async () => {
    await insertNorthTrain(backend.db);
    const dto = await load('points', '2025-03-22T12:00:00+01:00');
    expect(dto).toMatchObject({
      iteration: { number: 1, dayNumber: 0, workingDays: 10 },
      labels: LABELS,
      ideal: IDEAL_18,
      remaining: [18, FUTURE, FUTURE, FUTURE, FUTURE, FUTURE, FUTURE, FUTURE, FUTURE, FUTURE, FUTURE],
      remainingNow: 18,
      scopeAtStart: 18,
      scopeNow: 18,
      idealNow: 18,
      pace: 'on-track',
    });
  });

  it('on the Sunday after the end: every day filled, nothing after the last day counted', async () => {
    await insertNorthTrain(backend.db);
    expect(await load('points', '2025-04-06T12:00:00+02:00')).toMatchObject({
      iteration: { number: 1, dayNumber: 10, workingDays: 10 },
      remaining: [18, 18, 13, 15, 13, 16, 3, 0, 0, 0, 0],
      remainingNow: 0,
      scopeAtStart: 18,
      scopeNow: 13,
      idealNow: 0,
      pace: 'done',
    });
    expect(await load('hours', '2025-04-06T12:00:00+02:00')).toMatchObject({
      remaining: [36, 34, 26, 25, 17, 19, 2, 0, 0, 0, 0],
      remainingNow: 0,
      scopeNow: 0,
    });
  });

  it('the next iteration holds the item moved into it, from its first day', async () => {
    await insertNorthTrain(backend.db);
    expect(await load('points', '2025-04-07T09:00:00+02:00')).toMatchObject({
      iteration: { number: 2, code: '25.1-2', startDate: '2025-04-07', endDate: '2025-04-18', dayNumber: 1, workingDays: 10 },
      labels: ['Start', 'Mon 7', 'Tue 8', 'Wed 9', 'Thu 10', 'Fri 11', 'Mon 14', 'Tue 15', 'Wed 16', 'Thu 17', 'Fri 18'],
      ideal: [2, 1.8, 1.6, 1.4, 1.2, 1, 0.8, 0.6, 0.4, 0.2, 0],
      remaining: [2, 2, FUTURE, FUTURE, FUTURE, FUTURE, FUTURE, FUTURE, FUTURE, FUTURE, FUTURE],
      scopeAtStart: 2,
      scopeNow: 2,
      idealNow: 1.8,
      pace: 'on-track', // 0.2 above the line, within the 1-unit minimum tolerance
    });
  });

  it('is undefined for an unknown team', async () => {
    await insertNorthTrain(backend.db);
    expect(await load('points', '2025-03-27T15:00:00+01:00', 'ghosts')).toBeUndefined();
  });

  it('is an empty burndown for a train without iterations', async () => {
    await insertTrain(backend.db, {
      slug: 'idle',
      timeZone: 'Europe/Amsterdam',
      teams: ['sloths'],
      pi: { name: '25.1', startDate: '2025-03-24', endDate: '2025-04-18' },
      iterations: [],
    });
    expect(await load('hours', '2025-03-27T15:00:00+01:00', 'sloths')).toEqual({
      kind: 'burndown',
      key: 'burndown:sloths:hours',
      scope: 'team',
      team: { slug: 'sloths', name: 'Team sloths' },
      train: { slug: 'idle', name: 'Train idle' },
      measure: 'hours',
      asOf: '2025-03-27T14:00:00.000Z',
      iteration: null,
      labels: [],
      ideal: [],
      remaining: [],
      remainingNow: 0,
      scopeAtStart: 0,
      scopeNow: 0,
      idealNow: 0,
      scopeChanges: [],
      pace: 'no-work',
    });
  });

  const loadTrain = (measure: BurndownMeasure, now: string, train = 'north') =>
    loadTrainBurndown(backend.db, { kind: 'train-burndown', train, measure }, new Date(now));

  it('the whole train after the end: otters and badgers together, C moving between them is no scope change', async () => {
    await insertNorthTrain(backend.db);
    expect(await loadTrain('points', '2025-04-06T12:00:00+02:00')).toEqual({
      kind: 'burndown',
      key: 'train-burndown:north:points',
      scope: 'train',
      team: { slug: 'north', name: 'Train north' },
      train: { slug: 'north', name: 'Train north' },
      measure: 'points',
      asOf: '2025-04-06T10:00:00.000Z',
      iteration: {
        number: 1,
        code: '25.1-1',
        name: 'Iteration 1',
        piName: '25.1',
        startDate: '2025-03-24',
        endDate: '2025-04-04',
        dayNumber: 10,
        workingDays: 10,
      },
      labels: LABELS,
      ideal: IDEAL_18,
      // Otters' remaining plus C's 8 once at badgers (in progress to the end).
      remaining: [18, 18, 13, 15, 13, 16, 11, 8, 8, 8, 8],
      remainingNow: 8,
      scopeAtStart: 18,
      scopeNow: 21, // 18 + G 5 - D 2
      idealNow: 0,
      scopeChanges: [
        { point: 3, added: 5, removed: 0 },
        { point: 4, added: 0, removed: 2 },
      ],
      pace: 'behind', // 8 left against 0: more than 1.8 behind
    });
  });

  it('the team still shows C leaving on Monday 31 (point 6) as removed scope', async () => {
    await insertNorthTrain(backend.db);
    expect((await load('points', '2025-04-06T12:00:00+02:00'))?.scopeChanges).toEqual([
      { point: 3, added: 5, removed: 0 },
      { point: 4, added: 0, removed: 2 },
      { point: 6, added: 0, removed: 8 },
    ]);
  });

  it('the whole train in hours, and undefined for an unknown train', async () => {
    await insertNorthTrain(backend.db);
    const dto = await loadTrain('hours', '2025-03-27T15:00:00+01:00');
    // Thursday: the same as otters alone (badgers had nothing yet): 36 34 26 25 then today so far 17.
    expect(dto).toMatchObject({ key: 'train-burndown:north:hours', scope: 'train', remaining: [36, 34, 26, 25, 17, FUTURE, FUTURE, FUTURE, FUTURE, FUTURE, FUTURE] });
    expect(dto?.scopeChanges).toEqual([
      { point: 3, added: 5, removed: 0 },
      { point: 4, added: 0, removed: 4 },
    ]);
    expect(await loadTrain('points', '2025-03-27T15:00:00+01:00', 'ghosts')).toBeUndefined();
  });
});
