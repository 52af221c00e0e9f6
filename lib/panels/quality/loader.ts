import type { Kysely } from 'kysely';
import { findTrainWithCurrentPi } from '../../../db/queries/objectives';
import {
  coverageTrend,
  defectCounts,
  latestTestRuns,
  mainBuildHealth,
  openSecurityFindings,
  openTrend,
  testTrend,
  type TrendDays,
} from '../../../db/queries/quality';
import type { Database } from '../../../db/schema';
import { addDays, todayIn, zonedTimeToUtc } from '../../time/calendar';
import { panelKey } from '../keys';
import { passRate, sampleDays, trendWindow } from './math';
import type { FindingSource, QualityDto, QualityRef, QualitySeverity, QualityTrendPoint, RepositoryBuilds } from './types';

const SEVERITIES: QualitySeverity[] = ['critical', 'high', 'medium', 'low'];
const SOURCES: FindingSource[] = ['sast', 'dependency', 'dast'];
/** Build marks per repository: what a row of the tile holds at a size read from 3 m. */
export const BUILD_MARKS = 10;
/** Open defects and findings are sampled weekly (plus today): a count that moves slowly. */
const OPEN_STEP_DAYS = 7;

/** The train's quality at `now`, as the panel draws it; undefined for an unknown train. */
export async function loadQuality(db: Kysely<Database>, ref: QualityRef, now: Date): Promise<QualityDto | undefined> {
  const train = await findTrainWithCurrentPi(db, ref.train, now);
  if (!train) return undefined;
  const today = todayIn(train.timeZone, now);
  const window = trendWindow(train.pi, today);
  const daily: TrendDays = { trainId: train.trainId, timeZone: train.timeZone, days: sampleDays(window.from, window.to, 1), now };
  const weekly: TrendDays = { ...daily, days: sampleDays(window.from, window.to, OPEN_STEP_DAYS) };
  const piFrom = zonedTimeToUtc(train.pi?.startDate ?? window.from, 0, train.timeZone);
  const piTo = zonedTimeToUtc(addDays(train.pi?.endDate ?? window.to, 1), 0, train.timeZone);

  const [latest, tests, coverage, defectsTrend, defects, findingsTrend, findings, builds] = await Promise.all([
    latestTestRuns(db, train.trainId, now),
    testTrend(db, daily),
    coverageTrend(db, daily),
    openTrend(db, 'defects', weekly),
    defectCounts(db, train.trainId, piFrom, piTo),
    openTrend(db, 'security_findings', weekly),
    openSecurityFindings(db, train.trainId),
    mainBuildHealth(db, train.trainId, BUILD_MARKS),
  ]);

  const sum = (rows: { passed: number; failed: number; skipped: number }[], field: 'passed' | 'failed' | 'skipped') =>
    rows.reduce((n, r) => n + r[field], 0);
  const byDay = <R extends { day: string }>(rows: R[], value: (r: R) => number | null): QualityTrendPoint[] => {
    const found = new Map(rows.map((r) => [r.day, value(r)]));
    return daily.days.map((day) => ({ day, value: found.get(day) ?? null }));
  };
  const weeklyOpen = (rows: { day: string; open: number }[]) => rows.map((r) => ({ day: r.day, value: r.open }));
  const current = coverage.find((c) => c.day === window.to);
  const round1 = (v: number | null | undefined) => (v === null || v === undefined ? null : Math.round(v * 10) / 10);
  const defectsBySeverity = SEVERITIES.map((severity) => ({ severity, count: defects.find((d) => d.severity === severity)?.open ?? 0 }));
  const findingCount = (match: (f: (typeof findings)[number]) => boolean) => findings.filter(match).reduce((n, f) => n + f.open, 0);

  return {
    kind: 'quality',
    key: panelKey(ref),
    train: { slug: train.slug, name: train.name },
    asOf: now.toISOString(),
    pi: train.pi && { name: train.pi.name, startDate: train.pi.startDate, endDate: train.pi.endDate },
    tests: {
      passRate: passRate(sum(latest, 'passed'), sum(latest, 'failed')),
      passed: sum(latest, 'passed'),
      failed: sum(latest, 'failed'),
      skipped: sum(latest, 'skipped'),
      suites: latest.length,
      failingSuites: latest.filter((r) => r.failed > 0).map((r) => r.suite),
      passRateTrend: byDay(tests, (r) => passRate(r.passed, r.failed)),
      countTrend: byDay(tests, (r) => r.passed + r.failed + r.skipped),
    },
    coverage: {
      linePct: round1(current?.line),
      branchPct: round1(current?.branch),
      targetPct: round1(current?.target),
      components: current?.components ?? 0,
      lineTrend: byDay(coverage, (r) => round1(r.line)),
      branchTrend: byDay(coverage, (r) => round1(r.branch)),
    },
    defects: {
      open: defectsBySeverity.reduce((n, d) => n + d.count, 0),
      bySeverity: defectsBySeverity,
      escapedThisPi: defects.reduce((n, d) => n + d.escaped, 0),
      openTrend: weeklyOpen(defectsTrend),
    },
    builds: builds
      // A repository building both main and master shows once.
      .filter((b, i) => builds.findIndex((other) => other.repository === b.repository) === i)
      .map(
        (b): RepositoryBuilds => ({
          repository: b.repository,
          marks: b.statuses as RepositoryBuilds['marks'],
          streak: { status: b.head as RepositoryBuilds['streak']['status'], count: b.streak },
        }),
      )
      // Red first: the one to look at.
      .sort((a, b) => Number(a.streak.status === 'succeeded') - Number(b.streak.status === 'succeeded') || a.repository.localeCompare(b.repository)),
    security: {
      open: findingCount(() => true),
      bySeverity: SEVERITIES.map((severity) => ({ severity, count: findingCount((f) => f.severity === severity) })),
      bySource: SOURCES.map((source) => ({ source, count: findingCount((f) => f.source === source) })),
      openTrend: weeklyOpen(findingsTrend),
    },
  };
}
