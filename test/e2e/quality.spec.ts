import { expect, test, type APIRequestContext } from '@playwright/test';
import type { QualityDto } from '../../lib/panels/quality/types';
import { signInAsAdmin } from './console-helpers';
import { watchPageProblems } from './helpers';
import { createPlaylist, endAllAlerts, openTv, pairDisplayByApi, uniqueName } from './kiosk-helpers';

/** The demo train's nightly suites: a run of each replaces every suite's latest, so the pass rate is known exactly. */
const SUITES = ['unit', 'api', 'ui-e2e', 'contract'];
let sent = 0;

/** Sends one run per suite through the public ingest API, as a CI server would; failures per suite by name. */
async function sendRuns(request: APIRequestContext, passed: Record<string, number>, failed: Record<string, number>) {
  const occurredAt = new Date().toISOString();
  const response = await request.post('/api/v1/events', {
    data: {
      events: SUITES.map((suite) => ({
        id: `e2e-run-${suite}-${++sent}-${Date.now()}`,
        type: 'test_run.recorded',
        occurredAt,
        data: { key: `e2e-run-${suite}-${sent}-${Date.now()}`, train: 'demo', suite, passed: passed[suite] ?? 0, failed: failed[suite] ?? 0, skipped: 0 },
      })),
    },
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** One coverage snapshot of an extra component of the demo train, taken now. */
async function sendCoverage(request: APIRequestContext, figures: { linePct: number; branchPct: number }) {
  const response = await request.post('/api/v1/events', {
    data: {
      events: [{ id: `e2e-coverage-${++sent}-${Date.now()}`, type: 'coverage.recorded', occurredAt: new Date().toISOString(), data: { train: 'demo', component: 'e2e-branchless', ...figures } }],
    },
  });
  expect(response.status(), await response.text()).toBe(200);
}

test('a paired TV shows the quality panel, and a test run sent by CI changes the pass rate live', async ({ browser, request, baseURL }) => {
  test.setTimeout(120_000);
  await signInAsAdmin(request);
  await endAllAlerts(request);

  // "Zz": a test playlist must never sort first and become the demo train's default (the public wall's).
  const playlistId = await createPlaylist(request, uniqueName('Zz quality'), [{ kind: 'quality', params: {}, seconds: 300 }]);
  const display = await pairDisplayByApi(request, { name: uniqueName('Quality TV'), playlistId });
  const tv = await openTv(browser, display, { viewport: { width: 1920, height: 1080 } });
  const problems = watchPageProblems(tv.page, baseURL!);
  await tv.page.goto('/display');
  const panel = tv.page.locator('[data-panel-key="quality:demo"]');
  await expect(panel).toBeVisible();
  const rate = panel.getByTestId('quality-pass-rate');
  await expect(rate).toHaveText(/^\d{1,3}(\.\d)? %$/);
  // Every tile says its state in a word, never by colour alone.
  for (const tile of ['quality-tests', 'quality-test-count', 'quality-coverage', 'quality-defects', 'quality-builds', 'quality-security']) {
    await expect(panel.getByTestId(tile).getByRole('heading')).toBeVisible();
  }
  await expect(panel.getByTestId('quality-builds')).toContainText(/\d+ (green|red)( in a row)?/);
  await expect(tv.page.locator('[data-socket="connected"]')).toBeVisible();
  await tv.page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

  // 300 of the unit tests fail: 4,000 passed of 4,300 run is 93.0 % (floored), "Watch".
  const passed = { unit: 3_000, api: 700, 'ui-e2e': 200, contract: 100 };
  await sendRuns(request, passed, { unit: 300 });
  await expect(rate).toHaveText('93.0 %', { timeout: 10_000 });
  const tests = panel.getByTestId('quality-tests');
  await expect(tests).toContainText('▲ Watch');
  await expect(tests).toContainText('300 failed in unit');
  await expect(panel.getByTestId('quality-test-count-value')).toHaveText('4,300');

  // Fixed: every suite green again, 100 %, "Healthy"; still the same page, never reloaded.
  await sendRuns(request, { ...passed, unit: 3_300 }, {});
  await expect(rate).toHaveText('100 %', { timeout: 10_000 });
  await expect(tests).toContainText('✔ Healthy');
  expect(await tv.page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

  // Coverage: line (blue) and branch (yellow) trends on one scale, against the dashed target. A component with no
  // branch coverage at all drops today's branch mean to the bottom of the tile, live; a later snapshot at the mean
  // puts it back for the tests that follow.
  const coverage = panel.getByTestId('quality-coverage');
  const dto = async () => (await (await request.get(`/api/v1/panels/${encodeURIComponent('quality:demo')}`)).json()) as QualityDto;
  const before = (await dto()).coverage;
  const known = (trend: { value: number | null }[]) => String(trend.filter((p) => p.value !== null).length);
  expect(before.branchPct).not.toBeNull();
  await expect(coverage.locator('[data-series="main"]')).toHaveAttribute('data-points', known(before.lineTrend));
  await expect(coverage.locator('[data-series="second"]')).toHaveAttribute('data-points', known(before.branchTrend));
  await expect(coverage.locator('[data-series="level"]')).toHaveCount(1);
  await expect(panel.getByTestId('quality-coverage-legend')).toContainText(`Branch ${before.branchPct!.toFixed(1)}\u00a0%`);
  const branchDot = coverage.locator('[data-series="second"] polyline').last();
  await expect(branchDot).not.toHaveAttribute('points', /,92 /);
  await sendCoverage(request, { linePct: 100, branchPct: 0 });
  await expect(branchDot).toHaveAttribute('points', /,92 [\d.]+,92$/, { timeout: 10_000 });
  const dropped = (await dto()).coverage;
  expect(dropped.branchPct!).toBeLessThan(before.branchPct!);
  await expect(panel.getByTestId('quality-coverage-legend')).toContainText(`Branch ${dropped.branchPct!.toFixed(1)}\u00a0%`);
  await sendCoverage(request, { linePct: before.linePct!, branchPct: before.branchPct! });
  await expect(branchDot).not.toHaveAttribute('points', /,92 /, { timeout: 10_000 });

  await tv.page.screenshot({ path: test.info().outputPath('quality-tv-1920.png') });

  await tv.context.close();
  expect(problems).toEqual([]);
});
