import { beforeEach, describe, expect, it } from 'vitest';
import type { RiskImpact, RoamState } from '../../db/schema';
import { UnknownReferenceError } from '../../lib/ingest/apply';
import { applyRisks } from '../../lib/ingest/handlers/risks';
import type { EventOf, IngestEvent } from '../../lib/ingest/schema';
import { loadRisks } from '../../lib/panels/risks/loader';
import { describeEachBackend } from '../support/databases';
import { applyInTransaction, insertTrain, type TrainFixture } from '../support/fixtures';

interface RiskSpec {
  key: string;
  train?: string;
  team?: string | null;
  pi?: string | null;
  impact?: RiskImpact;
  roam?: RoamState;
  owner?: string | null;
  raisedAt?: string;
  at?: string;
  title?: string;
}

const PLANNING = '2025-03-21T15:00:00+01:00';

function risk(spec: RiskSpec): EventOf<'risk.upserted'> {
  const at = spec.at ?? spec.raisedAt ?? PLANNING;
  return {
    id: `${spec.key}@${at}@${spec.roam ?? 'unroamed'}@${spec.title ?? ''}`,
    type: 'risk.upserted',
    occurredAt: at,
    data: {
      key: spec.key,
      train: spec.train ?? 'north',
      team: spec.team === undefined ? 'otters' : spec.team,
      pi: spec.pi === undefined ? '25.1' : spec.pi,
      title: spec.title ?? `Risk ${spec.key}`,
      description: null,
      owner: spec.owner ?? null,
      impact: spec.impact ?? 'medium',
      roam: spec.roam ?? 'unroamed',
      raisedAt: spec.raisedAt ?? PLANNING,
    },
  };
}

/**
 * North's board on Thursday 10 April 2025, 12:00 in Amsterdam (PI 25.1, from 24 March):
 *   not yet ROAMed: R1 critical (raised 21 Mar: 20 days), R3 high (21 Mar), R2 high (8 Apr, no team, no PI: 2 days),
 *     R5 medium (20 Mar: 21 days), R4 low: 5 in 4 slots → R1, R3, R2 and "+2 more";
 *   resolved: R8 critical, R7 low; owned: R6; accepted: R9 (no PI); mitigated: none. Total 9.
 *   R10 (PI 24.4, the previous one) and R11 (train south) are not on it.
 */
const BOARD: RiskSpec[] = [
  { key: 'R1', impact: 'critical' },
  { key: 'R2', impact: 'high', team: null, pi: null, raisedAt: '2025-04-08T09:00:00+02:00' },
  { key: 'R3', impact: 'high', raisedAt: '2025-03-21T10:00:00+01:00' },
  { key: 'R4', impact: 'low', team: 'badgers' },
  { key: 'R5', impact: 'medium', team: 'badgers', raisedAt: '2025-03-20T16:00:00+01:00' },
  { key: 'R6', impact: 'medium', roam: 'owned', owner: 'Olga Otter' },
  { key: 'R7', impact: 'low', team: 'badgers', roam: 'resolved', owner: 'Bo Badger' },
  { key: 'R8', impact: 'critical', roam: 'resolved', owner: 'Olga Otter' },
  { key: 'R9', impact: 'medium', pi: null, roam: 'accepted', raisedAt: '2025-01-15T10:00:00+01:00' },
  { key: 'R10', impact: 'high', pi: '24.4', roam: 'owned', raisedAt: '2024-12-20T10:00:00+01:00' },
  { key: 'R11', train: 'south', team: 'pumas', pi: '26.1', impact: 'critical' },
];

