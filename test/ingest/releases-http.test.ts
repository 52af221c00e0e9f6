import { beforeEach, expect, it } from 'vitest';
import { handleIngestRequest } from '../../lib/ingest/http';
import { describeEachBackend } from '../support/databases';
import { insertTrain } from '../support/fixtures';
import { testRuntime, type TestRuntime } from '../support/runtime';

const ENDPOINT = 'http://localhost/api/v1/events';
const AT = '2026-11-24T09:00:00Z';

const release = (key: string, data: Record<string, unknown> = {}) => ({
  id: `release-${key}`,
  type: 'release.upserted',
  occurredAt: AT,
  data: { key, train: 'north', name: 'Payments', version: '2.4.0', targetDate: '2026-11-27', ...data },
});
const gate = (releaseKey: string) => ({
  id: `gate-${releaseKey}`,
  type: 'release_gate.decided',
  occurredAt: AT,
  data: { release: releaseKey, gate: 'qa_signoff', state: 'approved', decidedBy: 'Lena' },
});

function post(body: unknown): Request {
  return new Request(ENDPOINT, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

describeEachBackend('POST /api/v1/events with releases and gate decisions', (backend) => {
  let runtime: TestRuntime;
  const send = (body: unknown) => handleIngestRequest(post(body), runtime);

  beforeEach(async () => {
    runtime = testRuntime(backend);
    await insertTrain(backend.db, { slug: 'north', timeZone: 'Europe/Amsterdam', teams: ['otters'], pi: { name: '26.4', startDate: '2026-10-05', endDate: '2026-12-11' }, iterations: [] });
  });

  it('a release and its gate in one batch: 200 and the board published', async () => {
    const response = await send({ events: [release('REL-1'), gate('REL-1')] });
    expect(response.status).toBe(200);
    expect(runtime.publisher.published).toEqual([['releases:north']]);
  });

  it('422 naming an unknown train and an unknown release; nothing of the batch is stored', async () => {
    const response = await send({ events: [release('REL-1'), release('REL-2', { train: 'west' }), gate('REL-404')] });
    expect(response.status).toBe(422);
    // Releases are checked first and refuse the batch before the gates are looked at.
    expect(await response.json()).toMatchObject({ error: 'unknown_reference', issues: [{ path: 'events.1.data.train', message: 'unknown train "west"' }] });
    const gateOnly = await send({ events: [release('REL-1'), gate('REL-404')] });
    expect(gateOnly.status).toBe(422);
    expect(await gateOnly.json()).toMatchObject({ issues: [{ path: 'events.1.data.release', message: 'unknown release "REL-404"' }] });
    expect(await backend.db.selectFrom('releases').select('key').execute()).toEqual([]);
    expect(runtime.publisher.published).toEqual([]);
  });
});
