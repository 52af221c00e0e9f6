import { beforeEach, expect, it } from 'vitest';
import { handleIngestRequest } from '../../lib/ingest/http';
import { describeEachBackend } from '../support/databases';
import { insertTrain } from '../support/fixtures';
import { testRuntime, type TestRuntime } from '../support/runtime';

const AT = '2026-11-20T10:00:00Z';

const incident = (key: string, data: Record<string, unknown> = {}) => ({
  id: `incident-${key}`,
  type: 'incident.upserted',
  occurredAt: AT,
  data: { key, train: 'north', team: 'otters', title: `Incident ${key}`, priority: 1, startedAt: '2026-11-20T09:40:00Z', ...data },
});
const shift = (key: string, data: Record<string, unknown> = {}) => ({
  id: `shift-${key}`,
  type: 'oncall_shift.upserted',
  occurredAt: AT,
  // A shift planned ahead: it may start after occurredAt.
  data: { key, train: 'north', role: 'primary', person: 'Ada', startsAt: '2026-12-07T08:00:00Z', endsAt: '2026-12-14T08:00:00Z', ...data },
});

describeEachBackend('POST /api/v1/events with incidents and on-call shifts', (backend) => {
  let runtime: TestRuntime;
  const send = (body: unknown) =>
    handleIngestRequest(new Request('http://localhost/api/v1/events', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }), runtime);

  beforeEach(async () => {
    runtime = testRuntime(backend);
    for (const [slug, team] of [
      ['north', 'otters'],
      ['south', 'pumas'],
    ]) {
      await insertTrain(backend.db, { slug: slug!, timeZone: 'Europe/Amsterdam', teams: [team!], pi: { name: '26.4', startDate: '2026-10-05', endDate: '2026-12-11' }, iterations: [] });
    }
  });

  it('200 for a good batch (a future shift included), and the train’s incidents panel is published', async () => {
    const response = await send({ events: [incident('INC-1'), shift('pd-1')] });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ stored: 2, duplicates: 0 });
    // A batch of an incident and a shift: the shift moves only the incidents panel, the incident DORA too, once each.
    expect(runtime.publisher.published).toEqual([['incidents:north', 'dora:north']]);
  });

  it('422 naming a team of another train and an unknown train; nothing of the batch is stored', async () => {
    const teamElsewhere = await send({ events: [shift('pd-1'), incident('INC-1', { team: 'pumas' })] });
    expect(teamElsewhere.status).toBe(422);
    expect(await teamElsewhere.json()).toMatchObject({ error: 'unknown_reference', issues: [{ path: 'events.1.data.team', message: 'team "pumas" is not in train "north"' }] });
    const unknownTrain = await send({ events: [incident('INC-2'), shift('pd-2', { train: 'west' })] });
    expect(unknownTrain.status).toBe(422);
    expect((await unknownTrain.json()).issues).toEqual([{ path: 'events.1.data.train', message: 'unknown train "west"' }]);
    expect(await backend.db.selectFrom('incidents').select('key').execute()).toEqual([]);
    expect(await backend.db.selectFrom('oncall_shifts').select('key').execute()).toEqual([]);
    expect(runtime.publisher.published).toEqual([]);
  });
});
