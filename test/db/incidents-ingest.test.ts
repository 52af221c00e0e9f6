import { beforeEach, describe, expect, it } from 'vitest';
import { UnknownReferenceError } from '../../lib/ingest/apply';
import type { EventOf } from '../../lib/ingest/schema';
import { describeEachBackend } from '../support/databases';
import { applyInTransaction, insertTrain } from '../support/fixtures';

const T1 = '2026-11-24T09:00:00Z';
const T2 = '2026-11-24T10:00:00Z';
const T3 = '2026-11-24T11:00:00Z';

let sequence = 0;

function incident(key: string, at: string, data: Partial<EventOf<'incident.upserted'>['data']> = {}): EventOf<'incident.upserted'> {
  return {
    id: `incident-${key}-${++sequence}`,
    type: 'incident.upserted',
    occurredAt: at,
    data: { key, train: 'north', team: 'otters', title: `Incident ${key}`, service: 'checkout', priority: 2, startedAt: '2026-11-24T08:30:00Z', resolvedAt: null, ...data },
  };
}

function onCallShift(key: string, at: string, data: Partial<EventOf<'oncall_shift.upserted'>['data']> = {}): EventOf<'oncall_shift.upserted'> {
  return {
    id: `shift-${key}-${++sequence}`,
    type: 'oncall_shift.upserted',
    occurredAt: at,
    data: { key, train: 'north', role: 'primary', person: 'Ada', contact: null, startsAt: '2026-11-30T08:00:00Z', endsAt: '2026-12-07T08:00:00Z', ...data },
  };
}

