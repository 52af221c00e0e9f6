import { beforeEach, expect, it } from 'vitest';
import { handleIngestRequest } from '../../lib/ingest/http';
import { describeEachBackend } from '../support/databases';
import { insertTrain } from '../support/fixtures';
import { testRuntime, type TestRuntime } from '../support/runtime';

const ENDPOINT = 'http://localhost/api/v1/events';

const impediment = (key: string, data: Record<string, unknown> = {}, at = '2026-11-04T09:30:00+01:00') => ({
  id: `impediment-${key}@${at}`,
  type: 'impediment.upserted',
  occurredAt: at,
  data: { key, train: 'north', team: 'otters', title: `Impediment ${key}`, openedAt: '2026-11-03T10:00:00+01:00', ...data },
});

function post(body: unknown): Request {
  return new Request(ENDPOINT, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

describeEachBackend('POST /api/v1/events with impediment.upserted', (backend) => {
  let runtime: TestRuntime;
  const send = (body: unknown) => handleIngestRequest(post(body), runtime);
  const keys = async () => (await backend.db.selectFrom('impediments').select('key').orderBy('key').execute()).map((r) => r.key);

  beforeEach(async () => {
    runtime = testRuntime(backend);
    const pi = { name: '26.4', startDate: '2026-10-05', endDate: '2026-12-11' };
    await insertTrain(backend.db, { slug: 'north', timeZone: 'Europe/Amsterdam', teams: ['otters'], pi, iterations: [] });
    await insertTrain(backend.db, { slug: 'south', timeZone: 'America/Sao_Paulo', teams: ['pumas'], pi, iterations: [] });
  });

  it('200 for a good batch, the train’s panel published', async () => {
    const response = await send({ events: [impediment('IMP-1'), impediment('IMP-2', { team: null, escalated: true })] });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ stored: 2, duplicates: 0 });
    expect(await keys()).toEqual(['IMP-1', 'IMP-2']);
    expect(runtime.publisher.published).toEqual([['impediments:north']]);
  });

  it('422 naming an unknown train, an unknown team and a team of another train; nothing of the batch is stored', async () => {
    const response = await send({
      events: [impediment('IMP-1'), impediment('IMP-2', { train: 'nowhere' }), impediment('IMP-3', { team: 'ghosts' }), impediment('IMP-4', { team: 'pumas' })],
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({
      error: 'unknown_reference',
      issues: [
        { path: 'events.1.data.train', message: 'unknown train "nowhere"' },
        { path: 'events.2.data.team', message: 'unknown team "ghosts"' },
        { path: 'events.3.data.team', message: 'team "pumas" is not in train "north"' },
      ],
    });
    expect(await keys()).toEqual([]);
    expect(runtime.publisher.published).toEqual([]);
  });
});
