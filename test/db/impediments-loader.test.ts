import { beforeEach, describe, expect, it } from 'vitest';
import { UnknownReferenceError } from '../../lib/ingest/apply';
import type { EventOf, IngestEvent } from '../../lib/ingest/schema';
import { loadImpediments } from '../../lib/panels/impediments/loader';
import { OLDEST_LIMIT } from '../../lib/panels/impediments/math';
import { insertNorthAndSouth } from '../support/console';
import { describeEachBackend } from '../support/databases';
import { applyInTransaction, type TrainFixture } from '../support/fixtures';

interface Spec {
  key: string;
  train?: string;
  team: string | null;
  opened: string;
  resolved?: string | null;
  escalated?: boolean;
  owner?: string | null;
  title?: string;
  /** When the event happened; defaults to the later of opened and resolved. */
  at?: string;
}

function impediment(spec: Spec): EventOf<'impediment.upserted'> {
  const at = spec.at ?? spec.resolved ?? spec.opened;
  return {
    id: `${spec.key}@${at}@${spec.train ?? 'north'}`,
    type: 'impediment.upserted',
    occurredAt: at,
    data: {
      key: spec.key,
      train: spec.train ?? 'north',
      team: spec.team,
      title: spec.title ?? `Impediment ${spec.key}`,
      description: null,
      owner: spec.owner ?? null,
      escalated: spec.escalated ?? false,
      openedAt: spec.opened,
      resolvedAt: spec.resolved ?? null,
    },
  };
}

// Wednesday 4 November 2026, 11:00 in Amsterdam (CET): week 5 of PI 26.4 (Mon 5 Oct - Fri 11 Dec, 10 weeks).
const NOW = new Date('2026-11-04T10:00:00Z');

/**
 * Open at NOW, with ages in Amsterdam calendar days to 4 Nov:
 *   A otters, escalated, 6 Oct → 29 · H badgers, 13 Oct → 22 (resolved only after NOW) · B otters, 20 Oct → 15 ·
 *   C the train's, escalated, Mon 2 Nov 00:30 local (still Sunday 1 Nov in UTC) → 2.
 *   4 open, 2 escalated, mean age (29 + 22 + 15 + 2) / 4 = 17. Per team: otters 2, badgers 1, train 1, cubs 0.
 * Not open: D and G resolved before NOW, E opened before the PI and resolved in it, F opened after NOW.
 * Opened per week: W1 A, D = 2 · W2 G, H = 2 · W3 B = 1 · W4 0 (C is local Monday) · W5 C = 1 (not F).
 * Resolved per week: W2 D = 1 · W5 E, G = 2 (not H's, after NOW).
 */
const SPECS: Spec[] = [
  { key: 'A', team: 'otters', opened: '2026-10-06T09:00:00+02:00', escalated: true, owner: 'Ana Lima' },
  { key: 'B', team: 'otters', opened: '2026-10-20T23:30:00+02:00' },
  { key: 'C', team: null, opened: '2026-11-02T00:30:00+01:00', escalated: true, owner: 'The RTE' },
  { key: 'D', team: 'badgers', opened: '2026-10-07T10:00:00+02:00', resolved: '2026-10-16T15:00:00+02:00' },
  { key: 'E', team: 'badgers', opened: '2026-09-28T10:00:00+02:00', resolved: '2026-11-03T09:00:00+01:00' },
  { key: 'F', team: 'otters', opened: '2026-11-04T12:00:00+01:00' },
  { key: 'G', team: 'badgers', opened: '2026-10-12T10:00:00+02:00', resolved: '2026-11-04T10:30:00+01:00' },
  { key: 'H', team: 'badgers', opened: '2026-10-13T10:00:00+02:00', resolved: '2026-11-04T11:30:00+01:00', owner: 'Hugo' },
];

