import type { Kysely, KyselyPlugin } from 'kysely';
import pino from 'pino';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { Database } from '../../db/schema';
import type { PanelDataMessage } from '../../lib/realtime/events';
import { createPanelPublisher, type SignalboxServer } from '../../lib/realtime/publisher';
import { insertNorthTrain } from '../support/burndown-fixture';
import { describeEachBackend } from '../support/databases';
import type { BurndownDto } from '../../lib/panels/burndown/types';
import type { PanelDto } from '../../lib/panels/types';
import { applyInTransaction, upserted } from '../support/fixtures';

const POINTS = 'burndown:otters:points';
const HOURS = 'burndown:otters:hours';
// Thursday 27 March 2025, 15:00 in Amsterdam: otters have 13 points left (see burndown-fixture.ts).
const NOW = new Date('2025-03-27T14:00:00Z');
const TTL_MS = 10_000;

/** The database, counting every query run through it. */
function counted(db: Kysely<Database>) {
  const counter = { queries: 0 };
  const plugin: KyselyPlugin = {
    transformQuery: (args) => {
      counter.queries += 1;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  return { db: db.withPlugin(plugin), counter };
}

/** A socket.io server stand-in: rooms with their number of sockets, and a record of what was emitted. */
function fakeIo(roomSizes: Record<string, number>) {
  const emitted: { room: string; event: string; message: PanelDataMessage }[] = [];
  const rooms = new Map(Object.entries(roomSizes).map(([room, size]) => [room, new Set(Array.from({ length: size }, (_, i) => `s${i}`))]));
  const io = {
    sockets: { adapter: { rooms } },
    to: (room: string) => ({
      emit: (event: string, message: PanelDataMessage) => {
        emitted.push({ room, event, message });
        return true;
      },
    }),
  };
  return { io: io as unknown as SignalboxServer, emitted };
}

// A new item of 4 points in otters' iteration, added on Thursday at 14:30: 13 points left becomes 17.
const addItem = (db: Kysely<Database>) =>
  applyInTransaction(db, [upserted({ key: 'Z', team: 'otters', iteration: '25.1-1', status: 'To Do', points: 4, at: '2025-03-27T14:30:00+01:00' })]);

const remainingOf = (data: PanelDto | undefined) => (data as BurndownDto | undefined)?.remainingNow;

describeEachBackend('panel publisher', (backend) => {
  let loaderQueries: number;
  const publisherOn = (db: Kysely<Database>) => createPanelPublisher({ db, log: pino({ level: 'silent' }), now: () => NOW, ttlMs: TTL_MS });

  beforeEach(async () => {
    await insertNorthTrain(backend.db);
    const { db, counter } = counted(backend.db);
    expect(remainingOf(await publisherOn(db).get(POINTS))).toBe(13);
    loaderQueries = counter.queries;
    expect(loaderQueries).toBeGreaterThanOrEqual(2); // team with its current iteration, then the points
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs the loader once for concurrent readers of a key, and they all get the same data', async () => {
    const { db, counter } = counted(backend.db);
    const publisher = publisherOn(db);
    const results = await Promise.all([publisher.get(POINTS), publisher.get(POINTS), publisher.get(POINTS), publisher.get(POINTS)]);
    expect(counter.queries).toBe(loaderQueries);
    expect(remainingOf(results[0])).toBe(13);
    for (const result of results) expect(result).toBe(results[0]);
  });

  it('serves from its cache until the TTL has passed, then loads again', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-01T12:00:00Z'));
    const { db, counter } = counted(backend.db);
    const publisher = publisherOn(db);
    const first = await publisher.get(POINTS);

    vi.setSystemTime(new Date(Date.now() + TTL_MS - 1));
    expect(await publisher.get(POINTS)).toBe(first);
    expect(counter.queries).toBe(loaderQueries);

    vi.setSystemTime(new Date(Date.now() + 1));
    const reloaded = await publisher.get(POINTS);
    expect(counter.queries).toBe(2 * loaderQueries);
    expect(reloaded).not.toBe(first);
    expect(reloaded).toEqual(first);
  });

  it('publish loads each watched key once and emits panel-data to its room; unwatched keys are not loaded', async () => {
    const { db, counter } = counted(backend.db);
    const publisher = publisherOn(db);
    const { io, emitted } = fakeIo({ [`panel:${POINTS}`]: 2, [`panel:${HOURS}`]: 0 });
    publisher.attach(io);

    await publisher.publish([POINTS, HOURS, 'burndown:badgers:points', POINTS]);
    expect(counter.queries).toBe(loaderQueries);
    expect(emitted).toHaveLength(1);
    expect(emitted[0]).toMatchObject({ room: `panel:${POINTS}`, event: 'panel-data', message: { key: POINTS, data: { remainingNow: 13 } } });
  });

  it('after a write, publish pushes the new data and refreshes the cache of a watched key', async () => {
    const { db, counter } = counted(backend.db);
    const publisher = publisherOn(db);
    const { io, emitted } = fakeIo({ [`panel:${POINTS}`]: 1 });
    publisher.attach(io);
    expect(remainingOf(await publisher.get(POINTS))).toBe(13);

    await addItem(backend.db);
    expect(remainingOf(await publisher.get(POINTS))).toBe(13); // cached: nobody said it changed
    await publisher.publish([POINTS]);
    expect(emitted.map((e) => remainingOf(e.message.data))).toEqual([17]);
    expect(remainingOf(await publisher.get(POINTS))).toBe(17);
    expect(counter.queries).toBe(2 * loaderQueries);
  });

  it('publish drops the cache of an unwatched key, so the next read loads the new data', async () => {
    const publisher = publisherOn(backend.db);
    publisher.attach(fakeIo({}).io);
    expect(remainingOf(await publisher.get(POINTS))).toBe(13);
    await addItem(backend.db);
    await publisher.publish([POINTS]);
    expect(remainingOf(await publisher.get(POINTS))).toBe(17);
  });

  it('a read begun before a write is not cached over it', async () => {
    const { db, counter } = counted(backend.db);
    const publisher = publisherOn(db);
    const early = publisher.get(POINTS);
    await publisher.publish([POINTS]); // no io attached: nothing is watched
    await early;
    await publisher.get(POINTS);
    expect(counter.queries).toBe(2 * loaderQueries);
  });

  it('emits nothing for a watched key whose team does not exist', async () => {
    const publisher = publisherOn(backend.db);
    const { io, emitted } = fakeIo({ 'panel:burndown:ghosts:points': 1 });
    publisher.attach(io);
    await publisher.publish(['burndown:ghosts:points']);
    expect(emitted).toEqual([]);
    expect(await publisher.get('burndown:ghosts:points')).toBeUndefined();
    expect(await publisher.get('not-a-key')).toBeUndefined();
  });
});
