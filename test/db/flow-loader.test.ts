import type { Kysely } from 'kysely';
import { beforeEach, expect, it } from 'vitest';
import type { Database } from '../../db/schema';
import type { IngestEvent } from '../../lib/ingest/schema';
import { loadFlow } from '../../lib/panels/flow/loader';
import type { FlowDto } from '../../lib/panels/flow/types';
import { describeEachBackend } from '../support/databases';
import { applyInTransaction, insertTrain, upserted, type ItemChange, type TrainFixture } from '../support/fixtures';

/** A tracker's change of one item; kind defaults to story, team to otters, iteration to 25.1-1. */
function change(key: string, status: string, at: string, over: Partial<ItemChange> & { kind?: string } = {}): IngestEvent {
  const { kind = 'story', ...rest } = over;
  const event = upserted({ key, team: 'otters', iteration: '25.1-1', status, at, points: 3, ...rest });
  return event.type === 'work_item.upserted' ? { ...event, data: { ...event.data, kind } } : event;
}

// Thursday 27 March 2025, 15:00 in Amsterdam (CET, UTC+1): day 4 of iteration 1.
const THURSDAY = '2025-03-27T15:00:00+01:00';
const TREND_LABELS = ['Fri 14', 'Mon 17', 'Tue 18', 'Wed 19', 'Thu 20', 'Fri 21', 'Mon 24', 'Tue 25', 'Wed 26', 'Thu 27'];
const NO_HISTOGRAM = ['<1', '1–3', '3–5', '5–10', '10–20', '20+'].map((label) => ({ label, count: 0 }));
const histogram = (...counts: number[]) => NO_HISTOGRAM.map((bucket, index) => ({ ...bucket, count: counts[index] ?? 0 }));
const trend = (...counts: number[]) => TREND_LABELS.map((label, index) => ({ label, count: counts[index] ?? 0 }));
const NO_OBJECTIVES: FlowDto['predictability'] = { percent: null, state: 'none', rated: 0, total: 0, target: { low: 80, high: 100 } };
const DAY = 86_400;

