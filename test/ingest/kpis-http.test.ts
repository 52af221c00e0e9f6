import { beforeEach, expect, it } from 'vitest';
import { handleIngestRequest } from '../../lib/ingest/http';
import { describeEachBackend } from '../support/databases';
import { insertTrain } from '../support/fixtures';
import { testRuntime, type TestRuntime } from '../support/runtime';

const ENDPOINT = 'http://localhost/api/v1/events';

const recorded = (id: string, data: Record<string, unknown>) => ({
  id,
  type: 'kpi_value.recorded',
  occurredAt: '2026-11-10T09:00:00Z',
  data: { train: 'north', kpi: 'uptime', value: 99.9, ...data },
});

function post(body: unknown): Request {
  return new Request(ENDPOINT, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

describeEachBackend('POST /api/v1/events with kpi_value.recorded', (backend) => {
  let runtime: TestRuntime;
  const send = (body: unknown) => handleIngestRequest(post(body), runtime);
  const values = () => backend.db.selectFrom('kpi_values').select(['observed_at', 'value']).orderBy('observed_at').execute();

  beforeEach(async () => {
    runtime = testRuntime(backend);
    const { trainId } = await insertTrain(backend.db, {
      slug: 'north',
      timeZone: 'Europe/Amsterdam',
      teams: ['otters'],
      pi: { name: '26.4', startDate: '2026-10-05', endDate: '2026-12-11' },
      iterations: [],
    });
    await backend.db.insertInto('kpis').values({ train_id: trainId, key: 'uptime', name: 'Uptime', unit: '%', direction: 'higher', target: 99.9, warn_at: 99.5 }).execute();
  });

  it('a good batch: 200, stored, and the train’s KPI tiles published', async () => {
    const response = await send({ events: [recorded('a', {}), recorded('b', { value: 99.4, observedAt: '2026-11-09T09:00:00Z' })] });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ stored: 2, duplicates: 0 });
    expect(await values()).toEqual([
      { observed_at: new Date('2026-11-09T09:00:00Z'), value: 99.4 },
      { observed_at: new Date('2026-11-10T09:00:00Z'), value: 99.9 },
    ]);
    expect(runtime.publisher.published).toEqual([['kpis:north']]);
  });

  it('422 naming an unknown KPI and an unknown train, with what to do; nothing of the batch is stored', async () => {
    const response = await send({ events: [recorded('a', {}), recorded('b', { kpi: 'latency' }), recorded('c', { train: 'south' })] });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({
      error: 'unknown_reference',
      issues: [
        { path: 'events.1.data.kpi', message: 'unknown KPI "latency" of train "north": define the KPI in the console first' },
        { path: 'events.2.data.train', message: 'unknown train "south"' },
      ],
    });
    expect(await values()).toEqual([]);
    expect(runtime.publisher.published).toEqual([]);
  });
});
