import { beforeEach, expect, it } from 'vitest';
import { handleIngestRequest } from '../../lib/ingest/http';
import { describeEachBackend } from '../support/databases';
import { insertTrain } from '../support/fixtures';
import { testRuntime, type TestRuntime } from '../support/runtime';

const AT = '2026-11-20T10:00:00Z';

const deployment = (key: string, data: Record<string, unknown> = {}) => ({
  id: `deployment-${key}`,
  type: 'deployment.recorded',
  occurredAt: AT,
  data: { key, train: 'north', environment: 'production', version: '2.3.1', status: 'succeeded', committedAt: '2026-11-19T16:00:00Z', ...data },
});

describeEachBackend('POST /api/v1/events with deployments', (backend) => {
  let runtime: TestRuntime;
  const send = (body: unknown) =>
    handleIngestRequest(new Request('http://localhost/api/v1/events', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }), runtime);

  beforeEach(async () => {
    runtime = testRuntime(backend);
    const north = await insertTrain(backend.db, { slug: 'north', timeZone: 'Europe/Amsterdam', teams: ['otters'], pi: { name: '26.4', startDate: '2026-10-05', endDate: '2026-12-11' }, iterations: [] });
    await backend.db.insertInto('environments').values({ train_id: north.trainId, key: 'production', name: 'Production', production: true }).execute();
  });

  it('200 and the DORA panel and departure board published; 422 naming an environment the train lacks, nothing stored', async () => {
    const good = await send({ events: [deployment('D-1')] });
    expect(good.status).toBe(200);
    expect(await good.json()).toEqual({ stored: 1, duplicates: 0 });
    expect(runtime.publisher.published.map((keys) => [...keys].sort())).toEqual([['dora:north', 'releases:north']]);

    const unknown = await send({ events: [deployment('D-2'), deployment('D-3', { environment: 'canary' })] });
    expect(unknown.status).toBe(422);
    expect(await unknown.json()).toMatchObject({
      error: 'unknown_reference',
      issues: [{ path: 'events.1.data.environment', message: 'unknown environment "canary" of train "north": define the environment in the console first' }],
    });
    expect((await backend.db.selectFrom('deployments').select('key').execute()).map((r) => r.key)).toEqual(['D-1']);
    expect(runtime.publisher.published).toHaveLength(1);
  });
});
