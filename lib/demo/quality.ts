import type { IngestEvent } from '../ingest/schema';
import { addDays, todayIn, zonedTimeToUtc } from '../time/calendar';
import type { DemoCalendar } from './calendar';
import { DEMO_TEAMS, DEMO_TRAIN } from './catalogue';
import { pick, seededRandom } from './random';

const train = DEMO_TRAIN.slug;
const DAY_MS = 86_400_000;

/** Nightly suites: their size on the PI's first day, tests added per day, and how flaky they are. */
const SUITES = [
  { suite: 'unit', tests: 3_180, growth: 6, flaky: 0.15, maxFailures: 2 },
  { suite: 'api', tests: 640, growth: 2, flaky: 0.2, maxFailures: 3 },
  { suite: 'ui-e2e', tests: 176, growth: 1, flaky: 0.45, maxFailures: 6 },
  { suite: 'contract', tests: 94, growth: 0.3, flaky: 0.05, maxFailures: 1 },
];
/** Components' coverage on the PI's first day; it climbs slowly towards the 80 % target. */
const COMPONENTS = [
  { component: 'web-app', line: 74.2, branch: 63.5, perDay: 0.12 },
  { component: 'orders-api', line: 81.6, branch: 72.8, perDay: 0.04 },
  { component: 'payments', line: 77.9, branch: 69.1, perDay: 0.08 },
];
const TARGET_PCT = 80;
/** Main-branch repositories and how often a build goes red; payments broke on its last build. */
const REPOSITORIES = [
  { repository: 'web-app', red: 0.08 },
  { repository: 'orders-api', red: 0.05 },
  { repository: 'payments', red: 0.06 },
  { repository: 'mobile-app', red: 0.12 },
];
const BUILD_MINUTES = [10 * 60 + 5, 13 * 60 + 40, 16 * 60 + 20];

const DEFECT_TITLES = [
  'Basket total ignores the voucher after a page reload',
  'Date picker shows US format for Dutch users',
  'Order export misses the VAT column',
  'Refund email links to the wrong order',
  'Search ranks sold-out products first',
  'Delivery slot list empty on Sundays',
  'Profile photo upload fails above 4 MB',
  'Invoice number repeats after month end',
  'Screen reader skips the payment step heading',
  'Stock count negative after a cancelled order',
];
const FINDING_TITLES: Record<'sast' | 'dependency' | 'dast', string[]> = {
  sast: ['SQL built from request text', 'Hard-coded secret in a test helper', 'Unvalidated redirect target', 'Weak hash for reset tokens'],
  dependency: ['Prototype pollution in a parser library', 'Outdated TLS library', 'Regular-expression denial of service', 'Known CVE in the image resizer'],
  dast: ['Missing Content-Security-Policy header', 'Session cookie without SameSite', 'Verbose error page shows a stack trace'],
};
const SEVERITIES = ['critical', 'high', 'medium', 'medium', 'low', 'low'] as const;

