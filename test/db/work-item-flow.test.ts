import { sql } from 'kysely';
import { beforeEach, expect, it } from 'vitest';
import { describeEachBackend } from '../support/databases';
import { applyInTransaction, insertTrain, upserted, type ItemChange, type TrainFixture } from '../support/fixtures';

const HOUR = 3_600;
const DAY = 24 * HOUR;

const change = (key: string, status: string, at: string, over: Partial<ItemChange> = {}) =>
  upserted({ key, team: 'otters', iteration: '25.1-1', status, at, points: 3, ...over });

// Flow facts as refreshItemHistory keeps them, after each write through the real ingest path. Times are UTC.
describeEachBackend('work item flow facts', (backend) => {
  let north: TrainFixture;
  const send = (...events: ReturnType<typeof change>[]) => applyInTransaction(backend.db, events);
  const facts = (key: string) =>
    backend.db
      .selectFrom('work_items')
      .select(['team_id', 'status_category', 'started_at', 'done_at', 'active_seconds'])
      .where('key', '=', key)
      .executeTakeFirstOrThrow();
  const spans = async (key: string) =>
    (
      await backend.db
        .selectFrom('work_item_changes')
        .innerJoin('work_items', 'work_items.id', 'work_item_changes.work_item_id')
        // Each driver reads 'infinity' its own way: compare it in SQL.
        .select(['work_item_changes.occurred_at', 'work_item_changes.status_category', sql<Date | null>`nullif(work_item_changes.valid_to, 'infinity')`.as('until')])
        .where('work_items.key', '=', key)
        .orderBy('work_item_changes.occurred_at')
        .execute()
    ).map((s) => [s.status_category, s.occurred_at.toISOString(), s.until ? new Date(s.until).toISOString() : 'infinity']);

  beforeEach(async () => {
    north = await insertTrain(backend.db, {
      slug: 'north',
      timeZone: 'Europe/Amsterdam',
      teams: ['otters', 'badgers'],
      pi: { name: '25.1', startDate: '2025-03-24', endDate: '2025-04-18' },
      iterations: [{ code: '25.1-1', startDate: '2025-03-24', endDate: '2025-04-04' }],
    });
  });

  it('not started yet: no facts', async () => {
    await send(change('A', 'To Do', '2025-03-24T09:00:00Z'));
    expect(await facts('A')).toMatchObject({ started_at: null, done_at: null, active_seconds: 0 });
  });

  it('started then done: active from start to done', async () => {
    await send(
      change('A', 'To Do', '2025-03-24T09:00:00Z'),
      change('A', 'In Progress', '2025-03-25T09:00:00Z'),
      change('A', 'Done', '2025-03-27T09:00:00Z'),
    );
    expect(await facts('A')).toMatchObject({
      status_category: 'done',
      started_at: new Date('2025-03-25T09:00:00Z'),
      done_at: new Date('2025-03-27T09:00:00Z'),
      active_seconds: 2 * DAY, // Tue 09:00 → Thu 09:00
    });
    expect(await spans('A')).toEqual([
      ['not_started', '2025-03-24T09:00:00.000Z', '2025-03-25T09:00:00.000Z'],
      ['active', '2025-03-25T09:00:00.000Z', '2025-03-27T09:00:00.000Z'],
      ['done', '2025-03-27T09:00:00.000Z', 'infinity'],
    ]);
  });

  it('while in progress, active time counts up to the latest change only', async () => {
    await send(change('A', 'In Progress', '2025-03-24T09:00:00Z'), change('A', 'In Review', '2025-03-24T15:00:00Z'));
    // The first active span lasted 6 h; the latest one has no end yet, so it adds nothing.
    expect(await facts('A')).toMatchObject({ started_at: new Date('2025-03-24T09:00:00Z'), done_at: null, active_seconds: 6 * HOUR });
  });

  it('reopened: no done_at while reopened; then done_at is the last done, and both active spells count', async () => {
    await send(change('A', 'In Progress', '2025-03-24T10:00:00Z'), change('A', 'Done', '2025-03-25T10:00:00Z'));
    expect(await facts('A')).toMatchObject({ done_at: new Date('2025-03-25T10:00:00Z'), active_seconds: DAY });

    await send(change('A', 'In Progress', '2025-03-26T10:00:00Z'));
    // Reopened: not done, so no done_at; the day spent done (Tue 10:00 → Wed 10:00) is not active.
    expect(await facts('A')).toMatchObject({ status_category: 'active', started_at: new Date('2025-03-24T10:00:00Z'), done_at: null, active_seconds: DAY });

    await send(change('A', 'Done', '2025-03-26T16:00:00Z'));
    expect(await facts('A')).toMatchObject({
      status_category: 'done',
      started_at: new Date('2025-03-24T10:00:00Z'),
      done_at: new Date('2025-03-26T16:00:00Z'),
      active_seconds: DAY + 6 * HOUR, // 24 h in the first spell + 6 h (Wed 10:00 → 16:00) in the second
    });
  });

  it('done then closed: done_at is when the final run of done began', async () => {
    await send(change('A', 'In Progress', '2025-03-24T09:00:00Z'), change('A', 'Done', '2025-03-24T10:00:00Z'), change('A', 'Closed', '2025-03-24T12:00:00Z'));
    expect(await facts('A')).toMatchObject({ done_at: new Date('2025-03-24T10:00:00Z'), active_seconds: HOUR });
  });

  it('waiting spells are not active', async () => {
    await send(
      change('A', 'In Progress', '2025-03-24T09:00:00Z'),
      change('A', 'Blocked', '2025-03-24T12:00:00Z'),
      change('A', 'In Progress', '2025-03-25T09:00:00Z'),
      change('A', 'Done', '2025-03-25T11:00:00Z'),
    );
    expect(await facts('A')).toMatchObject({
      started_at: new Date('2025-03-24T09:00:00Z'),
      done_at: new Date('2025-03-25T11:00:00Z'),
      active_seconds: 5 * HOUR, // 3 h (Mon 09:00 → 12:00) + 2 h (Tue 09:00 → 11:00); the 21 h blocked do not count
    });
  });

  it('a waiting item has started', async () => {
    await send(change('A', 'To Do', '2025-03-24T09:00:00Z'), change('A', 'Blocked', '2025-03-24T11:00:00Z'));
    expect(await facts('A')).toMatchObject({ started_at: new Date('2025-03-24T11:00:00Z'), done_at: null, active_seconds: 0 });
  });

  it('straight to done without being active: started and done at once, no active time', async () => {
    await send(change('A', 'To Do', '2025-03-24T09:00:00Z'), change('A', 'Done', '2025-03-25T09:00:00Z'));
    expect(await facts('A')).toMatchObject({ started_at: new Date('2025-03-25T09:00:00Z'), done_at: new Date('2025-03-25T09:00:00Z'), active_seconds: 0 });
    await send(change('B', 'Done', '2025-03-26T09:00:00Z'));
    expect(await facts('B')).toMatchObject({ started_at: new Date('2025-03-26T09:00:00Z'), done_at: new Date('2025-03-26T09:00:00Z'), active_seconds: 0 });
  });

  it('out-of-order delivery: a late event in the middle splits the spans and moves the facts', async () => {
    await send(change('A', 'To Do', '2025-03-24T09:00:00Z'), change('A', 'Done', '2025-03-27T09:00:00Z'));
    expect(await facts('A')).toMatchObject({ started_at: new Date('2025-03-27T09:00:00Z'), active_seconds: 0 });

    await send(change('A', 'In Progress', '2025-03-25T09:00:00Z'));
    expect(await facts('A')).toMatchObject({
      status_category: 'done', // the late event is older than the stored state, which stays
      started_at: new Date('2025-03-25T09:00:00Z'),
      done_at: new Date('2025-03-27T09:00:00Z'),
      active_seconds: 2 * DAY,
    });
    expect(await spans('A')).toEqual([
      ['not_started', '2025-03-24T09:00:00.000Z', '2025-03-25T09:00:00.000Z'],
      ['active', '2025-03-25T09:00:00.000Z', '2025-03-27T09:00:00.000Z'],
      ['done', '2025-03-27T09:00:00.000Z', 'infinity'],
    ]);

    await send(change('A', 'Blocked', '2025-03-26T03:00:00Z'));
    // Active Tue 09:00 → Wed 03:00 = 18 h; blocked from then until done.
    expect(await facts('A')).toMatchObject({ done_at: new Date('2025-03-27T09:00:00Z'), active_seconds: 18 * HOUR });
  });

  it('a late "done" before a newer reopen does not make the item done', async () => {
    await send(change('A', 'In Progress', '2025-03-24T09:00:00Z'), change('A', 'In Progress', '2025-03-26T09:00:00Z', { id: 'A-reopen' }));
    await send(change('A', 'Done', '2025-03-25T09:00:00Z'));
    // Active Mon 09:00 → Tue 09:00 = 24 h, done Tue 09:00 → Wed 09:00 (not active), active again since.
    expect(await facts('A')).toMatchObject({ status_category: 'active', done_at: null, active_seconds: DAY });
  });

  it('an item moved between teams keeps its facts', async () => {
    await send(change('A', 'In Progress', '2025-03-24T09:00:00Z'));
    await send(change('A', 'In Progress', '2025-03-25T09:00:00Z', { team: 'badgers' }));
    await send(change('A', 'Done', '2025-03-26T09:00:00Z', { team: 'badgers' }));
    expect(await facts('A')).toMatchObject({
      team_id: north.teamId('badgers'),
      started_at: new Date('2025-03-24T09:00:00Z'),
      done_at: new Date('2025-03-26T09:00:00Z'),
      active_seconds: 2 * DAY, // a day with otters, a day with badgers
    });
  });

  it('a resent event changes nothing', async () => {
    const events = [change('A', 'In Progress', '2025-03-24T09:00:00Z'), change('A', 'Done', '2025-03-24T21:00:00Z')];
    await send(...events);
    await send(...events);
    expect(await facts('A')).toMatchObject({ done_at: new Date('2025-03-24T21:00:00Z'), active_seconds: 12 * HOUR });
  });

  it('refreshes only the items a batch touched', async () => {
    await send(change('A', 'In Progress', '2025-03-24T09:00:00Z'), change('A', 'Done', '2025-03-24T10:00:00Z'));
    await send(change('B', 'In Progress', '2025-03-24T09:00:00Z'), change('B', 'Done', '2025-03-24T11:00:00Z'));
    expect(await facts('A')).toMatchObject({ active_seconds: HOUR });
    expect(await facts('B')).toMatchObject({ active_seconds: 2 * HOUR });
  });
});
