import { beforeEach, expect, it } from 'vitest';
import { handleIngestRequest } from '../../lib/ingest/http';
import { describeEachBackend } from '../support/databases';
import { insertTrain } from '../support/fixtures';
import { testRuntime, type TestRuntime } from '../support/runtime';

const ENDPOINT = 'http://localhost/api/v1/events';

function post(body: unknown): Request {
  return new Request(ENDPOINT, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

const run = (data: Record<string, unknown>) => ({
  id: `run-${JSON.stringify(data)}`,
  type: 'test_run.recorded',
  occurredAt: '2026-11-24T09:00:00Z',
  data: { key: 'R1', train: 'north', suite: 'unit', passed: 10, failed: 0, ...data },
});

describeEachBackend('POST /api/v1/events with quality events', (backend) => {
  let runtime: TestRuntime;
  const send = (body: unknown) => handleIngestRequest(post(body), runtime);

  beforeEach(async () => {
    runtime = testRuntime(backend);
    await insertTrain(backend.db, { slug: 'north', timeZone: 'Europe/Amsterdam', teams: ['otters'], pi: { name: '26.4', startDate: '2026-10-05', endDate: '2026-12-11' }, iterations: [] });
  });

  it('a run is stored and the quality panel published; an unknown train is a 422 and a negative count a 400, each naming the field', async () => {
    const good = await send({ events: [run({})] });
    expect(good.status).toBe(200);
    expect(runtime.publisher.published).toEqual([['quality:north']]);

    const unknown = await send({ events: [run({ key: 'R2', train: 'nowhere' })] });
    expect(unknown.status).toBe(422);
    expect(JSON.stringify(await unknown.json())).toContain('events.0.data.train');

    const negative = await send({ events: [run({ key: 'R3', failed: -1 })] });
    expect(negative.status).toBe(400);
    expect(JSON.stringify(await negative.json())).toContain('events.0.data.failed');
    expect(await backend.db.selectFrom('test_runs').select('key').execute()).toEqual([{ key: 'R1' }]);
  });
});
