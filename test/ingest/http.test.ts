import { beforeEach, describe, expect, it } from 'vitest';
import { handleIngestRequest } from '../../lib/ingest/http';
import { describeEachBackend, type TestDatabase } from '../support/databases';
import { insertTrain, upserted, type ItemChange, type TrainFixture } from '../support/fixtures';
import { testRuntime, type TestRuntime } from '../support/runtime';

const ENDPOINT = 'http://localhost/api/v1/events';
const NORTH_KEYS = ['train-burndown:north:points', 'train-burndown:north:hours', 'pi-burnup:north:points', 'flow:north'];
const OTTERS_KEYS = ['burndown:otters:points', 'burndown:otters:hours', ...NORTH_KEYS];
const BADGERS_KEYS = ['burndown:badgers:points', 'burndown:badgers:hours'];

const change = (over: Partial<ItemChange> & Pick<ItemChange, 'key' | 'at'>): ItemChange => ({
  team: 'otters',
  iteration: '25.1-1',
  status: 'To Do',
  points: 3,
  hours: 6,
  ...over,
});
const batch = (...changes: ItemChange[]) => ({ events: changes.map(upserted) });

function post(body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function rowCounts(backend: TestDatabase) {
  const count = async (table: 'work_items' | 'work_item_changes' | 'ingested_events') =>
    Number((await backend.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  return { items: await count('work_items'), changes: await count('work_item_changes'), events: await count('ingested_events') };
}
const NOTHING = { items: 0, changes: 0, events: 0 };

describeEachBackend('POST /api/v1/events', (backend) => {
  let runtime: TestRuntime;
  let north: TrainFixture;
  const send = (request: Request) => handleIngestRequest(request, runtime);
  const item = (key: string) => backend.db.selectFrom('work_items').selectAll().where('key', '=', key).executeTakeFirstOrThrow();
  const history = (key: string) =>
    backend.db
      .selectFrom('work_item_changes')
      .innerJoin('work_items', 'work_items.id', 'work_item_changes.work_item_id')
      .select(['work_item_changes.event_id', 'work_item_changes.status_category', 'work_item_changes.points'])
      .where('work_items.key', '=', key)
      .orderBy('work_item_changes.occurred_at')
      .execute();

  beforeEach(async () => {
    runtime = testRuntime(backend);
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

  describe('a good batch', () => {
    const good = batch(
      change({ key: 'SIG-1', status: 'In Progress', points: 5, hours: 8, at: '2025-03-25T10:00:00+01:00' }),
      change({ key: 'SIG-2', status: 'Done', points: 2, hours: 0, iteration: null, at: '2025-03-25T11:00:00Z' }),
    );

    it('is stored: 200 with the counts, the items, their history, then the team panels are published', async () => {
      const response = await send(post(good, { 'content-type': 'application/json; charset=utf-8' }));
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.json()).toEqual({ stored: 2, duplicates: 0 });

      expect(await item('SIG-1')).toMatchObject({
        team_id: north.teamId('otters'),
        iteration_id: north.iterationId('25.1-1'),
        title: 'Item SIG-1',
        kind: 'story',
        status: 'In Progress',
        status_category: 'active',
        points: 5,
        hours_remaining: 8,
        changed_at: new Date('2025-03-25T09:00:00Z'),
      });
      expect(await item('SIG-2')).toMatchObject({ iteration_id: null, status_category: 'done', points: 2, hours_remaining: 0 });
      expect(await rowCounts(backend)).toEqual({ items: 2, changes: 2, events: 2 });
      expect(runtime.publisher.published).toEqual([OTTERS_KEYS]);
    });

    it('sent again changes nothing: all duplicates, no new rows, nothing published', async () => {
      await send(post(good));
      const response = await send(post(good));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ stored: 0, duplicates: 2 });
      expect(await rowCounts(backend)).toEqual({ items: 2, changes: 2, events: 2 });
      expect(runtime.publisher.published).toEqual([OTTERS_KEYS]);
    });

    it('moving an item to another team publishes the panels of both teams', async () => {
      await send(post(good));
      await send(post(batch(change({ key: 'SIG-1', team: 'badgers', at: '2025-03-26T10:00:00+01:00' }))));
      expect(runtime.publisher.published).toHaveLength(2);
      const [first, second = []] = runtime.publisher.published;
      expect(first).toEqual(OTTERS_KEYS);
      expect([...second].sort()).toEqual([...OTTERS_KEYS, ...BADGERS_KEYS].sort());
      expect((await item('SIG-1')).team_id).toBe(north.teamId('badgers'));
    });
  });

  describe('a refused batch stores nothing', () => {
    it('400 with the exact path of the one bad field', async () => {
      const body = batch(change({ key: 'SIG-1', at: '2025-03-25T10:00:00Z' }), change({ key: 'SIG-2', at: '2025-03-25T10:00:00Z' }));
      (body.events[1]!.data as Record<string, unknown>).points = 'five';
      const response = await send(post(body));
      expect(response.status).toBe(400);
      const answer = await response.json();
      expect(answer.error).toBe('invalid_batch');
      expect(answer.issues).toEqual([{ path: 'events.1.data.points', message: expect.stringContaining('expected number') }]);
      expect(await rowCounts(backend)).toEqual(NOTHING);
      expect(runtime.publisher.published).toEqual([]);
    });

    it('422 naming an unknown team', async () => {
      const response = await send(
        post(batch(change({ key: 'SIG-1', at: '2025-03-25T10:00:00Z' }), change({ key: 'SIG-2', team: 'ghosts', at: '2025-03-25T10:00:00Z' }))),
      );
      expect(response.status).toBe(422);
      expect(await response.json()).toMatchObject({
        error: 'unknown_reference',
        issues: [{ path: 'events.1.data.team', message: 'unknown team "ghosts"' }],
      });
      expect(await rowCounts(backend)).toEqual(NOTHING);
      expect(runtime.publisher.published).toEqual([]);
    });

    it('422 naming an unknown iteration, also one that exists only in another train', async () => {
      const response = await send(
        post(
          batch(
            change({ key: 'SIG-1', iteration: '25.9-9', at: '2025-03-25T10:00:00Z' }),
            change({ key: 'SIG-2', iteration: '26.1-1', at: '2025-03-25T10:00:00Z' }),
          ),
        ),
      );
      expect(response.status).toBe(422);
      expect((await response.json()).issues).toEqual([
        { path: 'events.0.data.iteration', message: 'unknown iteration "25.9-9" in the train of team "otters"' },
        { path: 'events.1.data.iteration', message: 'unknown iteration "26.1-1" in the train of team "otters"' },
      ]);
      expect(await rowCounts(backend)).toEqual(NOTHING);
    });

    it('400 for a body that is not JSON', async () => {
      const response = await send(post('{"events": ['));
      expect(response.status).toBe(400);
      expect((await response.json()).error).toBe('invalid_json');
    });

    it('415 for a body that is not declared as JSON', async () => {
      const body = JSON.stringify(batch(change({ key: 'SIG-1', at: '2025-03-25T10:00:00Z' })));
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/jsonp']) {
        const response = await send(post(body, { 'content-type': type }));
        expect(response.status).toBe(415);
        expect((await response.json()).error).toBe('unsupported_media_type');
      }
      const untyped = await send(new Request(ENDPOINT, { method: 'POST', body: new Blob([body]) }));
      expect(untyped.status).toBe(415);
      expect(await rowCounts(backend)).toEqual(NOTHING);
    });
  });

  describe('body size', () => {
    const LIMIT = 1_000_000;
    // A valid batch padded with JSON whitespace: only its size can make it fail.
    const padded = (bytes: number) => {
      const json = JSON.stringify(batch(change({ key: 'SIG-1', at: '2025-03-25T10:00:00Z' })));
      return json + ' '.repeat(bytes - Buffer.byteLength(json));
    };

    it('413 for more than 1 MB declared in content-length', async () => {
      const body = padded(LIMIT + 1);
      const response = await send(post(body, { 'content-length': String(Buffer.byteLength(body)) }));
      expect(response.status).toBe(413);
      expect((await response.json()).error).toBe('payload_too_large');
      expect(await rowCounts(backend)).toEqual(NOTHING);
    });

    /** A 5 MB body of spaces in 100 kB chunks, counting how many chunks were read. */
    function streamedRequest(headers: Record<string, string> = {}) {
      const read = { chunks: 0 };
      const chunk = new TextEncoder().encode(' '.repeat(100_000));
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          read.chunks += 1;
          if (read.chunks > 50) controller.close();
          else controller.enqueue(chunk);
        },
      });
      const init: RequestInit & { duplex: 'half' } = {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
        duplex: 'half',
      };
      return { request: new Request(ENDPOINT, init), read };
    }

    it('413 for more than 1 MB streamed without a content-length, stopping soon after the limit', async () => {
      const { request, read } = streamedRequest();
      expect(request.headers.get('content-length')).toBeNull();
      const response = await send(request);
      expect(response.status).toBe(413);
      expect(read.chunks).toBeGreaterThanOrEqual(11);
      expect(read.chunks).toBeLessThan(15);
      expect(await rowCounts(backend)).toEqual(NOTHING);
    });

    it('413 for a declared content-length over 1 MB before reading any of the body', async () => {
      const { request, read } = streamedRequest({ 'content-length': '5000000' });
      const response = await send(request);
      expect(response.status).toBe(413);
      expect(read.chunks).toBeLessThanOrEqual(1); // a stream may pull one chunk ahead on its own
    });

    it('accepts a batch of exactly 1 MB', async () => {
      const body = padded(LIMIT);
      const response = await send(post(body, { 'content-length': String(Buffer.byteLength(body)) }));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ stored: 1, duplicates: 0 });
    });
  });

  describe('with an ingest token', () => {
    const TOKEN = 'test-ingest-token-0123456789';
    const body = batch(change({ key: 'SIG-1', at: '2025-03-25T10:00:00Z' }));

    it('401 without the bearer token or with a wrong one, 200 with it', async () => {
      runtime = testRuntime(backend, { ingestToken: TOKEN });
      const wrong: Record<string, string>[] = [{}, { authorization: `Bearer ${TOKEN}x` }, { authorization: TOKEN }, { authorization: 'Bearer ' }];
      for (const headers of wrong) {
        const response = await send(post(body, headers));
        expect(response.status).toBe(401);
        expect((await response.json()).error).toBe('unauthorized');
      }
      expect(await rowCounts(backend)).toEqual(NOTHING);

      const response = await send(post(body, { authorization: `Bearer ${TOKEN}` }));
      expect(response.status).toBe(200);
      expect(await rowCounts(backend)).toEqual({ items: 1, changes: 1, events: 1 });
    });
  });

  describe('ordering and repeats', () => {
    it('an older event arriving after a newer one joins the history but does not overwrite the current state', async () => {
      await send(post(batch(change({ key: 'SIG-1', id: 'newer', status: 'Done', points: 5, at: '2025-03-26T10:00:00Z' }))));
      const response = await send(post(batch(change({ key: 'SIG-1', id: 'older', status: 'In Progress', points: 3, at: '2025-03-25T10:00:00Z' }))));
      expect(await response.json()).toEqual({ stored: 1, duplicates: 0 });
      expect(await item('SIG-1')).toMatchObject({ status: 'Done', status_category: 'done', points: 5, changed_at: new Date('2025-03-26T10:00:00Z') });
      expect(await history('SIG-1')).toEqual([
        { event_id: 'older', status_category: 'active', points: 3 },
        { event_id: 'newer', status_category: 'done', points: 5 },
      ]);
    });

    it.each([
      ['older first', ['first', 'second']],
      ['newer first', ['second', 'first']],
    ])('two events for one key in one batch (%s): the newer one is the current state, both are history', async (_, order) => {
      const events = {
        first: change({ key: 'SIG-1', id: 'first', status: 'To Do', points: 5, at: '2025-03-25T09:00:00Z' }),
        second: change({ key: 'SIG-1', id: 'second', status: 'In Review', points: 3, at: '2025-03-25T15:00:00Z' }),
      };
      const response = await send(post(batch(...order.map((name) => events[name as keyof typeof events]))));
      expect(await response.json()).toEqual({ stored: 2, duplicates: 0 });
      expect(await item('SIG-1')).toMatchObject({ status: 'In Review', status_category: 'active', points: 3 });
      expect(await history('SIG-1')).toEqual([
        { event_id: 'first', status_category: 'not_started', points: 5 },
        { event_id: 'second', status_category: 'active', points: 3 },
      ]);
      expect(await rowCounts(backend)).toEqual({ items: 1, changes: 2, events: 2 });
    });

    it('a duplicate id within one batch is stored once and counted as a duplicate', async () => {
      const event = change({ key: 'SIG-1', id: 'same', at: '2025-03-25T09:00:00Z' });
      const response = await send(post(batch(event, event)));
      expect(await response.json()).toEqual({ stored: 1, duplicates: 1 });
      expect(await rowCounts(backend)).toEqual({ items: 1, changes: 1, events: 1 });
    });
  });
});
