import { beforeEach, expect, it } from 'vitest';
import { handleIngestRequest } from '../../lib/ingest/http';
import { describeEachBackend } from '../support/databases';
import { insertTrain } from '../support/fixtures';
import { testRuntime, type TestRuntime } from '../support/runtime';

const feature = (index: number, over: Record<string, unknown> = {}) => ({
  id: `feature-${index}`,
  type: 'feature.upserted',
  occurredAt: '2025-03-25T10:00:00Z',
  data: { key: `F-${index}`, train: 'north', pi: '25.1', title: `Feature ${index}`, kind: 'enabler', status: 'In Progress', points: 8, ...over },
});

const post = (body: unknown) =>
  new Request('http://localhost/api/v1/events', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describeEachBackend('POST /api/v1/events with features', (backend) => {
  let runtime: TestRuntime;
  const send = (body: unknown) => handleIngestRequest(post(body), runtime);
  const features = async () => Number((await backend.db.selectFrom('features').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  beforeEach(async () => {
    runtime = testRuntime(backend);
    await insertTrain(backend.db, {
      slug: 'north',
      timeZone: 'Europe/Amsterdam',
      teams: ['otters'],
      pi: { name: '25.1', startDate: '2025-03-24', endDate: '2025-04-18' },
      iterations: [],
    });
  });

  it('200: stored, and the burnup by features and flow of the train are published', async () => {
    const response = await send({ events: [feature(1), feature(2, { pi: null })] });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ stored: 2, duplicates: 0 });
    expect(await features()).toBe(2);
    expect(runtime.publisher.published).toEqual([['pi-burnup:north:features', 'flow:north']]);
  });

  it('sent again: all duplicates, nothing published', async () => {
    await send({ events: [feature(1)] });
    const response = await send({ events: [feature(1)] });
    expect(await response.json()).toEqual({ stored: 0, duplicates: 1 });
    expect(runtime.publisher.published).toHaveLength(1);
  });

  it('422 naming the unknown train and the unknown PI; nothing stored, nothing published', async () => {
    const response = await send({ events: [feature(1), feature(2, { train: 'ghosts' }), feature(3, { pi: '99.9' })] });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({
      error: 'unknown_reference',
      issues: [
        { path: 'events.1.data.train', message: 'unknown train "ghosts"' },
        { path: 'events.2.data.pi', message: 'unknown PI "99.9" in train "north"' },
      ],
    });
    expect(await features()).toBe(0);
    expect(runtime.publisher.published).toEqual([]);
  });
});
