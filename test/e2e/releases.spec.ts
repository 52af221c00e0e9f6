import { expect, test, type APIRequestContext } from '@playwright/test';
import { todayIn } from '../../lib/time/calendar';
import { sameOrigin, signInAsAdmin } from './console-helpers';
import { watchPageProblems } from './helpers';
import { createPlaylist, endAllAlerts, openTv, pairDisplayByApi, uniqueName } from './kiosk-helpers';

// A release of the demo train made for this test, due today so that it is on the board whatever the demo holds;
// cancelled at the end, so the board looks as the demo left it for the tests that follow.

const PHONE = { width: 375, height: 812 };

let sent = 0;

/** A deployment of the version to the demo's dev environment, through the public ingest API, as CI/CD would send it. */
async function sendDeployment(request: APIRequestContext, key: string, version: string, status: 'in_progress' | 'succeeded') {
  const response = await request.post('/api/v1/events', {
    data: {
      events: [
        {
          id: `e2e-${key}-${++sent}-${Date.now()}`,
          type: 'deployment.recorded',
          occurredAt: new Date().toISOString(),
          data: { key, train: 'demo', environment: 'dev', version, status },
        },
      ],
    },
  });
  expect(response.status(), await response.text()).toBe(200);
}

test('a gate rejected with one tap on a phone makes the release stand out on a paired TV, and a deployment moves its mark, live', async ({ browser, request, baseURL }, testInfo) => {
  test.setTimeout(120_000);
  await signInAsAdmin(request);
  await endAllAlerts(request);
  const name = uniqueName('Zz Billing');
  const version = `9.${Date.now() % 100_000}.0`;
  const title = `${name} ${version}`;
  const created = await request.post('/api/admin/releases', {
    data: { trainSlug: 'demo', name, version, targetDate: todayIn('Europe/Amsterdam', new Date()), major: false },
    headers: sameOrigin(),
  });
  expect(created.status(), await created.text()).toBe(201);
  const release = ((await created.json()) as { release: { id: number; key: string } }).release;

  const playlistId = await createPlaylist(request, uniqueName('Zz releases'), [{ kind: 'releases', seconds: 300 }]);
  const display = await pairDisplayByApi(request, { name: uniqueName('Zz releases TV'), playlistId });
  const tv = await openTv(browser, display, { viewport: { width: 1920, height: 1080 } });
  const tvProblems = watchPageProblems(tv.page, baseURL!);
  await tv.page.goto('/display');
  const row = tv.page.locator(`[data-release-key="${release.key}"]`);
  await expect(row).toBeVisible();
  await expect(row).toHaveAttribute('data-stands-out', '');
  await expect(row).toContainText('Today');
  const dev = row.locator('[data-environment="Dev"]');
  await expect(dev).toHaveAttribute('data-state', 'none');
  await expect(dev).toContainText('Not yet');
  await expect(tv.page.locator('[data-socket="connected"]')).toBeVisible();
  await tv.page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

  const phone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  const page = await phone.newPage();
  const consoleProblems = watchPageProblems(page, baseURL!);
  await signInAsAdmin(page);
  await page.goto('/admin/releases?train=demo');
  const item = page.getByRole('listitem', { name: title });
  const reject = item.getByRole('button', { name: `Reject: Security review (CISO) of ${title}` });
  await reject.scrollIntoViewIfNeeded();
  expect((await reject.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await reject.tap();
  const gate = item.locator('[data-gate="security_review"]');
  await expect(gate).toHaveAttribute('data-state', 'rejected');
  await expect(gate).toContainText('rejected · Riley RTE');
  await expect(reject).toHaveAttribute('aria-pressed', 'true');
  await page.screenshot({ path: testInfo.outputPath('releases-console-375x812.png') });

  // Live on the TV, without a reload: a frame and the words, and the gate's own mark.
  await expect(row).toHaveAttribute('data-stands-out', 'rejected', { timeout: 5_000 });
  await expect(row.getByTestId('release-stand-out')).toHaveText('⚠ Gate rejected');
  await expect(row.locator('[data-gate="security_review"]')).toContainText('CISO rejected');
  await expect(row.locator('[data-gate="security_review"]')).toContainText('R. RTE');

  // CI/CD reports the version on dev: deploying, then deployed.
  const deploymentKey = `e2e-${release.key}-dev`;
  await sendDeployment(request, deploymentKey, version, 'in_progress');
  await expect(dev).toHaveAttribute('data-state', 'in_progress', { timeout: 5_000 });
  await expect(dev).toContainText('Deploying');
  await sendDeployment(request, deploymentKey, version, 'succeeded');
  await expect(dev).toHaveAttribute('data-state', 'succeeded', { timeout: 5_000 });
  await expect(dev).toContainText('Deployed');
  expect(await tv.page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  await tv.page.screenshot({ path: testInfo.outputPath('releases-tv-1920x1080.png') });

  // Called off: it leaves the board.
  const cancelled = await request.patch(`/api/admin/releases/${release.id}`, { data: { cancelled: true }, headers: sameOrigin() });
  expect(cancelled.status()).toBe(200);
  await expect(row).toHaveCount(0, { timeout: 5_000 });

  await tv.context.close();
  await phone.close();
  expect(tvProblems).toEqual([]);
  expect(consoleProblems).toEqual([]);
});
