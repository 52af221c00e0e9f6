import { beforeEach, expect, it } from 'vitest';
import { handleIngestRequest } from '../../lib/ingest/http';
import { describeEachBackend } from '../support/databases';
import { insertTrain } from '../support/fixtures';
import { testRuntime, type TestRuntime } from '../support/runtime';

const ENDPOINT = 'http://localhost/api/v1/events';

const objective = (key: string, data: Record<string, unknown> = {}, at = '2025-04-04T15:00:00+02:00') => ({
  id: `objective-${key}@${at}`,
  type: 'objective.upserted',
  occurredAt: at,
  data: { key, team: 'otters', pi: '25.1', title: `Objective ${key}`, committed: true, plannedValue: 8, actualValue: 6, ...data },
});

function post(body: unknown): Request {
  return new Request(ENDPOINT, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

describeEachBackend('POST /api/v1/events with objective.upserted', (backend) => {
  let runtime: TestRuntime;
  const send = (body: unknown) => handleIngestRequest(post(body), runtime);
  const objectives = () => backend.db.selectFrom('pi_objectives').select(['key', 'planned_value', 'actual_value']).orderBy('key').execute();

  beforeEach(async () => {
    runtime = testRuntime(backend);
    await insertTrain(backend.db, {
      slug: 'north',
      timeZone: 'Europe/Amsterdam',
      teams: ['otters', 'badgers'],
      pi: { name: '25.1', startDate: '2025-03-24', endDate: '2025-06-13' },
      iterations: [],
    });
  });

  it('a good batch: 200, stored, and the train’s objectives and flow panels published', async () => {
    const response = await send({ events: [objective('OBJ-1'), objective('OBJ-2', { team: 'badgers', committed: false, actualValue: null })] });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ stored: 2, duplicates: 0 });
    expect(await objectives()).toEqual([
      { key: 'OBJ-1', planned_value: 8, actual_value: 6 },
      { key: 'OBJ-2', planned_value: 8, actual_value: null },
    ]);
    expect(runtime.publisher.published).toEqual([['objectives:north', 'flow:north']]);
  });

  it('sent again: all duplicates, nothing changes, nothing published', async () => {
    const batch = { events: [objective('OBJ-1')] };
    await send(batch);
    const again = await send(batch);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ stored: 0, duplicates: 1 });
    expect(await objectives()).toHaveLength(1);
    expect(runtime.publisher.published).toHaveLength(1);
  });

  it('422 naming an unknown team and an unknown PI; nothing of the batch is stored', async () => {
    const response = await send({
      events: [objective('OBJ-1'), objective('OBJ-2', { team: 'ghosts' }), objective('OBJ-3', { pi: '24.4' })],
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({
      error: 'unknown_reference',
      issues: [
        { path: 'events.1.data.team', message: 'unknown team "ghosts"' },
        { path: 'events.2.data.pi', message: 'unknown PI "24.4" in the train of team "otters"' },
      ],
    });
    expect(await objectives()).toEqual([]);
    expect(await backend.db.selectFrom('ingested_events').select('id').execute()).toEqual([]);
    expect(runtime.publisher.published).toEqual([]);
  });

  it('400 for business value out of range, with the field’s path', async () => {
    const response = await send({ events: [objective('OBJ-1', { plannedValue: 0, actualValue: 11 })] });
    expect(response.status).toBe(400);
    expect((await response.json()).issues.map((i: { path: string }) => i.path)).toEqual(['events.0.data.plannedValue', 'events.0.data.actualValue']);
  });
});