describeEachBackend('loadFlow', (backend) => {
  let north: TrainFixture;
  const send = (...events: IngestEvent[]) => applyInTransaction(backend.db, events);
  const load = (now = THURSDAY, train = 'north') => loadFlow(backend.db, { kind: 'flow', train }, new Date(now));

  beforeEach(async () => {
    north = await insertTrain(backend.db, {
      slug: 'north',
      timeZone: 'Europe/Amsterdam',
      teams: ['otters', 'badgers'],
      pi: { name: '25.1', startDate: '2025-03-24', endDate: '2025-04-18' },
      iterations: [
        { code: '25.1-1', startDate: '2025-03-24', endDate: '2025-04-04' },
        { code: '25.1-2', startDate: '2025-04-07', endDate: '2025-04-18' },
      ],
    });
    await insertTrain(backend.db, {
      slug: 'south',
      timeZone: 'America/Sao_Paulo',
      teams: ['pumas'],
      pi: { name: '26.1', startDate: '2025-03-24', endDate: '2025-04-18' },
      iterations: [{ code: '26.1-1', startDate: '2025-03-24', endDate: '2025-04-04' }],
    });
  });

  it('an empty PI: zeros and dashes, the started iteration listed, WIP flat at 0', async () => {
    expect(await load()).toEqual<FlowDto>({
      kind: 'flow',
      key: 'flow:north',
      train: { slug: 'north', name: 'Train north' },
      asOf: '2025-03-27T14:00:00.000Z',
      pi: { name: '25.1', startDate: '2025-03-24', endDate: '2025-04-18' },
      distribution: {
        total: 0,
        types: [
          { type: 'features', count: 0, percent: 0 },
          { type: 'enablers', count: 0, percent: 0 },
          { type: 'defects', count: 0, percent: 0 },
          { type: 'risks', count: 0, percent: 0 },
        ],
      },
      velocity: {
        iterations: [{ number: 1, name: 'Iteration 1', items: 0, points: 0, finished: false }],
        headline: { name: 'Iteration 1', items: 0, points: 0, finished: false },
      },
      time: { items: 0, medianDays: null, p85Days: null, histogram: NO_HISTOGRAM },
      load: { now: 0, trend: trend(), direction: 'steady' },
      efficiency: { items: 0, percent: null },
      predictability: NO_OBJECTIVES,
    });
  });

  it('is undefined for an unknown train, and has no PI metrics for a train without a PI', async () => {
    expect(await load(THURSDAY, 'ghosts')).toBeUndefined();
    await backend.db.insertInto('trains').values({ slug: 'idle', name: 'Idle', time_zone: 'UTC' }).execute();
    expect(await load(THURSDAY, 'idle')).toMatchObject({
      pi: null,
      distribution: { total: 0 },
      velocity: { iterations: [], headline: null },
      time: { items: 0, medianDays: null },
      load: { now: 0, direction: 'steady' },
      efficiency: { percent: null },
      predictability: NO_OBJECTIVES,
    });
  });

  it('one done item, blocked for a day on the way', async () => {
    await send(
      change('A', 'To Do', '2025-03-24T08:00:00Z'),
      change('A', 'In Progress', '2025-03-24T09:00:00Z'),
      change('A', 'Blocked', '2025-03-25T09:00:00Z'),
      change('A', 'In Progress', '2025-03-26T09:00:00Z'),
      change('A', 'Done', '2025-03-26T21:00:00Z'),
    );
    const dto = await load();
    expect(dto).toMatchObject({
      distribution: { total: 1, types: [{ type: 'features', count: 1, percent: 100 }, { percent: 0 }, { percent: 0 }, { percent: 0 }] },
      velocity: { iterations: [{ number: 1, items: 1, points: 3, finished: false }] },
      // Started Mon 09:00Z, done Wed 21:00Z: 2.5 d.
      time: { items: 1, medianDays: 2.5, p85Days: 2.5, histogram: histogram(0, 1) },
      // Active 24 h (Mon 09:00 → Tue 09:00) + 12 h (Wed 09:00 → 21:00) = 1.5 d of 2.5 d = 60 %.
      efficiency: { items: 1, percent: 60 },
      // End of Mon 24 (midnight CET = 23:00Z): active. End of Tue 25: blocked, still in progress. Done Wed 21:00Z.
      load: { now: 0, trend: trend(0, 0, 0, 0, 0, 0, 1, 1, 0, 0), direction: 'steady' },
    });
  });

  it('a reopened item counts once, done when it was last done, with both active spells', async () => {
    await send(
      change('B', 'In Progress', '2025-03-24T09:00:00Z', { kind: 'defect' }),
      change('B', 'Done', '2025-03-25T09:00:00Z', { kind: 'defect' }),
      change('B', 'In Progress', '2025-03-26T09:00:00Z', { kind: 'defect' }),
    );
    // Reopened: not done in the PI at all for now; in progress at the end of Mon 24 and again since Wed 26 09:00Z.
    expect(await load()).toMatchObject({
      velocity: { iterations: [{ items: 0 }] },
      time: { items: 0, medianDays: null },
      load: { now: 1, trend: trend(0, 0, 0, 0, 0, 0, 1, 0, 1, 1), direction: 'steady' },
    });

    await send(change('B', 'Done', '2025-03-26T15:00:00Z', { kind: 'defect' }));
    expect(await load()).toMatchObject({
      distribution: { total: 1, types: [{ count: 0 }, { count: 0 }, { type: 'defects', count: 1, percent: 100 }, { count: 0 }] },
      velocity: { iterations: [{ items: 1, points: 3 }] },
      // Mon 09:00Z → Wed 15:00Z = 2.25 d, shown as 2.3 (one decimal).
      time: { items: 1, medianDays: 2.3, p85Days: 2.3, histogram: histogram(0, 1) },
      // Active 24 h + 6 h = 30 h of 54 h = 55.6 %.
      efficiency: { percent: 56 },
      load: { now: 0, trend: trend(0, 0, 0, 0, 0, 0, 1, 0, 0, 0) },
    });
  });

  it('items moved between teams count once for the train; one moved to another train counts there', async () => {
    await send(
      change('C', 'In Progress', '2025-03-24T09:00:00Z'),
      change('C', 'In Progress', '2025-03-25T09:00:00Z', { team: 'badgers' }),
      change('C', 'Done', '2025-03-26T09:00:00Z', { team: 'badgers' }),
      change('D', 'In Progress', '2025-03-24T09:00:00Z'),
      change('D', 'In Progress', '2025-03-25T21:00:00Z', { team: 'pumas', iteration: '26.1-1' }),
    );
    expect(await load()).toMatchObject({
      distribution: { total: 1 }, // C; D is south's now
      velocity: { iterations: [{ items: 1 }] },
      time: { items: 1, medianDays: 2, p85Days: 2 }, // C: Mon 09:00Z → Wed 09:00Z, active all along
      efficiency: { percent: 100 },
      // End of Mon 24: C and D in progress with otters. End of Tue 25: C with badgers; D left for south at 21:00Z.
      load: { now: 0, trend: trend(0, 0, 0, 0, 0, 0, 2, 1, 0, 0) },
    });
    // At the end of Tue 25 in São Paulo (UTC−3: Wed 03:00Z) D is in progress with pumas.
    expect(await load('2025-03-27T12:00:00-03:00', 'south')).toMatchObject({
      distribution: { total: 1 },
      load: { now: 1, trend: trend(0, 0, 0, 0, 0, 0, 0, 1, 1, 1) },
    });
  });

  it('flow time median and 85th percentile over items done in the PI, in the train\'s zone', async () => {
    // Flow times 1, 2, 3, 4 and 10 days, all done Wed 26 at 12:00Z.
    const doneAt = '2025-03-26T12:00:00Z';
    const startedDaysBefore = [1, 2, 3, 4, 10];
    await send(
      ...startedDaysBefore.flatMap((days, index) => [
        change(`T${index}`, 'In Progress', new Date(Date.parse(doneAt) - days * DAY * 1000).toISOString(), { iteration: null }),
        change(`T${index}`, 'Done', doneAt, { iteration: null }),
      ]),
      // Done at 00:30 on Mon 24 in Amsterdam (23:30Z Sunday): in the PI. Flow time 0.5 d.
      change('E', 'In Progress', '2025-03-23T11:30:00Z', { iteration: null }),
      change('E', 'Done', '2025-03-23T23:30:00Z', { iteration: null }),
      // Done at 23:30 on Sunday 23 in Amsterdam: before the PI.
      change('F', 'In Progress', '2025-03-20T22:30:00Z', { iteration: null }),
      change('F', 'Done', '2025-03-23T22:30:00Z', { iteration: null }),
    );
    // Sorted: 0.5, 1, 2, 3, 4, 10. Median: (2 + 3) / 2 = 2.5. 85th: position 0.85 × 5 = 4.25 → 4 + 0.25 × (10 − 4) = 5.5.
    expect(await load()).toMatchObject({
      distribution: { total: 0 }, // none planned into an iteration
      velocity: { iterations: [{ items: 6, points: 18 }] },
      time: { items: 6, medianDays: 2.5, p85Days: 5.5, histogram: histogram(1, 2, 2, 0, 1, 0) },
    });
  });
  it('distribution: SAFe\'s four types by kind, among items planned into the PI\'s iterations only', async () => {
    const kinds = ['story', 'Feature', 'task', 'chore', 'Spike', 'enabler', 'defect', 'Bug', 'risk'];
    await send(
      ...kinds.map((kind, index) => change(`K${index}`, 'To Do', '2025-03-24T09:00:00Z', { kind, iteration: index % 2 ? '25.1-2' : '25.1-1' })),
      change('X1', 'To Do', '2025-03-24T09:00:00Z', { iteration: null, kind: 'risk' }),
      change('X2', 'To Do', '2025-03-24T09:00:00Z', { team: 'pumas', iteration: '26.1-1', kind: 'risk' }),
    );
    // 4 features, 2 enablers, 2 defects, 1 risk of 9: 44.4, 22.2, 22.2, 11.1 → 44 + 22 + 22 + 11 = 99, the largest
    // remainder (features, .44) takes the missing point.
    expect((await load())?.distribution).toEqual({
      total: 9,
      types: [
        { type: 'features', count: 4, percent: 45 },
        { type: 'enablers', count: 2, percent: 22 },
        { type: 'defects', count: 2, percent: 22 },
        { type: 'risks', count: 1, percent: 11 },
      ],
    });
  });

  it('velocity per started iteration by done date in the train\'s zone; the headline is the last finished one', async () => {
    await send(
      // Fri 4 Apr 23:30 CEST (21:30Z): the last evening of iteration 1.
      change('V1', 'Done', '2025-04-04T21:30:00Z', { points: 5 }),
      change('V2', 'Done', '2025-03-25T10:00:00Z', { points: null }),
      // Sat 5 Apr: between the iterations, in neither (but done in the PI).
      change('V3', 'Done', '2025-04-05T10:00:00Z'),
      // Mon 7 Apr 00:30 CEST (Sun 22:30Z): iteration 2.
      change('V4', 'Done', '2025-04-06T22:30:00Z', { points: 2 }),
    );
    expect((await load('2025-04-09T12:00:00+02:00'))?.velocity).toEqual({
      iterations: [
        { number: 1, name: 'Iteration 1', items: 2, points: 5, finished: true },
        { number: 2, name: 'Iteration 2', items: 1, points: 2, finished: false },
      ],
      headline: { name: 'Iteration 1', items: 2, points: 5, finished: true },
    });
    expect((await load('2025-04-09T12:00:00+02:00'))?.time.items).toBe(4);
  });

  it('the current PI: the one holding today, else the latest started, else the next', async () => {
    await backend.db
      .insertInto('program_increments')
      .values([
        { train_id: north.trainId, name: '25.2', start_date: '2025-04-28', end_date: '2025-06-20' },
        { train_id: north.trainId, name: '24.4', start_date: '2025-01-06', end_date: '2025-03-14' },
      ])
      .execute();
    const piOn = async (now: string) => (await load(now))?.pi?.name;
    expect(await piOn('2025-03-27T12:00:00+01:00')).toBe('25.1');
    expect(await piOn('2025-03-19T12:00:00+01:00')).toBe('24.4'); // between PIs: the latest started
    expect(await piOn('2025-04-22T12:00:00+02:00')).toBe('25.1');
    expect(await piOn('2025-05-02T12:00:00+02:00')).toBe('25.2');
    expect(await piOn('2024-12-01T12:00:00+01:00')).toBe('24.4'); // before all: the next
    // 25.2 has no iterations: nothing started, nothing to head the velocity.
    expect((await load('2025-05-02T12:00:00+02:00'))?.velocity).toEqual({ iterations: [], headline: null });
  });

  it('predictability: Σ actual over Σ planned BV of the rated committed objectives of all teams', async () => {
    const pi = north.piId;
    await insertObjective(backend.db, north.teamId('otters'), pi, 'O1', true, 10, 7);
    await insertObjective(backend.db, north.teamId('otters'), pi, 'O2', true, 4, null);
    await insertObjective(backend.db, north.teamId('badgers'), pi, 'B1', true, 5, 4);
    await insertObjective(backend.db, north.teamId('badgers'), pi, 'B2', false, 3, 2);
    // (7 + 4 + 2 uncommitted) / (10 + 5) = 13 / 15 = 86.7 % → 87 %, within 80-100; O2 is not rated yet.
    expect((await load())?.predictability).toEqual({ percent: 87, state: 'predictable', rated: 3, total: 4, target: { low: 80, high: 100 } });
  });

  it('WIP trend across days: active and waiting both count; a change at a day\'s midnight counts from the next day', async () => {
    await send(
      change('W1', 'In Progress', '2025-03-17T09:00:00Z'), // Mon 17, done Fri 21 10:00Z
      change('W1', 'Done', '2025-03-21T10:00:00Z'),
      change('W2', 'Blocked', '2025-03-18T12:00:00Z'), // waiting since Tue 18
      change('W3', 'In Progress', '2025-03-19T12:00:00Z'), // Wed 19, back to "To Do" on Thu 20
      change('W3', 'To Do', '2025-03-20T12:00:00Z'),
      change('W4', 'In Progress', '2025-03-22T10:00:00Z'), // Saturday 22: after Friday's end, so from Monday's
      change('W5', 'In Progress', '2025-03-25T23:00:00Z'), // Wed 26 00:00 CET, exactly the end of Tue 25
      change('W6', 'In Progress', '2025-03-27T10:00:00Z'), // today
    );
    // End of:       Fri14 Mon17 Tue18 Wed19 Thu20 Fri21 Mon24 Tue25 Wed26 Thu27(now)
    // W1 active        .     1     1     1     1     .     .     .     .     .
    // W2 waiting       .     .     1     1     1     1     1     1     1     1
    // W3 active        .     .     .     1     .     .     .     .     .     .
    // W4 (Sat)         .     .     .     .     .     .     1     1     1     1
    // W5 (midnight)    .     .     .     .     .     .     .     .     1     1
    // W6 (today)       .     .     .     .     .     .     .     .     .     1
    expect((await load())?.load).toEqual({ now: 4, trend: trend(0, 1, 2, 3, 2, 1, 2, 2, 3, 4), direction: 'rising' });
  });
});

/** A PI objective straight into the table. */
async function insertObjective(db: Kysely<Database>, teamId: number, piId: number, key: string, committed: boolean, planned: number, actual: number | null) {
  await db
    .insertInto('pi_objectives')
    .values({ key, team_id: teamId, pi_id: piId, title: key, committed, planned_value: planned, actual_value: actual, changed_at: new Date() })
    .execute();
}
