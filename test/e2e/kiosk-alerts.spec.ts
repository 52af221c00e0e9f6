import { expect, test, type APIRequestContext } from '@playwright/test';
import { sameOrigin, signInAsAdmin } from './console-helpers';
import { createPlaylist, endAllAlerts, openTv, pairDisplayByApi, uniqueName, wallState } from './kiosk-helpers';

test.beforeEach(async ({ request }) => {
  await signInAsAdmin(request);
  await endAllAlerts(request);
});

async function raise(request: APIRequestContext, displayId: number, text: string, severity: string, expiresInMinutes = 30): Promise<number> {
  const response = await request.post('/api/admin/alerts', {
    data: { text, severity, target: 'display', displayId, expiresInMinutes },
    headers: sameOrigin(),
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { alert: { id: number } }).alert.id;
}

async function pairedTv(browser: import('@playwright/test').Browser, request: APIRequestContext) {
  const playlistId = await createPlaylist(request, uniqueName('Alerts'), [
    { kind: 'burndown', params: { team: 'atlas' }, seconds: 5 },
    { kind: 'burndown', params: { team: 'borealis' }, seconds: 5 },
    { kind: 'burndown', params: { team: 'comet' }, seconds: 5 },
  ]);
  const display = await pairDisplayByApi(request, { name: uniqueName('Alert TV'), playlistId });
  const tv = await openTv(browser, display);
  await tv.page.goto('/display');
  return { display, tv };
}

test('an alert takes over the TV at once, pauses rotation, and rotation resumes where it was when it ends', async ({ browser, request }, testInfo) => {
  const { display, tv } = await pairedTv(browser, request);
  // Wait for the second panel, so that "where it was" is not simply the start.
  await expect(tv.page.locator('[data-team="borealis"]')).toBeVisible({ timeout: 8_000 });
  const before = await wallState(tv.page);

  const text = `Production incident: checkout down (${Date.now()})`;
  const raisedAt = Date.now();
  const id = await raise(request, display.id, text, 'critical');
  const takeover = tv.page.getByTestId('alert-takeover');
  await expect(takeover).toBeVisible({ timeout: 2_000 });
  expect(Date.now() - raisedAt).toBeLessThan(2_000);
  await expect(tv.page.getByTestId('alert-text')).toHaveText(text);
  await expect(takeover).toHaveAttribute('data-severity', 'critical');
  await expect(takeover).toContainText('Critical');
  // Only the alert is on screen: the panel and its chart are unmounted.
  await expect(tv.page.locator('canvas')).toHaveCount(0);
  const textSize = await tv.page.getByTestId('alert-text').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(textSize).toBeGreaterThanOrEqual(720 / 12);
  await tv.page.screenshot({ path: testInfo.outputPath('alert-1280x720.png') });

  // Rotation is paused: longer than a panel's time passes and the step stays.
  await tv.page.waitForTimeout(6_000);
  expect((await wallState(tv.page)).step).toBe(before.step);

  const end = await request.post(`/api/admin/alerts/${id}/end`, { headers: sameOrigin() });
  expect(end.status()).toBe(200);
  await expect(takeover).toBeHidden({ timeout: 2_000 });
  const after = await wallState(tv.page);
  expect(after.team).toBe('borealis');
  expect(after.step).toBe(before.step);
  await expect(tv.page.locator('[data-team="comet"]')).toBeVisible({ timeout: 8_000 });
  await tv.context.close();
});

test('the most severe alert shows first; ending it shows the next one', async ({ browser, request }) => {
  const { display, tv } = await pairedTv(browser, request);
  await expect(tv.page.locator('[data-team]')).toBeVisible();
  await raise(request, display.id, 'Fire drill at 11:00', 'info');
  await expect(tv.page.getByTestId('alert-takeover')).toHaveAttribute('data-severity', 'info');
  await expect(tv.page.getByTestId('alert-takeover')).toContainText('Notice');
  const warning = await raise(request, display.id, 'Build pipeline is red', 'warning');
  await expect(tv.page.getByTestId('alert-takeover')).toHaveAttribute('data-severity', 'warning');
  await expect(tv.page.getByTestId('alert-takeover')).toContainText('1 more alert');
  await request.post(`/api/admin/alerts/${warning}/end`, { headers: sameOrigin() });
  await expect(tv.page.getByTestId('alert-text')).toHaveText('Fire drill at 11:00');
  await endAllAlerts(request);
  await expect(tv.page.getByTestId('alert-takeover')).toBeHidden();
  await tv.context.close();
});

test('an alert ends on the TV when it expires, by the TV\'s own clock', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const { display, tv } = await pairedTv(browser, request);
  await expect(tv.page.locator('[data-team]')).toBeVisible();
  await raise(request, display.id, 'Stand-up moved to room 4', 'warning', 1);
  const takeover = tv.page.getByTestId('alert-takeover');
  await expect(takeover).toBeVisible();
  const expiresAt = Date.now() + 60_000;
  await expect(takeover).toBeHidden({ timeout: 65_000 });
  // Not before its time (a second of slack for the clock of the request).
  expect(Date.now()).toBeGreaterThan(expiresAt - 2_000);
  await expect(tv.page.locator('[data-team]')).toBeVisible();
  await tv.context.close();
});