describeEachBackend('Impediments: ingest and panel', (backend) => {
  let north: TrainFixture;
  let south: TrainFixture;
  const send = (...specs: Spec[]) => applyInTransaction(backend.db, specs.map(impediment) as IngestEvent[]);
  const stored = (key: string) => backend.db.selectFrom('impediments').selectAll().where('key', '=', key).executeTakeFirstOrThrow();
  const load = (train = 'north', now = NOW) => loadImpediments(backend.db, { kind: 'impediments', train }, now);

  beforeEach(async () => {
    ({ north, south } = await insertNorthAndSouth(backend.db, ['otters', 'badgers', 'cubs']));
  });

  describe('the loader', () => {
    it('counts, ages, per team, oldest first and the weekly trend, all as of now in the train’s zone', async () => {
      await send(...SPECS);
      const dto = await load();
      expect(dto).toMatchObject({
        kind: 'impediments',
        key: 'impediments:north',
        train: { slug: 'north', name: 'Train north' },
        asOf: NOW.toISOString(),
        pi: { name: '26.4', startDate: '2026-10-05', endDate: '2026-12-11' },
        open: { total: 4, escalated: 2, averageAgeDays: 17 },
      });
      expect(dto!.teams).toEqual([
        { slug: 'otters', name: 'Team otters', open: 2 },
        { slug: 'badgers', name: 'Team badgers', open: 1 },
        { slug: null, name: 'Train', open: 1 },
        { slug: 'cubs', name: 'Team cubs', open: 0 },
      ]);
      expect(dto!.oldest).toEqual([
        { key: 'A', title: 'Impediment A', team: 'Team otters', owner: 'Ana Lima', escalated: true, ageDays: 29 },
        { key: 'H', title: 'Impediment H', team: 'Team badgers', owner: 'Hugo', escalated: false, ageDays: 22 },
        { key: 'B', title: 'Impediment B', team: 'Team otters', owner: null, escalated: false, ageDays: 15 },
        { key: 'C', title: 'Impediment C', team: null, owner: 'The RTE', escalated: true, ageDays: 2 },
      ]);
      expect(dto!.trend.map((w) => [w.number, w.startDate, w.opened, w.resolved, w.current, w.future])).toEqual([
        [1, '2026-10-05', 2, 0, false, false],
        [2, '2026-10-12', 2, 1, false, false],
        [3, '2026-10-19', 1, 0, false, false],
        [4, '2026-10-26', 0, 0, false, false],
        [5, '2026-11-02', 1, 2, true, false],
        [6, '2026-11-09', 0, 0, false, true],
        [7, '2026-11-16', 0, 0, false, true],
        [8, '2026-11-23', 0, 0, false, true],
        [9, '2026-11-30', 0, 0, false, true],
        [10, '2026-12-07', 0, 0, false, true],
      ]);
    });

    it('a day later, F is open too and H resolved: the figures follow `now`', async () => {
      await send(...SPECS);
      // Thursday 5 November 10:00 Amsterdam. Open: A 30, B 16, C 3, F 1 → mean 50 / 4 = 12.5.
      const dto = await load('north', new Date('2026-11-05T09:00:00Z'));
      expect(dto!.open).toEqual({ total: 4, escalated: 2, averageAgeDays: 12.5 });
      expect(dto!.oldest.map((o) => [o.key, o.ageDays])).toEqual([['A', 30], ['B', 16], ['C', 3], ['F', 1]]);
      expect(dto!.trend[4]).toMatchObject({ opened: 2, resolved: 3, current: true });
    });

    it('nothing open: zeros for every team and the train, no mean age, an empty list', async () => {
      await send(SPECS[3]!);
      const dto = await load();
      expect(dto!.open).toEqual({ total: 0, escalated: 0, averageAgeDays: null });
      expect(dto!.teams.map((t) => [t.name, t.open])).toEqual([['Team badgers', 0], ['Team cubs', 0], ['Team otters', 0], ['Train', 0]]);
      expect(dto!.oldest).toEqual([]);
      expect(dto!.trend.slice(0, 2).map((w) => [w.opened, w.resolved])).toEqual([[1, 0], [0, 1]]);
    });

    it('lists the oldest OLDEST_LIMIT; the total says how many are open', async () => {
      const many = Array.from({ length: OLDEST_LIMIT + 2 }, (_, i): Spec => ({ key: `M${i}`, team: 'cubs', opened: `2026-10-${String(10 + i).padStart(2, '0')}T10:00:00+02:00` }));
      await send(...many);
      const dto = await load();
      expect(dto!.open.total).toBe(OLDEST_LIMIT + 2);
      expect(dto!.oldest.map((o) => o.key)).toEqual(many.slice(0, OLDEST_LIMIT).map((m) => m.key));
    });

    it('without a PI the trend is empty and the open list still shows; an unknown train has no panel', async () => {
      await send(SPECS[0]!);
      await backend.db.deleteFrom('program_increments').where('train_id', '=', north.trainId).execute();
      const dto = await load();
      expect(dto).toMatchObject({ pi: null, trend: [], open: { total: 1 } });
      expect(dto!.oldest.map((o) => o.key)).toEqual(['A']);
      expect(await load('nowhere')).toBeUndefined();
    });

    it('another train’s impediments are not counted', async () => {
      await send(SPECS[0]!, { key: 'S1', train: 'south', team: 'pumas', opened: '2026-10-06T09:00:00-03:00' });
      expect((await load())!.open.total).toBe(1);
      expect((await load('south'))!.teams).toEqual([
        { slug: 'pumas', name: 'Team pumas', open: 1 },
        { slug: null, name: 'Train', open: 0 },
      ]);
    });
  });

  describe('the impediment.upserted handler', () => {
    it('stores the whole state and names the train whose panel changes', async () => {
      const result = await send(SPECS[0]!);
      expect(result).toMatchObject({ stored: 1, duplicates: 0, affectedKeys: ['impediments:north'] });
      expect(await stored('A')).toMatchObject({
        train_id: north.trainId,
        team_id: north.teamId('otters'),
        title: 'Impediment A',
        owner: 'Ana Lima',
        escalated: true,
        opened_at: new Date('2026-10-06T07:00:00Z'),
        resolved_at: null,
        changed_at: new Date('2026-10-06T07:00:00Z'),
      });
    });

    it('the newest occurredAt wins, across batches and within one', async () => {
      const opened = '2026-10-06T09:00:00+02:00';
      await send({ key: 'A', team: 'otters', opened, escalated: true, at: '2026-10-08T09:00:00+02:00' });
      await send({ key: 'A', team: 'otters', opened, escalated: false, title: 'Stale', at: '2026-10-07T09:00:00+02:00' });
      expect(await stored('A')).toMatchObject({ escalated: true, title: 'Impediment A' });
      await send(
        { key: 'A', team: 'otters', opened, resolved: '2026-10-10T09:00:00+02:00' },
        { key: 'A', team: 'otters', opened, title: 'Older in the batch', at: '2026-10-09T09:00:00+02:00' },
      );
      expect(await stored('A')).toMatchObject({ resolved_at: new Date('2026-10-10T07:00:00Z'), title: 'Impediment A', escalated: false });
    });

    it('a key moving to another train moves it there, and both trains are told', async () => {
      await send(SPECS[0]!);
      const result = await send({ key: 'A', train: 'south', team: 'pumas', opened: SPECS[0]!.opened, at: '2026-10-20T10:00:00+02:00' });
      expect(await stored('A')).toMatchObject({ train_id: south.trainId, team_id: south.teamId('pumas') });
      expect([...result.affectedKeys].sort()).toEqual(['impediments:north', 'impediments:south']);
      expect((await load())!.open.total).toBe(0);
    });

    it('refuses the batch naming an unknown train, an unknown team, or a team of another train; stores nothing', async () => {
      const error = await send(
        SPECS[0]!,
        { key: 'X1', train: 'nowhere', team: 'otters', opened: SPECS[0]!.opened },
        { key: 'X2', team: 'ghosts', opened: SPECS[0]!.opened },
        { key: 'X3', team: 'pumas', opened: SPECS[0]!.opened },
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnknownReferenceError);
      expect((error as UnknownReferenceError).problems).toEqual([
        { path: 'events.1.data.train', message: 'unknown train "nowhere"' },
        { path: 'events.2.data.team', message: 'unknown team "ghosts"' },
        { path: 'events.3.data.team', message: 'team "pumas" is not in train "north"' },
      ]);
      expect(await backend.db.selectFrom('impediments').select('key').execute()).toEqual([]);
    });
  });
});
