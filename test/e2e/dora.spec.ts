import { expect, test, type APIRequestContext } from '@playwright/test';
import { percentReading } from '../../lib/panels/dora/math';
import type { DoraDto } from '../../lib/panels/dora/types';
import { signInAsAdmin } from './console-helpers';
import { watchPageProblems } from './helpers';
import { createPlaylist, endAllAlerts, openTv, pairDisplayByApi, uniqueName } from './kiosk-helpers';

let sent = 0;

/** Reports a production deployment of the demo train through the public ingest API, as a CD tool would. */
async function sendDeployment(request: APIRequestContext, key: string, status: 'failed' | 'in_progress') {
  const response = await request.post('/api/v1/events', {
    data: {
      events: [
        {
          id: `e2e-${key}-${++sent}-${Date.now()}`,
          type: 'deployment.recorded',
          occurredAt: new Date(Date.now() - 1_000).toISOString(),
          data: { key, train: 'demo', environment: 'production', version: '2.3.99', status, commit: 'e2e0c0ffee', committedAt: new Date(Date.now() - 3_600_000).toISOString() },
        },
      ],
    },
  });
  expect(response.status(), await response.text()).toBe(200);
}

test('a paired TV shows the DORA panel, and a failed production deployment moves the change failure rate live', async ({ browser, request, baseURL }) => {
  test.setTimeout(120_000);
  await signInAsAdmin(request);
  await endAllAlerts(request);
  // "Zz": a test playlist must never become the demo's default.
  const playlistId = await createPlaylist(request, uniqueName('Zz dora'), [{ kind: 'dora', params: {}, seconds: 300 }]);
  const display = await pairDisplayByApi(request, { name: uniqueName('DORA TV'), playlistId });
  const tv = await openTv(browser, display, { viewport: { width: 1920, height: 1080 } });
  const problems = watchPageProblems(tv.page, baseURL!);
  await tv.page.goto('/display');
  const panel = tv.page.locator('[data-panel-key="dora:demo"]');
  await expect(panel).toBeVisible();
  await expect(tv.page.locator('[data-socket="connected"]')).toBeVisible();
  await tv.page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

  // The demo fills every tile: a value, a band in words, and the window it covers.
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('DORA · last 30 days');
  for (const id of ['dora-deployment-frequency', 'dora-lead-time', 'dora-change-failure-rate', 'dora-time-to-restore']) {
    await expect(panel.getByTestId(id)).not.toHaveText('–');
    await expect(panel.getByTestId(`${id}-band`)).toHaveText(/^[★▲◆▼] (Elite|High|Medium|Low)$/);
  }
  await expect(panel.getByTestId('dora-deployment-frequency-tile')).toContainText(/per (day|week|month)/);

  const dto = (await (await request.get(`/api/v1/panels/${encodeURIComponent('dora:demo')}`)).json()) as DoraDto;
  const cfr = dto.changeFailureRate;
  const rate = panel.getByTestId('dora-change-failure-rate');
  await expect(rate).toHaveText(percentReading(cfr.value).value);
  // One more failed of one more finished: computed here by hand from the loader's counts.
  const expected = String(Math.round(((cfr.failed + 1) / (cfr.count + 1)) * 100));
  expect(expected).not.toBe(percentReading(cfr.value).value);

  const key = `e2e-dora-${Date.now()}`;
  await sendDeployment(request, key, 'failed');
  await expect(rate).toHaveText(expected, { timeout: 10_000 });
  await expect(panel.getByTestId('dora-change-failure-rate-tile')).toContainText(`${cfr.failed + 1} of ${cfr.count + 1} deployments failed or rolled back`);
  await tv.page.screenshot({ path: test.info().outputPath('dora-tv-1920.png') });

  // The same key reported again, newer, as in progress: not finished, so it leaves the rate (and the demo is as it was).
  await sendDeployment(request, key, 'in_progress');
  await expect(rate).toHaveText(percentReading(cfr.value).value, { timeout: 10_000 });
  expect(await tv.page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  await tv.context.close();
  expect(problems).toEqual([]);
});
