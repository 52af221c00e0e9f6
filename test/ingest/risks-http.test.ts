import { beforeEach, expect, it } from 'vitest';
import { handleIngestRequest } from '../../lib/ingest/http';
import { describeEachBackend } from '../support/databases';
import { insertTrain } from '../support/fixtures';
import { testRuntime, type TestRuntime } from '../support/runtime';

const risk = (key: string, data: Record<string, unknown> = {}) => ({
  id: `risk-${key}`,
  type: 'risk.upserted',
  occurredAt: '2025-03-21T15:00:00+01:00',
  data: { key, train: 'north', team: 'otters', pi: '25.1', title: `Risk ${key}`, impact: 'high', raisedAt: '2025-03-21T14:00:00+01:00', ...data },
});

function post(body: unknown): Request {
  return new Request('http://localhost/api/v1/events', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

describeEachBackend('POST /api/v1/events with risk.upserted', (backend) => {
  let runtime: TestRuntime;

  beforeEach(async () => {
    runtime = testRuntime(backend);
    await insertTrain(backend.db, {
      slug: 'north',
      timeZone: 'Europe/Amsterdam',
      teams: ['otters'],
      pi: { name: '25.1', startDate: '2025-03-24', endDate: '2025-06-13' },
      iterations: [],
    });
  });

  it('200 for a good risk, pushed to the train’s board; 422 naming an unknown PI, and nothing of that batch stored', async () => {
    const good = await handleIngestRequest(post({ events: [risk('RSK-1')] }), runtime);
    expect(good.status).toBe(200);
    expect(runtime.publisher.published).toEqual([['risks:north']]);

    const response = await handleIngestRequest(post({ events: [risk('RSK-2'), risk('RSK-3', { pi: '24.4' })] }), runtime);
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({
      error: 'unknown_reference',
      issues: [{ path: 'events.1.data.pi', message: 'unknown PI "24.4" in train "north"' }],
    });
    expect(await backend.db.selectFrom('risks').select('key').execute()).toEqual([{ key: 'RSK-1' }]);
    expect(runtime.publisher.published).toHaveLength(1);
  });
});
