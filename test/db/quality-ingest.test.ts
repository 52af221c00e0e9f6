import { beforeEach, describe, expect, it } from 'vitest';
import { UnknownReferenceError } from '../../lib/ingest/apply';
import type { EventOf } from '../../lib/ingest/schema';
import { describeEachBackend } from '../support/databases';
import { applyInTransaction, insertTrain } from '../support/fixtures';

const T1 = '2026-11-24T09:00:00Z';
const T2 = '2026-11-24T10:00:00Z';
const T3 = '2026-11-24T11:00:00Z';

let sequence = 0;
const envelope = <T extends string>(type: T, at: string) => ({ id: `${type}-${++sequence}`, type, occurredAt: at });

const testRun = (key: string, at: string, data: Partial<EventOf<'test_run.recorded'>['data']> = {}): EventOf<'test_run.recorded'> => ({
  ...envelope('test_run.recorded', at),
  data: { key, train: 'north', suite: 'unit', passed: 10, failed: 0, skipped: 0, durationMs: 1_000, commit: 'abc123', ranAt: null, ...data },
});
const coverage = (at: string, data: Partial<EventOf<'coverage.recorded'>['data']> = {}): EventOf<'coverage.recorded'> => ({
  ...envelope('coverage.recorded', at),
  data: { train: 'north', component: 'web', linePct: 80, branchPct: 70, targetPct: 80, takenAt: '2026-11-24T03:00:00Z', ...data },
});
const build = (key: string, at: string, data: Partial<EventOf<'build.recorded'>['data']> = {}): EventOf<'build.recorded'> => ({
  ...envelope('build.recorded', at),
  data: { key, train: 'north', repository: 'web', branch: 'main', status: 'succeeded', finishedAt: null, commit: null, ...data },
});
const defect = (key: string, at: string, data: Partial<EventOf<'defect.upserted'>['data']> = {}): EventOf<'defect.upserted'> => ({
  ...envelope('defect.upserted', at),
  data: { key, train: 'north', team: 'otters', title: `Defect ${key}`, severity: 'high', foundInProduction: false, openedAt: '2026-11-24T08:00:00Z', closedAt: null, ...data },
});
const finding = (key: string, at: string, data: Partial<EventOf<'security_finding.upserted'>['data']> = {}): EventOf<'security_finding.upserted'> => ({
  ...envelope('security_finding.upserted', at),
  data: { key, train: 'north', source: 'sast', severity: 'medium', title: `Finding ${key}`, openedAt: '2026-11-24T08:00:00Z', resolvedAt: null, ...data },
});

