import { beforeEach, describe, expect, it } from 'vitest';
import { objectiveTotalsByTeam } from '../../db/queries/objectives';
import { UnknownReferenceError } from '../../lib/ingest/apply';
import { applyObjectives } from '../../lib/ingest/handlers/objectives';
import type { EventOf, IngestEvent } from '../../lib/ingest/schema';
import { loadObjectives } from '../../lib/panels/objectives/loader';
import { describeEachBackend } from '../support/databases';
import { applyInTransaction, insertTrain, type TrainFixture } from '../support/fixtures';

interface ObjectiveSpec {
  key: string;
  team: string;
  pi?: string;
  committed?: boolean;
  planned: number;
  actual?: number | null;
  at: string;
  title?: string;
}

function objective(spec: ObjectiveSpec): EventOf<'objective.upserted'> {
  return {
    id: `${spec.key}@${spec.at}@${spec.team}@${spec.actual ?? 'unrated'}`,
    type: 'objective.upserted',
    occurredAt: spec.at,
    data: {
      key: spec.key,
      team: spec.team,
      pi: spec.pi ?? '25.1',
      title: spec.title ?? `Objective ${spec.key}`,
      committed: spec.committed ?? true,
      plannedValue: spec.planned,
      actualValue: spec.actual ?? null,
    },
  };
}

const T1 = '2025-03-25T10:00:00+01:00';
const T2 = '2025-03-26T10:00:00+01:00';
const T3 = '2025-03-27T10:00:00+01:00';

/**
 * Otters in PI 25.1:
 *   O1 committed 10 → 8, O2 committed 5 → 5, O3 committed 7 not rated, O4 uncommitted 4 not rated, O5 uncommitted 3 → 3.
 *   Rated sums: committed planned 10 + 5 = 15, committed actual 8 + 5 = 13, uncommitted planned 3, actual 3;
 *   3 of 5 rated. Predictability (13 + 3) / 15 = 106.7 % → 107 %.
 * O6 (otters, PI 25.2, 10 → 10) belongs to another PI and counts in neither.
 */
const OTTERS: ObjectiveSpec[] = [
  { key: 'O1', team: 'otters', planned: 10, actual: 8, at: T1 },
  { key: 'O2', team: 'otters', planned: 5, actual: 5, at: T1 },
  { key: 'O3', team: 'otters', planned: 7, at: T1 },
  { key: 'O4', team: 'otters', committed: false, planned: 4, at: T1 },
  { key: 'O5', team: 'otters', committed: false, planned: 3, actual: 3, at: T1 },
  { key: 'O6', team: 'otters', pi: '25.2', planned: 10, actual: 10, at: T1 },
];

