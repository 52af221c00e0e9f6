import { beforeEach, expect, it } from 'vitest';
import { meanTimeToRestore } from '../../db/queries/incidents';
import type { NewIncident, NewOnCallShift } from '../../db/schema';
import { loadIncidents } from '../../lib/panels/incidents/loader';
import { loadPanel } from '../../lib/panels/load';
import { insertNorthAndSouth } from '../support/console';
import { describeEachBackend } from '../support/databases';
import type { TrainFixture } from '../support/fixtures';

/** Tuesday 24 November 2026, 11:00 in Amsterdam; PI 26.4 runs 5 October to 11 December. */
const NOW = new Date('2026-11-24T10:00:00Z');

describeEachBackend('the incidents and on-call panel', (backend) => {
  let north: TrainFixture;
  let south: TrainFixture;

  const incident = (over: Partial<NewIncident> & Pick<NewIncident, 'key' | 'priority' | 'started_at'>): NewIncident => ({
    train_id: north.trainId,
    team_id: null,
    title: `Incident ${over.key}`,
    service: null,
    resolved_at: null,
    changed_at: over.started_at,
    ...over,
  });
  const insertIncidents = (rows: NewIncident[]) => backend.db.insertInto('incidents').values(rows).execute();
  const shift = (key: string, role: 'primary' | 'secondary', person: string, startsAt: string, endsAt: string, trainId = north.trainId): NewOnCallShift => ({
    key,
    train_id: trainId,
    role,
    person,
    contact: person === 'Ada' ? '+31 20 555 0100' : null,
    starts_at: new Date(startsAt),
    ends_at: new Date(endsAt),
    changed_at: new Date('2026-10-01T10:00:00Z'),
  });

  beforeEach(async () => {
    ({ north, south } = await insertNorthAndSouth(backend.db));
  });

  /**
   * Restored incidents of north (the PI starts at local midnight of 5 October, 2026-10-04T22:00Z, summer time):
   *   R1 restored 2026-10-04T21:50Z (23:50 on 4 October local): before the PI, excluded.
   *   R2 started before the PI, restored 00:30 on 5 October local: 60 min, included.
   *   R3 P1 150 min; R4 P4 from 08:00Z to 02:00Z the next day: 18 h = 1080 min.
   *   South's incident (10 min) is another train's.
   * MTTR = (60 + 150 + 1080) / 3 = 430 min = 25,800 s, over 3 incidents.
   */
  async function restoredIncidents() {
    await insertIncidents([
      incident({ key: 'R1', priority: 3, started_at: new Date('2026-10-04T21:00:00Z'), resolved_at: new Date('2026-10-04T21:50:00Z') }),
      incident({ key: 'R2', priority: 2, started_at: new Date('2026-10-04T21:30:00Z'), resolved_at: new Date('2026-10-04T22:30:00Z') }),
      incident({ key: 'R3', priority: 1, started_at: new Date('2026-11-10T09:00:00Z'), resolved_at: new Date('2026-11-10T11:30:00Z') }),
      incident({ key: 'R4', priority: 4, started_at: new Date('2026-11-20T08:00:00Z'), resolved_at: new Date('2026-11-21T02:00:00Z') }),
      incident({ key: 'S1', train_id: south.trainId, priority: 1, started_at: new Date('2026-11-01T12:00:00Z'), resolved_at: new Date('2026-11-01T12:10:00Z') }),
    ]);
  }

  it('MTTR over the incidents restored within the PI’s dates in the train’s zone, one restored before the PI left out', async () => {
    await restoredIncidents();
    const dto = (await loadIncidents(backend.db, { kind: 'incidents', train: 'north' }, NOW))!;
    expect(dto.mttr).toEqual({ meanSeconds: 25_800, count: 3 });
    expect(dto.pi).toEqual({ name: '26.4', startDate: '2026-10-05', endDate: '2026-12-11' });
    expect(dto.open).toEqual({ total: 0, byPriority: [1, 2, 3, 4, 5].map((priority) => ({ priority, count: 0 })), incidents: [] });
  });

  it('meanTimeToRestore counts a restore at the window’s start and leaves out one at its end', async () => {
    await restoredIncidents();
    const from = new Date('2026-10-04T22:30:00Z');
    // R2 (60 min) at `from` counts; R3 restored exactly at `to` does not.
    expect(await meanTimeToRestore(backend.db, north.trainId, from, new Date('2026-11-10T11:30:00Z'))).toEqual({ meanSeconds: 3600, count: 1 });
    expect(await meanTimeToRestore(backend.db, north.trainId, from, new Date('2026-11-10T11:30:00.001Z'))).toEqual({ meanSeconds: 6300, count: 2 });
    expect(await meanTimeToRestore(backend.db, north.trainId, new Date('2027-01-01T00:00:00Z'), new Date('2027-02-01T00:00:00Z'))).toEqual({ meanSeconds: null, count: 0 });
  });

  it('open incidents P1 first, then the oldest; counts per priority; a screenful listed, the total counts all', async () => {
    await insertIncidents([
      incident({ key: 'O1', priority: 3, team_id: north.teamId('otters'), service: 'search', started_at: new Date('2026-11-24T06:00:00Z') }),
      incident({ key: 'O2', priority: 1, started_at: new Date('2026-11-24T09:00:00Z') }),
      incident({ key: 'O3', priority: 1, team_id: north.teamId('badgers'), started_at: new Date('2026-11-23T12:00:00Z') }),
      incident({ key: 'O4', priority: 2, started_at: new Date('2026-11-22T00:00:00Z') }),
      incident({ key: 'O5', priority: 5, started_at: new Date('2026-11-01T00:00:00Z') }),
      incident({ key: 'O6', priority: 5, started_at: new Date('2026-11-02T00:00:00Z') }),
      incident({ key: 'S2', train_id: south.trainId, priority: 1, started_at: new Date('2026-11-24T08:00:00Z') }),
    ]);
    const dto = (await loadIncidents(backend.db, { kind: 'incidents', train: 'north' }, NOW))!;
    expect(dto.open.total).toBe(6);
    expect(dto.open.byPriority).toEqual([
      { priority: 1, count: 2 },
      { priority: 2, count: 1 },
      { priority: 3, count: 1 },
      { priority: 4, count: 0 },
      { priority: 5, count: 2 },
    ]);
    expect(dto.open.incidents.map((i) => i.key)).toEqual(['O3', 'O2', 'O4', 'O1', 'O5']);
    expect(dto.open.incidents[0]).toEqual({ key: 'O3', priority: 1, title: 'Incident O3', service: null, team: 'Team badgers', startedAt: '2026-11-23T12:00:00.000Z' });
    expect(dto.open.incidents[3]).toMatchObject({ service: 'search', team: 'Team otters' });
    expect(dto.mttr).toEqual({ meanSeconds: null, count: 0 });
  });

  it('on call: per role the shifts not over yet, by start, and when that picture changes next', async () => {
    await backend.db
      .insertInto('oncall_shifts')
      .values([
        shift('old', 'primary', 'Zoe', '2026-11-16T08:00:00Z', '2026-11-23T08:00:00Z'),
        shift('ada', 'primary', 'Ada', '2026-11-23T08:00:00Z', '2026-11-30T08:00:00Z'),
        shift('ben', 'primary', 'Ben', '2026-11-30T08:00:00Z', '2026-12-07T08:00:00Z'),
        shift('cem', 'secondary', 'Cem', '2026-11-23T08:00:00Z', '2026-11-30T08:00:00Z'),
        shift('swap', 'secondary', 'Dan', '2026-11-25T08:00:00Z', '2026-11-26T08:00:00Z'),
        shift('south', 'primary', 'Eva', '2026-11-23T08:00:00Z', '2026-11-30T08:00:00Z', south.trainId),
      ])
      .execute();
    const dto = (await loadIncidents(backend.db, { kind: 'incidents', train: 'north' }, NOW))!;
    expect(dto.train).toEqual({ slug: 'north', name: 'Train north', timeZone: 'Europe/Amsterdam' });
    expect(dto.onCall.primary).toEqual([
      { person: 'Ada', contact: '+31 20 555 0100', startsAt: '2026-11-23T08:00:00.000Z', endsAt: '2026-11-30T08:00:00.000Z' },
      { person: 'Ben', contact: null, startsAt: '2026-11-30T08:00:00.000Z', endsAt: '2026-12-07T08:00:00.000Z' },
    ]);
    expect(dto.onCall.secondary.map((s) => s.person)).toEqual(['Cem', 'Dan']);
    // The swap starts tomorrow 09:00: the first boundary after now.
    expect(dto.changesAt).toBe('2026-11-25T08:00:00.000Z');
    const southDto = (await loadIncidents(backend.db, { kind: 'incidents', train: 'south' }, NOW))!;
    expect(southDto.onCall).toEqual({ primary: [expect.objectContaining({ person: 'Eva' })], secondary: [] });
    expect(southDto.changesAt).toBe('2026-11-30T08:00:00.000Z');
  });

  it('at most eight shifts per role: a year of rota planned ahead is not sent to every wall', async () => {
    const weeks = Array.from({ length: 12 }, (_, n) => {
      const start = new Date(Date.parse('2026-11-23T08:00:00Z') + n * 7 * 86_400_000);
      return shift(`w${n}`, 'primary', `Person ${n}`, start.toISOString(), new Date(start.getTime() + 7 * 86_400_000).toISOString());
    });
    await backend.db.insertInto('oncall_shifts').values(weeks).execute();
    const dto = (await loadIncidents(backend.db, { kind: 'incidents', train: 'north' }, NOW))!;
    expect(dto.onCall.primary.map((s) => s.person)).toEqual(Array.from({ length: 8 }, (_, n) => `Person ${n}`));
  });

  it('a train without a PI has no MTTR; an unknown train has no panel; loadPanel runs this loader', async () => {
    await backend.db.deleteFrom('program_increments').where('train_id', '=', north.trainId).execute();
    await restoredIncidents();
    const dto = (await loadPanel(backend.db, 'incidents:north', NOW))!;
    expect(dto).toMatchObject({ kind: 'incidents', key: 'incidents:north', asOf: NOW.toISOString(), pi: null, mttr: { meanSeconds: null, count: 0 }, changesAt: null });
    expect(await loadIncidents(backend.db, { kind: 'incidents', train: 'nowhere' }, NOW)).toBeUndefined();
  });
});
