import { beforeEach, expect, it } from 'vitest';
import { handleIngestRequest } from '../../lib/ingest/http';
import { describeEachBackend } from '../support/databases';
import { insertTrain, upserted } from '../support/fixtures';
import { testRuntime, type TestRuntime } from '../support/runtime';

const mapping = (id: string, train: string, status: string, category: string) => ({
  id,
  type: 'status_mapping.set',
  occurredAt: '2025-03-24T08:00:00Z',
  data: { train, status, category },
});

const post = (events: unknown[]) =>
  new Request('http://localhost/api/v1/events', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ events }),
  });

describeEachBackend('POST /api/v1/events with status mappings', (backend) => {
  let runtime: TestRuntime;
  const send = (events: unknown[]) => handleIngestRequest(post(events), runtime);
  const mappingCount = async () => Number((await backend.db.selectFrom('status_mappings').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  beforeEach(async () => {
    runtime = testRuntime(backend);
    await insertTrain(backend.db, {
      slug: 'north',
      timeZone: 'Europe/Amsterdam',
      teams: ['otters'],
      pi: { name: '25.1', startDate: '2025-03-24', endDate: '2025-04-18' },
      iterations: [{ code: '25.1-1', startDate: '2025-03-24', endDate: '2025-04-04' }],
    });
  });

  it('stores a mapping and publishes nothing; a resent one is a duplicate', async () => {
    const events = [mapping('m-1', 'north', 'Ready for UAT', 'waiting')];
    const first = await send(events);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ stored: 1, duplicates: 0 });
    expect(await (await send(events)).json()).toEqual({ stored: 0, duplicates: 1 });
    expect(await mappingCount()).toBe(1);
    expect(runtime.publisher.published).toEqual([]);
  });

  it('a mapping and an item in one batch: the item is filed under the mapped category and its panels are published', async () => {
    const response = await send([
      upserted({ key: 'N-1', team: 'otters', iteration: '25.1-1', status: 'Ready for UAT', at: '2025-03-25T10:00:00Z' }),
      mapping('m-1', 'north', 'ready for uat', 'waiting'),
    ]);
    expect(response.status).toBe(200);
    const row = await backend.db.selectFrom('work_items').select('status_category').where('key', '=', 'N-1').executeTakeFirstOrThrow();
    expect(row.status_category).toBe('waiting');
    expect(runtime.publisher.published).toHaveLength(1);
    expect(runtime.publisher.published[0]).toContain('flow:north');
  });

  it('422 naming an unknown train; nothing is stored', async () => {
    const response = await send([mapping('m-1', 'north', 'Parked', 'waiting'), mapping('m-2', 'ghost-train', 'Parked', 'waiting')]);
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({
      error: 'unknown_reference',
      issues: [{ path: 'events.1.data.train', message: 'unknown train "ghost-train"' }],
    });
    expect(await mappingCount()).toBe(0);
  });

  it('400 for a category that is not one of the four', async () => {
    const response = await send([mapping('m-1', 'north', 'Parked', 'finished')]);
    expect(response.status).toBe(400);
    expect((await response.json()).issues).toEqual([{ path: 'events.0.data.category', message: expect.any(String) }]);
    expect(await mappingCount()).toBe(0);
  });
});