describeEachBackend('ROAM risks: ingest and the board', (backend) => {
  let north: TrainFixture;
  let south: TrainFixture;
  const send = (...specs: RiskSpec[]) => applyInTransaction(backend.db, specs.map(risk) as IngestEvent[]);
  const stored = (key: string) => backend.db.selectFrom('risks').selectAll().where('key', '=', key).executeTakeFirstOrThrow();
  const load = (train: string, now = '2025-04-10T10:00:00Z') => loadRisks(backend.db, { kind: 'risks', train }, new Date(now));

  beforeEach(async () => {
    north = await insertTrain(backend.db, {
      slug: 'north',
      timeZone: 'Europe/Amsterdam',
      teams: ['otters', 'badgers'],
      pi: { name: '25.1', startDate: '2025-03-24', endDate: '2025-06-13' },
      iterations: [],
    });
    await backend.db.insertInto('program_increments').values({ train_id: north.trainId, name: '24.4', start_date: '2024-12-30', end_date: '2025-03-21' }).execute();
    south = await insertTrain(backend.db, {
      slug: 'south',
      timeZone: 'America/Sao_Paulo',
      teams: ['pumas'],
      pi: { name: '26.1', startDate: '2025-03-24', endDate: '2025-06-13' },
      iterations: [],
    });
  });

  describe('loadRisks', () => {
    it('counts each ROAM state of the current PI plus the risks tied to no PI, and lists the top ones', async () => {
      await send(...BOARD);
      const dto = await load('north');
      expect(dto).toMatchObject({
        kind: 'risks',
        key: 'risks:north',
        train: { slug: 'north', name: 'Train north' },
        asOf: '2025-04-10T10:00:00.000Z',
        pi: { name: '25.1', startDate: '2025-03-24', endDate: '2025-06-13' },
        total: 9,
      });
      expect(dto!.unroamed).toEqual({
        state: 'unroamed',
        count: 5,
        items: [
          { key: 'R1', title: 'Risk R1', impact: 'critical', owner: null, team: 'Team otters', ageDays: 20 },
          { key: 'R3', title: 'Risk R3', impact: 'high', owner: null, team: 'Team otters', ageDays: 20 },
          { key: 'R2', title: 'Risk R2', impact: 'high', owner: null, team: null, ageDays: 2 },
        ],
        more: 2,
      });
      expect(dto!.quadrants.map((q) => [q.state, q.count, q.items.map((i) => i.key), q.more])).toEqual([
        ['resolved', 2, ['R8', 'R7'], 0],
        ['owned', 1, ['R6'], 0],
        ['accepted', 1, ['R9'], 0],
        ['mitigated', 0, [], 0],
      ]);
      expect(dto!.quadrants[1]!.items[0]).toEqual({ key: 'R6', title: 'Risk R6', impact: 'medium', owner: 'Olga Otter', team: 'Team otters', ageDays: 20 });
      // Raised 15 January, 10:00 in Amsterdam: 85 days before 10 April.
      expect(dto!.quadrants[2]!.items[0]!.ageDays).toBe(85);
    });

    it('ages follow the train’s zone: at 23:30 UTC on 10 April it is already 11 April in Amsterdam', async () => {
      await send({ key: 'R1', raisedAt: '2025-04-10T08:00:00Z' });
      expect((await load('north', '2025-04-10T21:59:00Z'))!.unroamed.items[0]!.ageDays).toBe(0);
      expect((await load('north', '2025-04-10T23:30:00Z'))!.unroamed.items[0]!.ageDays).toBe(1);
    });

    it('an empty board has zero counts in every state; a train without PIs shows only the risks tied to no PI', async () => {
      expect(await load('north')).toMatchObject({
        total: 0,
        unroamed: { state: 'unroamed', count: 0, items: [], more: 0 },
        quadrants: [
          { state: 'resolved', count: 0, items: [] },
          { state: 'owned', count: 0, items: [] },
          { state: 'accepted', count: 0, items: [] },
          { state: 'mitigated', count: 0, items: [] },
        ],
      });
      const west = await backend.db.insertInto('trains').values({ slug: 'west', name: 'Train west', time_zone: 'UTC' }).returning('id').executeTakeFirstOrThrow();
      await backend.db.insertInto('teams').values({ train_id: west.id, slug: 'wolves', name: 'Team wolves' }).execute();
      await send({ key: 'W1', train: 'west', team: 'wolves', pi: null, impact: 'high', roam: 'owned', owner: 'Wanda' });
      const dto = await load('west');
      expect(dto).toMatchObject({ pi: null, total: 1, unroamed: { count: 0 } });
      expect(dto!.quadrants[1]).toMatchObject({ state: 'owned', count: 1, items: [{ key: 'W1', owner: 'Wanda', team: 'Team wolves' }] });
      expect(await load('nowhere')).toBeUndefined();
    });

    it('a train’s board follows its current PI: after 24.4 ended, its risks leave the board', async () => {
      await send(...BOARD);
      // Friday 21 March 2025 is the last day of 24.4: R10 is on, the 25.1 risks are not yet; R2 and R9 (no PI) always are.
      const before = await load('north', '2025-03-21T12:00:00Z');
      expect(before).toMatchObject({ pi: { name: '24.4' }, total: 3 });
      expect(before!.quadrants.map((q) => q.items.map((i) => i.key))).toEqual([[], ['R10'], ['R9'], []]);
      expect(before!.unroamed.items.map((i) => i.key)).toEqual(['R2']);
    });
  });

  describe('the risk.upserted handler', () => {
    it('stores each risk with its train, team, PI and times, and names the train whose board changes', async () => {
      const result = await send({ key: 'R1', impact: 'critical', owner: 'Olga Otter', title: 'Vendor API retires', at: '2025-03-22T09:00:00+01:00' });
      expect(result).toMatchObject({ stored: 1, duplicates: 0, affectedKeys: ['risks:north'] });
      expect(await stored('R1')).toMatchObject({
        train_id: north.trainId,
        team_id: north.teamId('otters'),
        pi_id: north.piId,
        title: 'Vendor API retires',
        description: null,
        owner: 'Olga Otter',
        impact: 'critical',
        roam: 'unroamed',
        raised_at: new Date('2025-03-21T14:00:00Z'),
        changed_at: new Date('2025-03-22T08:00:00Z'),
      });
      await send({ key: 'R2', team: null, pi: null });
      expect(await stored('R2')).toMatchObject({ team_id: null, pi_id: null });
    });

    it('the newest occurredAt wins: an older event never overwrites a newer state, also within one batch', async () => {
      await send({ key: 'R1', roam: 'owned', owner: 'Olga Otter', at: '2025-03-25T10:00:00Z' });
      await send({ key: 'R1', roam: 'unroamed', at: '2025-03-24T10:00:00Z', title: 'Stale' });
      expect(await stored('R1')).toMatchObject({ roam: 'owned', owner: 'Olga Otter', title: 'Risk R1' });
      await send({ key: 'R1', roam: 'resolved', at: '2025-03-28T10:00:00Z' }, { key: 'R1', roam: 'mitigated', at: '2025-03-27T10:00:00Z' });
      expect(await stored('R1')).toMatchObject({ roam: 'resolved', changed_at: new Date('2025-03-28T10:00:00Z') });
    });

    it('a key may move to another train: both boards are told', async () => {
      await send({ key: 'R1' });
      const result = await send({ key: 'R1', train: 'south', team: 'pumas', pi: '26.1', at: '2025-03-23T10:00:00Z' });
      expect(await stored('R1')).toMatchObject({ train_id: south.trainId, team_id: south.teamId('pumas'), pi_id: south.piId });
      expect([...result.affectedKeys].sort()).toEqual(['risks:north', 'risks:south']);
    });

    it('refuses unknown trains, teams and PIs and a team of another train, with the exact paths, storing nothing', async () => {
      const events = [
        risk({ key: 'OK' }),
        risk({ key: 'A', train: 'ghost-train' }),
        risk({ key: 'B', team: 'ghosts' }),
        risk({ key: 'C', team: 'pumas' }),
        risk({ key: 'D', pi: '26.1' }),
      ];
      const error = await backend.db
        .transaction()
        .execute((trx) => applyRisks(trx, events.map((event, index) => ({ event, index }))))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnknownReferenceError);
      expect((error as UnknownReferenceError).problems).toEqual([
        { path: 'events.1.data.train', message: 'unknown train "ghost-train"' },
        { path: 'events.2.data.team', message: 'unknown team "ghosts"' },
        { path: 'events.3.data.team', message: 'team "pumas" is not in train "north"' },
        { path: 'events.4.data.pi', message: 'unknown PI "26.1" in train "north"' },
      ]);
      await expect(send({ key: 'E', pi: '99.9' })).rejects.toBeInstanceOf(UnknownReferenceError);
      expect(await backend.db.selectFrom('risks').select('id').execute()).toEqual([]);
    });
  });
});