/** Test runs, coverage, builds, defects and security findings the demo train's tools would have sent by `now`. */
export function demoQualityEvents(calendar: DemoCalendar, timeZone: string, now: Date): IngestEvent[] {
  const random = seededRandom(4_242);
  const today = todayIn(timeZone, now);
  const events: IngestEvent[] = [];
  const add = (event: IngestEvent) => {
    if (Date.parse(event.occurredAt) <= now.getTime()) events.push(event);
  };
  const days: string[] = [];
  for (let day = calendar.startDate; day <= today; day = addDays(day, 1)) days.push(day);

  // Nightly test runs and coverage, every calendar day of the PI so far.
  days.forEach((day, n) => {
    for (const s of SUITES) {
      const ranAt = zonedTimeToUtc(day, 2 * 60 + 15, timeZone);
      const total = Math.round(s.tests + s.growth * n);
      // A broken API contract on days 8 and 9, fixed on day 10.
      const failed = s.suite === 'api' && (n === 8 || n === 9) ? 27 : random() < s.flaky ? 1 + Math.floor(random() * s.maxFailures) : 0;
      const skipped = Math.round(total * 0.02);
      add({
        id: `demo-run-${s.suite}-${day}`,
        type: 'test_run.recorded',
        occurredAt: new Date(ranAt.getTime() + 20 * 60_000).toISOString(),
        data: { key: `run-${s.suite}-${day}`, train, suite: s.suite, passed: total - failed - skipped, failed, skipped, durationMs: 60_000 + total * 40, commit: null, ranAt: ranAt.toISOString() },
      });
    }
    for (const c of COMPONENTS) {
      const takenAt = zonedTimeToUtc(day, 3 * 60, timeZone);
      const wobble = (random() - 0.5) * 0.4;
      add({
        id: `demo-coverage-${c.component}-${day}`,
        type: 'coverage.recorded',
        occurredAt: takenAt.toISOString(),
        data: {
          train,
          component: c.component,
          linePct: round1(Math.min(95, c.line + c.perDay * n + wobble)),
          branchPct: round1(Math.min(90, c.branch + c.perDay * n + wobble)),
          targetPct: TARGET_PCT,
          takenAt: takenAt.toISOString(),
        },
      });
    }
  });

  // Main-branch builds on the working days so far: mostly green; payments' latest went red.
  const workingDays = calendar.workingDays.filter((d) => d <= today);
  for (const { repository, red } of REPOSITORIES) {
    const finished = workingDays.flatMap((day) => BUILD_MINUTES.map((minute) => zonedTimeToUtc(day, minute, timeZone))).filter((at) => at <= now);
    finished.forEach((at, n) => {
      const last = n === finished.length - 1;
      const status = repository === 'payments' && last ? 'failed' : random() < red ? 'failed' : 'succeeded';
      add({
        id: `demo-build-${repository}-${n}`,
        type: 'build.recorded',
        occurredAt: at.toISOString(),
        data: { key: `build-${repository}-${n}`, train, repository, branch: 'main', status, finishedAt: at.toISOString(), commit: null },
      });
    });
  }

  // About 30 defects over the PI so far; most closed within days, a few escaped to production.
  const span = Math.max(1, now.getTime() - zonedTimeToUtc(calendar.startDate, 0, timeZone).getTime());
  const start = zonedTimeToUtc(calendar.startDate, 8 * 60, timeZone).getTime();
  for (let n = 0; n < 30; n++) {
    const openedAt = new Date(start + Math.floor(random() * (span - 2 * 3_600_000)));
    const closedAt = new Date(openedAt.getTime() + (0.5 + random() * 8) * DAY_MS);
    const team = pick(random, DEMO_TEAMS).slug;
    const severity = pick(random, SEVERITIES);
    const closed = closedAt <= now && random() < 0.75;
    add({
      id: `demo-defect-${n}`,
      type: 'defect.upserted',
      occurredAt: (closed ? closedAt : openedAt).toISOString(),
      data: {
        key: `DEF-${410 + n}`,
        train,
        team,
        title: DEFECT_TITLES[n % DEFECT_TITLES.length]!,
        severity,
        foundInProduction: n % 8 === 3,
        openedAt: openedAt.toISOString(),
        closedAt: closed ? closedAt.toISOString() : null,
      },
    });
  }

  // About 15 security findings: scans raise them, teams resolve most within a couple of weeks.
  for (let n = 0; n < 15; n++) {
    const source = (['dependency', 'sast', 'dependency', 'dast', 'sast'] as const)[n % 5]!;
    const openedAt = new Date(start + Math.floor(random() * (span - 2 * 3_600_000)));
    const resolvedAt = new Date(openedAt.getTime() + (1 + random() * 14) * DAY_MS);
    const resolved = resolvedAt <= now && random() < 0.7;
    add({
      id: `demo-finding-${n}`,
      type: 'security_finding.upserted',
      occurredAt: (resolved ? resolvedAt : openedAt).toISOString(),
      data: {
        key: `SEC-${120 + n}`,
        train,
        source,
        severity: n === 6 ? 'critical' : pick(random, SEVERITIES.slice(1)),
        title: pick(random, FINDING_TITLES[source]),
        openedAt: openedAt.toISOString(),
        resolvedAt: resolved ? resolvedAt.toISOString() : null,
      },
    });
  }
  return events;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