describeEachBackend('ingest of incidents and on-call shifts', (backend) => {
  const incidents = () =>
    backend.db
      .selectFrom('incidents')
      .innerJoin('trains', 'trains.id', 'incidents.train_id')
      .leftJoin('teams', 'teams.id', 'incidents.team_id')
      .select(['incidents.key', 'trains.slug as train', 'teams.slug as team', 'incidents.priority', 'incidents.title', 'incidents.resolved_at', 'incidents.changed_at'])
      .orderBy('incidents.key')
      .execute();
  const shifts = () =>
    backend.db
      .selectFrom('oncall_shifts')
      .innerJoin('trains', 'trains.id', 'oncall_shifts.train_id')
      .select(['oncall_shifts.key', 'trains.slug as train', 'oncall_shifts.role', 'oncall_shifts.person', 'oncall_shifts.contact', 'oncall_shifts.starts_at', 'oncall_shifts.ends_at'])
      .orderBy('oncall_shifts.key')
      .execute();
  /** The problems a refused batch names; nothing of it may be stored. */
  async function refused(events: Parameters<typeof applyInTransaction>[1]) {
    const error = await applyInTransaction(backend.db, events).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownReferenceError);
    return (error as UnknownReferenceError).problems;
  }

  beforeEach(async () => {
    for (const [slug, teams] of [
      ['north', ['otters', 'badgers']],
      ['south', ['pumas']],
    ] as const) {
      await insertTrain(backend.db, { slug, timeZone: 'Europe/Amsterdam', teams: [...teams], pi: { name: '26.4', startDate: '2026-10-05', endDate: '2026-12-11' }, iterations: [] });
    }
  });

  describe('incident.upserted', () => {
    it('stores an incident of a team or of the whole train, and names the train’s panel', async () => {
      const result = await applyInTransaction(backend.db, [incident('INC-1', T1), incident('INC-2', T1, { team: null, priority: 1, service: null })]);
      // An incident moves DORA's time to restore and change failure rate too.
      expect(result.affectedKeys).toEqual(['incidents:north', 'dora:north']);
      expect(await incidents()).toEqual([
        { key: 'INC-1', train: 'north', team: 'otters', priority: 2, title: 'Incident INC-1', resolved_at: null, changed_at: new Date(T1) },
        { key: 'INC-2', train: 'north', team: null, priority: 1, title: 'Incident INC-2', resolved_at: null, changed_at: new Date(T1) },
      ]);
    });

    it('the newest occurredAt wins, within a batch in any order and across batches when a late event arrives', async () => {
      await applyInTransaction(backend.db, [
        incident('INC-1', T3, { resolvedAt: '2026-11-24T10:45:00Z', title: 'Restored' }),
        incident('INC-1', T1, { title: 'Opened' }),
      ]);
      await applyInTransaction(backend.db, [incident('INC-1', T2, { title: 'Late: still open' })]);
      expect(await incidents()).toEqual([
        expect.objectContaining({ key: 'INC-1', title: 'Restored', resolved_at: new Date('2026-11-24T10:45:00Z'), changed_at: new Date(T3) }),
      ]);
      // A tie goes to the later event.
      await applyInTransaction(backend.db, [incident('INC-1', T3, { title: 'Renamed at the same instant', resolvedAt: '2026-11-24T10:45:00Z' })]);
      expect((await incidents())[0]).toMatchObject({ title: 'Renamed at the same instant' });
    });

    it('a key moved to another train moves both trains’ panels', async () => {
      await applyInTransaction(backend.db, [incident('INC-1', T1)]);
      const result = await applyInTransaction(backend.db, [incident('INC-1', T2, { train: 'south', team: 'pumas' })]);
      expect(result.affectedKeys.sort()).toEqual(['dora:north', 'dora:south', 'incidents:north', 'incidents:south']);
      expect(await incidents()).toEqual([expect.objectContaining({ key: 'INC-1', train: 'south', team: 'pumas' })]);
    });

    it('refuses an unknown train, an unknown team and a team of another train, naming each field; nothing is stored', async () => {
      expect(await refused([incident('INC-1', T1), incident('INC-2', T1, { train: 'west' }), incident('INC-3', T1, { train: 'west', team: 'ghosts' })])).toEqual([
        { path: 'events.1.data.train', message: 'unknown train "west"' },
        { path: 'events.2.data.train', message: 'unknown train "west"' },
        { path: 'events.2.data.team', message: 'unknown team "ghosts"' },
      ]);
      expect(await refused([incident('INC-1', T1), incident('INC-2', T1, { team: 'ghosts' }), incident('INC-3', T1, { team: 'pumas' })])).toEqual([
        { path: 'events.1.data.team', message: 'unknown team "ghosts"' },
        { path: 'events.2.data.team', message: 'team "pumas" is not in train "north"' },
      ]);
      expect(await incidents()).toEqual([]);
      expect(await backend.db.selectFrom('ingested_events').select('id').execute()).toEqual([]);
    });
  });

  describe('oncall_shift.upserted', () => {
    it('stores shifts, and a resend with the same key moves or reassigns the shift', async () => {
      const first = await applyInTransaction(backend.db, [onCallShift('pd-1', T1), onCallShift('pd-2', T1, { role: 'secondary', person: 'Ben', contact: '@ben' })]);
      expect(first.affectedKeys).toEqual(['incidents:north']);
      await applyInTransaction(backend.db, [onCallShift('pd-1', T2, { person: 'Cem', startsAt: '2026-11-30T07:00:00Z' })]);
      expect(await shifts()).toEqual([
        { key: 'pd-1', train: 'north', role: 'primary', person: 'Cem', contact: null, starts_at: new Date('2026-11-30T07:00:00Z'), ends_at: new Date('2026-12-07T08:00:00Z') },
        { key: 'pd-2', train: 'north', role: 'secondary', person: 'Ben', contact: '@ben', starts_at: new Date('2026-11-30T08:00:00Z'), ends_at: new Date('2026-12-07T08:00:00Z') },
      ]);
    });

    it('the newest occurredAt wins: a late event never overwrites the shift, within a batch or after it', async () => {
      await applyInTransaction(backend.db, [onCallShift('pd-1', T3, { person: 'Newest' }), onCallShift('pd-1', T1, { person: 'Oldest' })]);
      await applyInTransaction(backend.db, [onCallShift('pd-1', T2, { person: 'Late' })]);
      expect((await shifts()).map((s) => s.person)).toEqual(['Newest']);
    });

    it('a shift moved to another train moves both; an unknown train is refused by field and nothing is stored', async () => {
      await applyInTransaction(backend.db, [onCallShift('pd-1', T1)]);
      const moved = await applyInTransaction(backend.db, [onCallShift('pd-1', T2, { train: 'south' })]);
      expect(moved.affectedKeys.sort()).toEqual(['incidents:north', 'incidents:south']);
      expect(await refused([onCallShift('pd-2', T2), onCallShift('pd-3', T2, { train: 'west' })])).toEqual([{ path: 'events.1.data.train', message: 'unknown train "west"' }]);
      expect((await shifts()).map((s) => [s.key, s.train])).toEqual([['pd-1', 'south']]);
    });
  });
});