describeEachBackend('ingest of quality events', (backend) => {
  async function refused(events: Parameters<typeof applyInTransaction>[1]) {
    const error = await applyInTransaction(backend.db, events).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownReferenceError);
    return (error as UnknownReferenceError).problems;
  }
  const count = async (table: 'test_runs' | 'coverage_snapshots' | 'builds' | 'defects' | 'security_findings') =>
    Number((await backend.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  beforeEach(async () => {
    for (const [slug, teams] of [
      ['north', ['otters', 'badgers']],
      ['south', ['pumas']],
    ] as const) {
      await insertTrain(backend.db, { slug, timeZone: 'Europe/Amsterdam', teams: [...teams], pi: { name: '26.4', startDate: '2026-10-05', endDate: '2026-12-11' }, iterations: [] });
    }
  });

  describe('test_run.recorded', () => {
    it('stores a run (ranAt defaulting to occurredAt), newest wins, and names the quality panel', async () => {
      const result = await applyInTransaction(backend.db, [testRun('R1', T3, { passed: 9, failed: 1 }), testRun('R1', T1, { passed: 1 })]);
      expect(result.affectedKeys).toEqual(['quality:north']);
      await applyInTransaction(backend.db, [testRun('R1', T2, { passed: 5 })]);
      const rows = await backend.db.selectFrom('test_runs').select(['key', 'passed', 'failed', 'ran_at', 'changed_at', 'commit']).execute();
      expect(rows).toEqual([{ key: 'R1', passed: 9, failed: 1, ran_at: new Date(T3), changed_at: new Date(T3), commit: 'abc123' }]);
    });

    it('a key moved to another train moves both panels; an unknown train refuses the whole batch', async () => {
      await applyInTransaction(backend.db, [testRun('R1', T1)]);
      const moved = await applyInTransaction(backend.db, [testRun('R1', T2, { train: 'south' })]);
      expect(moved.affectedKeys.sort()).toEqual(['quality:north', 'quality:south']);
      expect(await refused([testRun('R2', T3), testRun('R3', T3, { train: 'nowhere' })])).toEqual([
        { path: 'events.1.data.train', message: 'unknown train "nowhere"' },
      ]);
      expect(await count('test_runs')).toBe(1);
    });
  });

  describe('coverage.recorded', () => {
    it('one snapshot per train, component and takenAt: the newest change wins', async () => {
      await applyInTransaction(backend.db, [coverage(T2, { linePct: 81.5 }), coverage(T1, { linePct: 10 })]);
      await applyInTransaction(backend.db, [coverage(T1, { linePct: 20 })]);
      await applyInTransaction(backend.db, [coverage(T3, { takenAt: null, component: 'api', targetPct: null })]);
      const rows = await backend.db.selectFrom('coverage_snapshots').select(['component', 'line_pct', 'target_pct', 'taken_at']).orderBy('component').execute();
      expect(rows).toEqual([
        { component: 'api', line_pct: 80, target_pct: null, taken_at: new Date(T3) },
        { component: 'web', line_pct: 81.5, target_pct: 80, taken_at: new Date('2026-11-24T03:00:00Z') },
      ]);
      expect(await refused([coverage(T3, { train: 'nowhere' })])).toEqual([{ path: 'events.0.data.train', message: 'unknown train "nowhere"' }]);
    });
  });

  describe('build.recorded', () => {
    it('in progress, then finished: finishedAt defaults to occurredAt; a late in-progress event changes nothing', async () => {
      await applyInTransaction(backend.db, [build('B1', T1, { status: 'in_progress' })]);
      await applyInTransaction(backend.db, [build('B1', T3, { status: 'failed' })]);
      await applyInTransaction(backend.db, [build('B1', T2, { status: 'in_progress' })]);
      expect(await backend.db.selectFrom('builds').select(['key', 'status', 'finished_at']).execute()).toEqual([
        { key: 'B1', status: 'failed', finished_at: new Date(T3) },
      ]);
      expect(await refused([build('B2', T3, { train: 'nowhere' })])).toEqual([{ path: 'events.0.data.train', message: 'unknown train "nowhere"' }]);
    });
  });

  describe('defect.upserted', () => {
    it('stores a defect of a team or of the train; newest wins', async () => {
      await applyInTransaction(backend.db, [defect('D1', T3, { closedAt: '2026-11-24T10:30:00Z', foundInProduction: true }), defect('D2', T1, { team: null })]);
      await applyInTransaction(backend.db, [defect('D1', T2, { title: 'Late: still open' })]);
      const rows = await backend.db
        .selectFrom('defects')
        .leftJoin('teams', 'teams.id', 'defects.team_id')
        .select(['defects.key', 'teams.slug as team', 'defects.title', 'defects.found_in_production', 'defects.closed_at'])
        .orderBy('defects.key')
        .execute();
      expect(rows).toEqual([
        { key: 'D1', team: 'otters', title: 'Defect D1', found_in_production: true, closed_at: new Date('2026-11-24T10:30:00Z') },
        { key: 'D2', team: null, title: 'Defect D2', found_in_production: false, closed_at: null },
      ]);
    });

    it('refuses an unknown train, an unknown team and a team of another train, naming each field', async () => {
      expect(
        await refused([defect('D1', T1, { train: 'nowhere' }), defect('D2', T1, { team: 'ghosts' }), defect('D3', T1, { team: 'pumas' })]),
      ).toEqual([
        { path: 'events.0.data.train', message: 'unknown train "nowhere"' },
        { path: 'events.1.data.team', message: 'unknown team "ghosts"' },
        { path: 'events.2.data.team', message: 'team "pumas" is not in train "north"' },
      ]);
      expect(await count('defects')).toBe(0);
    });
  });

  describe('security_finding.upserted', () => {
    it('newest wins; an unknown train is refused', async () => {
      await applyInTransaction(backend.db, [finding('S1', T2, { resolvedAt: '2026-11-24T09:30:00Z' })]);
      await applyInTransaction(backend.db, [finding('S1', T1)]);
      expect(await backend.db.selectFrom('security_findings').select(['key', 'resolved_at']).execute()).toEqual([
        { key: 'S1', resolved_at: new Date('2026-11-24T09:30:00Z') },
      ]);
      expect(await refused([finding('S2', T1, { train: 'nowhere' })])).toEqual([{ path: 'events.0.data.train', message: 'unknown train "nowhere"' }]);
    });
  });
});
