import { beforeEach, expect, it } from 'vitest';
import type { NewBuild, NewCoverageSnapshot, NewDefect, NewSecurityFinding, NewTestRun } from '../../db/schema';
import { loadPanel } from '../../lib/panels/load';
import { loadQuality } from '../../lib/panels/quality/loader';
import { insertNorthAndSouth } from '../support/console';
import { describeEachBackend } from '../support/databases';
import type { TrainFixture } from '../support/fixtures';

/** Tuesday 24 November 2026, 11:00 in Amsterdam (UTC+1); PI 26.4 runs 5 October to 11 December. */
const NOW = new Date('2026-11-24T10:00:00Z');
const REF = { kind: 'quality', train: 'north' } as const;

describeEachBackend('the quality panel', (backend) => {
  let north: TrainFixture;
  let south: TrainFixture;

  const run = (key: string, suite: string, ranAt: string, passed: number, failed: number, skipped: number, trainId = north.trainId): NewTestRun => ({
    key, train_id: trainId, suite, passed, failed, skipped, duration_ms: null, commit: null, ran_at: new Date(ranAt), changed_at: new Date(ranAt),
  });
  const snapshot = (component: string, takenAt: string, line: number, branch: number | null, target: number | null): NewCoverageSnapshot => ({
    train_id: north.trainId, component, line_pct: line, branch_pct: branch, target_pct: target, taken_at: new Date(takenAt), changed_at: new Date(takenAt),
  });
  const defect = (key: string, severity: NewDefect['severity'], openedAt: string, closedAt: string | null, escaped = false, trainId = north.trainId): NewDefect => ({
    key, train_id: trainId, team_id: null, title: key, severity, found_in_production: escaped, opened_at: new Date(openedAt),
    closed_at: closedAt === null ? null : new Date(closedAt), changed_at: new Date(closedAt ?? openedAt),
  });
  const finding = (key: string, source: NewSecurityFinding['source'], severity: NewSecurityFinding['severity'], openedAt: string, resolvedAt: string | null): NewSecurityFinding => ({
    key, train_id: north.trainId, source, severity, title: key, opened_at: new Date(openedAt),
    resolved_at: resolvedAt === null ? null : new Date(resolvedAt), changed_at: new Date(resolvedAt ?? openedAt),
  });
  /** Builds of one repository, oldest first, an hour apart from 1 November. */
  const builds = (repository: string, statuses: string, branch = 'main'): NewBuild[] =>
    [...statuses].map((s, n) => {
      const at = new Date(Date.UTC(2026, 10, 1, n));
      return {
        key: `${repository}-${branch}-${n}`, train_id: north.trainId, repository, branch,
        status: s === 's' ? 'succeeded' : s === 'f' ? 'failed' : 'in_progress',
        finished_at: s === 'r' ? null : at, commit: null, changed_at: at,
      };
    });

  beforeEach(async () => {
    ({ north, south } = await insertNorthAndSouth(backend.db));
  });

  it('a train without any quality data: nothing made up, every trend empty of values', async () => {
    const dto = (await loadQuality(backend.db, REF, NOW))!;
    expect(dto).toMatchObject({ kind: 'quality', key: 'quality:north', train: { slug: 'north' }, pi: { name: '26.4' }, builds: [] });
    expect(dto.tests).toMatchObject({ passRate: null, passed: 0, failed: 0, skipped: 0, suites: 0, failingSuites: [] });
    expect(dto.coverage).toMatchObject({ linePct: null, branchPct: null, targetPct: null, components: 0 });
    // 5 October to 24 November: 51 days sampled daily, and weekly plus today.
    expect(dto.tests.passRateTrend).toHaveLength(51);
    expect(dto.tests.passRateTrend.every((p) => p.value === null)).toBe(true);
    expect(dto.defects.openTrend.map((p) => p.value)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(dto.security).toMatchObject({ open: 0, bySource: [{ source: 'sast', count: 0 }, { source: 'dependency', count: 0 }, { source: 'dast', count: 0 }] });
  });

  it('an unknown train: undefined', async () => {
    expect(await loadQuality(backend.db, { kind: 'quality', train: 'nowhere' }, NOW)).toBeUndefined();
  });

  it('tests: the latest run per suite now, and per day as of each day’s end in the train’s zone', async () => {
    await backend.db.insertInto('test_runs').values([
      run('u1', 'unit', '2026-11-23T01:00:00Z', 90, 10, 5),
      run('u2', 'unit', '2026-11-24T01:00:00Z', 98, 2, 1),
      // 00:30 on 20 November in Amsterdam: that day's, not the 19th's.
      run('a1', 'api', '2026-11-19T23:30:00Z', 49, 1, 0),
      run('s1', 'unit', '2026-11-24T01:00:00Z', 0, 500, 0, south.trainId),
    ]).execute();
    const { tests } = (await loadQuality(backend.db, REF, NOW))!;
    // (98 + 49) / (98 + 2 + 49 + 1) = 147 / 150
    expect(tests).toMatchObject({ passRate: 0.98, passed: 147, failed: 3, skipped: 1, suites: 2, failingSuites: ['api', 'unit'] });
    const on = (trend: { day: string; value: number | null }[], day: string) => trend.find((p) => p.day === day)?.value;
    expect(on(tests.passRateTrend, '2026-11-19')).toBeNull();
    expect(on(tests.passRateTrend, '2026-11-20')).toBe(0.98);
    expect(on(tests.passRateTrend, '2026-11-23')).toBeCloseTo(139 / 150, 10);
    expect(on(tests.passRateTrend, '2026-11-24')).toBe(0.98);
    expect(on(tests.countTrend, '2026-11-22')).toBe(50);
    expect(on(tests.countTrend, '2026-11-23')).toBe(155);
    expect(on(tests.countTrend, '2026-11-24')).toBe(151);
  });

  it('coverage: the mean of each component’s latest snapshot, a missing branch figure or target left out', async () => {
    await backend.db.insertInto('coverage_snapshots').values([
      snapshot('web', '2026-11-10T02:00:00Z', 70, 60, 80),
      snapshot('web', '2026-11-24T02:00:00Z', 76, 64, 80),
      snapshot('api', '2026-11-17T02:00:00Z', 84, null, null),
    ]).execute();
    const { coverage } = (await loadQuality(backend.db, REF, NOW))!;
    expect(coverage).toMatchObject({ linePct: 80, branchPct: 64, targetPct: 80, components: 2 });
    const line = Object.fromEntries(coverage.lineTrend.map((p) => [p.day, p.value]));
    expect([line['2026-11-09'], line['2026-11-10'], line['2026-11-16'], line['2026-11-17'], line['2026-11-24']]).toEqual([null, 70, 70, 77, 80]);
  });

  it('test trend: a suite’s run before the PI carries in, a day’s last run counts (by id at the same instant), a run after now does not', async () => {
    await backend.db.insertInto('test_runs').values([
      run('u0', 'unit', '2026-10-01T09:00:00Z', 10, 0, 0),
      run('u1', 'unit', '2026-11-02T07:00:00Z', 20, 0, 0),
      run('u2', 'unit', '2026-11-02T11:00:00Z', 30, 0, 0),
      run('u3', 'unit', '2026-11-02T17:00:00Z', 35, 0, 0),
      run('u4', 'unit', '2026-11-02T17:00:00Z', 40, 0, 0),
      run('u5', 'unit', '2026-11-24T12:00:00Z', 1, 99, 0),
    ]).execute();
    const { tests } = (await loadQuality(backend.db, REF, NOW))!;
    const count = Object.fromEntries(tests.countTrend.map((p) => [p.day, p.value]));
    expect(tests.countTrend[0]!.day).toBe('2026-10-05');
    expect([count['2026-10-05'], count['2026-11-01'], count['2026-11-02'], count['2026-11-03'], count['2026-11-24']]).toEqual([10, 10, 40, 40, 40]);
    expect(tests).toMatchObject({ passed: 40, failed: 0, passRate: 1 });
  });

  it('coverage trend: a component measured before the PI carries in; a branch figure or target that disappears leaves the mean', async () => {
    await backend.db.insertInto('coverage_snapshots').values([
      snapshot('db', '2026-09-30T02:00:00Z', 50, 40, 60),
      snapshot('web', '2026-11-10T02:00:00Z', 70, 60, 80),
      snapshot('api', '2026-11-12T02:00:00Z', 90, 80, 90),
      snapshot('web', '2026-11-17T02:00:00Z', 72, null, null),
    ]).execute();
    const { coverage } = (await loadQuality(backend.db, REF, NOW))!;
    const on = (trend: { day: string; value: number | null }[], days: string[]) => days.map((day) => trend.find((p) => p.day === day)?.value);
    const days = ['2026-10-05', '2026-11-09', '2026-11-10', '2026-11-12', '2026-11-17', '2026-11-24'];
    // Line: db alone, then (70 + 50) / 2, (70 + 90 + 50) / 3, (72 + 90 + 50) / 3 = 70.67.
    expect(on(coverage.lineTrend, days)).toEqual([50, 50, 60, 70, 70.7, 70.7]);
    // Branch: web's figure leaves on the 17th, so (80 + 40) / 2.
    expect(on(coverage.branchTrend, days)).toEqual([40, 40, 50, 60, 60, 60]);
    expect(coverage).toMatchObject({ linePct: 70.7, branchPct: 60, targetPct: 75, components: 3 });
  });

  it('defects: open by severity, escaped this PI, and open at the end of each week', async () => {
    await backend.db.insertInto('defects').values([
      defect('D1', 'critical', '2026-10-01T09:00:00Z', null, true),
      defect('D2', 'high', '2026-10-20T09:00:00Z', '2026-11-02T10:00:00Z', true),
      defect('D3', 'low', '2026-11-18T09:00:00Z', null, true),
      defect('D4', 'medium', '2026-11-03T09:00:00Z', '2026-11-20T12:00:00Z'),
      defect('D5', 'critical', '2026-11-03T09:00:00Z', null, true, south.trainId),
    ]).execute();
    const { defects } = (await loadQuality(backend.db, REF, NOW))!;
    expect(defects.open).toBe(2);
    expect(defects.bySeverity).toEqual([
      { severity: 'critical', count: 1 },
      { severity: 'high', count: 0 },
      { severity: 'medium', count: 0 },
      { severity: 'low', count: 1 },
    ]);
    // D2 and D3; D1 escaped before the PI.
    expect(defects.escapedThisPi).toBe(2);
    expect(defects.openTrend).toEqual(
      ['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23', '2026-11-24'].map((day, i) => ({
        day,
        value: [1, 1, 1, 2, 1, 2, 2, 2, 2][i],
      })),
    );
  });

  it('security findings: open by source and severity, and their weekly trend', async () => {
    await backend.db.insertInto('security_findings').values([
      finding('S1', 'sast', 'critical', '2026-11-01T09:00:00Z', null),
      finding('S2', 'dependency', 'high', '2026-11-10T09:00:00Z', null),
      finding('S3', 'dependency', 'low', '2026-11-05T09:00:00Z', '2026-11-12T09:00:00Z'),
      finding('S4', 'dast', 'medium', '2026-11-23T12:00:00Z', null),
    ]).execute();
    const { security } = (await loadQuality(backend.db, REF, NOW))!;
    expect(security.open).toBe(3);
    expect(security.bySeverity.map((s) => s.count)).toEqual([1, 1, 1, 0]);
    expect(security.bySource.map((s) => s.count)).toEqual([1, 1, 1]);
    expect(security.openTrend.map((p) => p.value)).toEqual([0, 0, 0, 0, 1, 2, 2, 3, 3]);
  });

  it('builds: the last 10 main-line marks per repository and the streak, red repositories first', async () => {
    await backend.db.insertInto('builds').values([
      ...builds('web', 'ssfsssssssss'),
      ...builds('pay', 'sff'),
      // Neither a feature branch nor a build still running counts.
      ...builds('web', 'sffffffffffff', 'feature-x').slice(1),
      ...builds('pay', 'ssssr').slice(4),
    ]).execute();
    const dto = (await loadQuality(backend.db, REF, NOW))!;
    expect(dto.builds).toEqual([
      { repository: 'pay', marks: ['succeeded', 'failed', 'failed'], streak: { status: 'failed', count: 2 } },
      { repository: 'web', marks: ['failed', ...Array(9).fill('succeeded')], streak: { status: 'succeeded', count: 9 } },
    ]);
  });

  it('one build only: a streak of one', async () => {
    await backend.db.insertInto('builds').values(builds('solo', 's')).execute();
    expect((await loadQuality(backend.db, REF, NOW))!.builds).toEqual([{ repository: 'solo', marks: ['succeeded'], streak: { status: 'succeeded', count: 1 } }]);
  });

  it('is the panel loadPanel serves for quality:<train>', async () => {
    expect(await loadPanel(backend.db, 'quality:north', NOW)).toMatchObject({ kind: 'quality', key: 'quality:north' });
  });
});
