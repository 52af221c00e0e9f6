import { beforeEach, expect, it } from 'vitest';
import { handleIngestRequest } from '../../lib/ingest/http';
import { describeEachBackend } from '../support/databases';
import { insertTrain } from '../support/fixtures';
import { insertDisplayPrincipal } from '../support/principals';
import { testRuntime, type TestRuntime } from '../support/runtime';

const piEvent = (id: string, train = 'north', dates = { startDate: '2026-10-05', endDate: '2026-12-11' }) => ({
  id,
  type: 'pi.upserted',
  occurredAt: '2026-10-02T08:00:00Z',
  data: {
    train,
    name: '26.4',
    ...dates,
    iterations: [
      { code: '26.4-1', startDate: '2026-10-05', endDate: '2026-10-16' },
      { code: '26.4-IP', kind: 'ip', startDate: '2026-11-30', endDate: '2026-12-11' },
    ],
  },
});
const entryEvent = (id: string, train = 'north', dates = { startDate: '2026-12-14', endDate: '2026-12-15' }) => ({
  id,
  type: 'calendar_event.upserted',
  occurredAt: '2026-10-02T08:00:00Z',
  data: { train, key: 'planning-27.1', kind: 'pi_planning', title: 'PI planning 27.1', ...dates },
});

const post = (events: unknown[]) =>
  new Request('http://localhost/api/v1/events', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ events }) });

describeEachBackend('POST /api/v1/events with PIs and calendar entries', (backend) => {
  let runtime: TestRuntime;
  let north: Awaited<ReturnType<typeof insertTrain>>;
  const send = (events: unknown[]) => handleIngestRequest(post(events), runtime);
  const count = async (table: 'iterations' | 'calendar_events' | 'program_increments') =>
    Number((await backend.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  beforeEach(async () => {
    runtime = testRuntime(backend);
    north = await insertTrain(backend.db, {
      slug: 'north',
      timeZone: 'Europe/Amsterdam',
      teams: ['otters'],
      pi: { name: '26.3', startDate: '2026-07-06', endDate: '2026-09-25' },
      iterations: [],
    });
  });

  it('a calendar change sends the train\'s displays their new configuration (cadence-aware schedules may switch)', async () => {
    const display = await insertDisplayPrincipal(backend.db, north.trainId, 'Team room');
    expect((await send([entryEvent('cal-1')])).status).toBe(200);
    await expect
      .poll(() => runtime.io.emitted.filter((e) => e.event === 'display-config').map((e) => e.room))
      .toEqual([`display:${display.displayId}`]);
  });

  it('200: stores the PI, its iterations and the entry, and publishes the train panels and its header', async () => {
    const response = await send([piEvent('pi-1'), entryEvent('cal-1')]);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ stored: 2, duplicates: 0 });
    expect({ pis: await count('program_increments'), iterations: await count('iterations'), entries: await count('calendar_events') }).toEqual({
      pis: 2,
      iterations: 2,
      entries: 1,
    });
    expect(runtime.publisher.published).toHaveLength(1);
    expect(runtime.publisher.published[0]).toEqual(expect.arrayContaining(['cadence:north', 'burndown:otters:points', 'train-burndown:north:points']));
  });

  it('the same events sent again are duplicates: nothing changes, nothing is published', async () => {
    await send([piEvent('pi-1'), entryEvent('cal-1')]);
    const again = await send([piEvent('pi-1'), entryEvent('cal-1')]);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ stored: 0, duplicates: 2 });
    expect(await count('iterations')).toBe(2);
    expect(await count('calendar_events')).toBe(1);
    expect(runtime.publisher.published).toHaveLength(1);
  });

  it('422 naming the unknown train; nothing of the batch is stored', async () => {
    const response = await send([entryEvent('cal-1'), entryEvent('cal-2', 'ghost-train')]);
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ error: 'unknown_reference', issues: [{ path: 'events.1.data.train', message: 'unknown train "ghost-train"' }] });
    const pi = await send([piEvent('pi-1', 'ghost-train')]);
    expect(pi.status).toBe(422);
    expect((await pi.json()).issues).toEqual([{ path: 'events.0.data.train', message: 'unknown train "ghost-train"' }]);
    expect(await count('calendar_events')).toBe(0);
    expect(await count('program_increments')).toBe(1);
    expect(runtime.publisher.published).toEqual([]);
  });

  it('400 for dates out of order or not dates, with the path of the field', async () => {
    const reversed = await send([entryEvent('cal-1', 'north', { startDate: '2026-12-15', endDate: '2026-12-14' })]);
    expect(reversed.status).toBe(400);
    expect((await reversed.json()).issues).toEqual([{ path: 'events.0.data.endDate', message: 'startDate must not be after endDate' }]);

    const notADate = await send([piEvent('pi-1', 'north', { startDate: '2026-10-05', endDate: '11 December 2026' })]);
    expect(notADate.status).toBe(400);
    // The schema's refinements still run on the raw text, so more issues follow: the one that matters is there.
    expect((await notADate.json()).issues).toContainEqual({ path: 'events.0.data.endDate', message: 'must be a calendar date, e.g. 2026-11-24' });

    // An iteration outside its PI.
    const outside = await send([piEvent('pi-2', 'north', { startDate: '2026-10-05', endDate: '2026-11-27' })]);
    expect(outside.status).toBe(400);
    expect((await outside.json()).issues).toEqual([{ path: 'events.0.data.iterations.1', message: 'must lie within the PI' }]);
    expect(await count('calendar_events')).toBe(0);
    expect(await count('iterations')).toBe(0);
  });
});