describeEachBackend('PI objectives: ingest, totals and panel', (backend) => {
  let north: TrainFixture;
  let south: TrainFixture;
  const send = (...specs: ObjectiveSpec[]) => applyInTransaction(backend.db, specs.map(objective) as IngestEvent[]);
  const stored = (key: string) => backend.db.selectFrom('pi_objectives').selectAll().where('key', '=', key).executeTakeFirstOrThrow();

  beforeEach(async () => {
    north = await insertTrain(backend.db, {
      slug: 'north',
      timeZone: 'Europe/Amsterdam',
      teams: ['otters', 'badgers'],
      pi: { name: '25.1', startDate: '2025-03-24', endDate: '2025-06-13' },
      iterations: [],
    });
    await backend.db
      .insertInto('program_increments')
      .values({ train_id: north.trainId, name: '25.2', start_date: '2025-06-16', end_date: '2025-09-05' })
      .execute();
    south = await insertTrain(backend.db, {
      slug: 'south',
      timeZone: 'America/Sao_Paulo',
      teams: ['pumas'],
      pi: { name: '26.1', startDate: '2025-03-24', endDate: '2025-06-13' },
      iterations: [],
    });
  });

  describe('objectiveTotalsByTeam', () => {
    it('sums rated objectives only, per team of the train, in SQL', async () => {
      await send(...OTTERS);
      expect(await objectiveTotalsByTeam(backend.db, north.piId)).toEqual([
        expect.objectContaining({ teamSlug: 'badgers', teamName: 'Team badgers', committedPlanned: 0, committedActual: 0, uncommittedPlanned: 0, uncommittedActual: 0, rated: 0, total: 0 }),
        expect.objectContaining({ teamSlug: 'otters', teamName: 'Team otters', committedPlanned: 15, committedActual: 13, uncommittedPlanned: 3, uncommittedActual: 3, rated: 3, total: 5 }),
      ]);
    });

    it('is empty for an unknown PI, and other trains have their own teams', async () => {
      expect(await objectiveTotalsByTeam(backend.db, 999_999)).toEqual([]);
      expect((await objectiveTotalsByTeam(backend.db, south.piId)).map((t) => t.teamSlug)).toEqual(['pumas']);
    });
  });

  describe('the objective.upserted handler', () => {
    it('stores each objective with its team, PI and time, and names the train whose panels change', async () => {
      const result = await send(OTTERS[0]!);
      expect(result).toMatchObject({ stored: 1, duplicates: 0 });
      expect([...result.affectedKeys].sort()).toEqual(['flow:north', 'objectives:north']);
      expect(await stored('O1')).toMatchObject({
        team_id: north.teamId('otters'),
        pi_id: north.piId,
        title: 'Objective O1',
        committed: true,
        planned_value: 10,
        actual_value: 8,
        changed_at: new Date('2025-03-25T09:00:00Z'),
      });
    });

    it('the newest occurredAt wins: an older event never overwrites a newer state', async () => {
      await send({ key: 'O1', team: 'otters', planned: 10, actual: 8, at: T2 });
      await send({ key: 'O1', team: 'otters', planned: 10, actual: 2, at: T1, title: 'Stale' });
      expect(await stored('O1')).toMatchObject({ actual_value: 8, title: 'Objective O1', changed_at: new Date(T2) });
      await send({ key: 'O1', team: 'otters', planned: 9, actual: null, at: T3 });
      expect(await stored('O1')).toMatchObject({ planned_value: 9, actual_value: null, changed_at: new Date(T3) });
    });

    it('within one batch the newest of a key wins, whatever the order', async () => {
      await send({ key: 'O1', team: 'otters', planned: 10, actual: 9, at: T3 }, { key: 'O1', team: 'otters', planned: 10, actual: 1, at: T1 });
      expect(await stored('O1')).toMatchObject({ actual_value: 9, changed_at: new Date(T3) });
    });

    it('a key may move to another team, also in another train, and both trains are told', async () => {
      await send(OTTERS[0]!);
      await send({ key: 'O1', team: 'badgers', planned: 10, actual: 8, at: T2 });
      expect((await stored('O1')).team_id).toBe(north.teamId('badgers'));
      const totals = await objectiveTotalsByTeam(backend.db, north.piId);
      expect(totals.map((t) => [t.teamSlug, t.total])).toEqual([['badgers', 1], ['otters', 0]]);

      const result = await send({ key: 'O1', team: 'pumas', pi: '26.1', planned: 10, actual: 8, at: T3 });
      expect(await stored('O1')).toMatchObject({ team_id: south.teamId('pumas'), pi_id: south.piId });
      expect([...result.affectedKeys].sort()).toEqual(['flow:north', 'flow:south', 'objectives:north', 'objectives:south']);
    });

    it('refuses unknown teams and PIs (also a PI of another train) with the exact paths, storing nothing', async () => {
      const events = [
        objective({ key: 'O1', team: 'otters', planned: 5, at: T1 }),
        objective({ key: 'O2', team: 'ghosts', planned: 5, at: T1 }),
        objective({ key: 'O3', team: 'otters', pi: '26.1', planned: 5, at: T1 }),
      ];
      const error = await backend.db
        .transaction()
        .execute((trx) => applyObjectives(trx, events.map((event, index) => ({ event, index }))))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnknownReferenceError);
      expect((error as UnknownReferenceError).problems).toEqual([
        { path: 'events.1.data.team', message: 'unknown team "ghosts"' },
        { path: 'events.2.data.pi', message: 'unknown PI "26.1" in the train of team "otters"' },
      ]);
      await expect(send({ key: 'O9', team: 'otters', pi: '99.9', planned: 5, at: T1 })).rejects.toBeInstanceOf(UnknownReferenceError);
      expect(await backend.db.selectFrom('pi_objectives').select('id').execute()).toEqual([]);
    });
  });

  describe('loadObjectives', () => {
    const load = (now: string) => loadObjectives(backend.db, { kind: 'objectives', train: 'north' }, new Date(now));

    it('shows the current PI: per team figures, the ART measure and the uncommitted apart', async () => {
      await send(...OTTERS);
      const dto = await load('2025-04-02T12:00:00Z');
      expect(dto).toMatchObject({
        kind: 'objectives',
        key: 'objectives:north',
        train: { slug: 'north', name: 'Train north' },
        asOf: '2025-04-02T12:00:00.000Z',
        pi: { name: '25.1', startDate: '2025-03-24', endDate: '2025-06-13' },
        // (13 + 3) / 15 = 106.7 % → 107 %; badgers have no objectives and add nothing.
        art: { percent: 107, state: 'above', planned: 15, actual: 16, rated: 3, total: 5 },
        // O4 (4, not rated) and O5 (3 → 3).
        uncommitted: { count: 2, planned: 7, achieved: 3 },
      });
      expect(dto!.teams).toEqual([
        expect.objectContaining({ slug: 'badgers', percent: null, state: 'none', total: 0 }),
        {
          slug: 'otters',
          name: 'Team otters',
          // Committed 10 + 5 + 7 = 22 planned in all, 15 of it rated, 13 achieved.
          committed: { count: 3, planned: 22, ratedPlanned: 15, actual: 13 },
          uncommitted: { count: 2, planned: 7, achieved: 3 },
          rated: 3,
          total: 5,
          percent: 107,
          state: 'above',
        },
      ]);
    });

    it('picks the PI containing today in the train zone, else the latest started, else the next', async () => {
      await backend.db
        .insertInto('program_increments')
        .values({ train_id: north.trainId, name: '25.4', start_date: '2025-12-01', end_date: '2026-02-20' })
        .execute();
      // 25.1 ends Friday 13 June, 25.2 starts Monday 16 June. 21:30 UTC on Sunday 15 June is 23:30 in Amsterdam (still
      // the 15th: the latest started is 25.1); 22:30 UTC is already 00:30 on the 16th there.
      expect((await load('2025-06-15T21:30:00Z'))!.pi!.name).toBe('25.1');
      expect((await load('2025-06-15T22:30:00Z'))!.pi!.name).toBe('25.2');
      // Between 25.2 (ends 5 Sep) and 25.4: the latest started.
      expect((await load('2025-10-01T12:00:00Z'))!.pi!.name).toBe('25.2');
      // Before any PI: the next one.
      expect((await load('2025-01-01T12:00:00Z'))!.pi!.name).toBe('25.1');
    });

    it('a train with no PI has an empty panel; an unknown train has none', async () => {
      await backend.db.insertInto('trains').values({ slug: 'empty', name: 'Empty train', time_zone: 'UTC' }).execute();
      expect(await loadObjectives(backend.db, { kind: 'objectives', train: 'empty' }, new Date())).toMatchObject({
        pi: null,
        teams: [],
        art: { percent: null, state: 'none' },
        uncommitted: { count: 0, planned: 0, achieved: 0 },
      });
      expect(await loadObjectives(backend.db, { kind: 'objectives', train: 'nowhere' }, new Date())).toBeUndefined();
    });
  });
});
