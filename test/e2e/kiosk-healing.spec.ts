import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, request as playwrightRequest, test, type Page } from '@playwright/test';
import { startServer, type RunningServer } from '../support/server';
import { sameOrigin, signInAsAdmin } from './console-helpers';
import { addStory, getBurndown } from './helpers';
import { createPlaylist, endAllAlerts, openTv, pairDisplayByApi, uniqueName, updatePlaylist, wallState } from './kiosk-helpers';

const format = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** What a TV must show at every moment of an outage: the wall with its last data, never an error page. */
async function stillTheWall(page: Page, url: string) {
  expect(page.url()).toBe(url);
  return page.evaluate(() => ({
    wall: document.querySelector('[data-step]') !== null,
    number: document.querySelector('[data-testid="remaining-now"]')?.textContent ?? '',
    badge: document.querySelector('[data-testid="stale-badge"]')?.textContent ?? null,
    step: Number(document.querySelector('[data-step]')?.getAttribute('data-step') ?? -1),
  }));
}

test.describe('a server of its own, stopped and started again', () => {
  const port = 3150;
  const env = { SIGNALBOX_ROTATION_SECONDS: '3' };
  let dataDir: string;
  let server: RunningServer;

  test.beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'signalbox-healing-'));
    server = await startServer({ port, dataDir, env });
  });

  test.afterAll(async () => {
    if (server.child.exitCode === null) await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('the TV keeps its last data with a stale badge while the server is down, then recovers by itself', async ({ browser }, testInfo) => {
    test.setTimeout(150_000);
    const api = await playwrightRequest.newContext({ baseURL: server.url });
    const before = await getBurndown(api, 'atlas');
    const url = `${server.url}/display/demo?team=atlas`;
    const pages: Page[] = [];
    for (const viewport of [
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
      { width: 3840, height: 2160 },
    ]) {
      const page = await browser.newPage({ viewport });
      await page.goto(url);
      pages.push(page);
    }
    const tv = pages[0]!;
    const pageErrors: string[] = [];
    tv.on('pageerror', (error) => pageErrors.push(error.message));
    await expect(tv.getByTestId('remaining-now')).toHaveText(format(before.remainingNow));
    await expect.poll(() => tv.evaluate(() => window.__signalboxDrawn?.key)).toBe('burndown:atlas:points');
    await expect(tv.getByTestId('stale-badge')).toHaveCount(0);

    await server.stop();
    const stoppedAt = Date.now();
    await expect(tv.getByTestId('stale-badge')).toBeVisible({ timeout: 5_000 });
    await expect(tv.getByTestId('stale-badge')).toHaveText(/Stale since \d\d:\d\d/);
    for (const [i, page] of pages.entries()) {
      await expect(page.getByTestId('stale-badge')).toBeVisible({ timeout: 5_000 });
      const name = ['1280x720', '1920x1080', '3840x2160'][i];
      await page.screenshot({ path: testInfo.outputPath(`stale-${name}.png`) });
    }
    const stepAtStop = (await stillTheWall(tv, url)).step;
    while (Date.now() - stoppedAt < 20_000) {
      const state = await stillTheWall(tv, url);
      expect(state.wall).toBe(true);
      expect(state.number).toBe(format(before.remainingNow));
      expect(state.badge).toMatch(/Stale since/);
      await tv.waitForTimeout(1_000);
    }
    // Rotation went on without the server (3 s per boundary).
    expect((await stillTheWall(tv, url)).step).toBeGreaterThan(stepAtStop + 3);

    server = await startServer({ port, dataDir, env });
    // Reconnection backs off to at most 30 s (with jitter): give it that and a little more.
    await expect(tv.getByTestId('stale-badge')).toHaveCount(0, { timeout: 40_000 });
    // Fresh data: a write after the restart moves the number, pushed over the new connection.
    await expect.poll(() => tv.evaluate(() => window.__signalboxDrawn?.key)).toBe('burndown:atlas:points');
    await expect(tv.locator('[data-socket="connected"]')).toBeVisible();
    await addStory(api, before, 8);
    await expect(tv.getByTestId('remaining-now')).toHaveText(format(before.remainingNow + 8), { timeout: 5_000 });
    expect(tv.url()).toBe(url);
    expect(pageErrors).toEqual([]);
    for (const page of pages) await page.close();
    await api.dispose();
  });
});

test('a panel whose data cannot be loaded shows its error state while rotation goes on', async ({ browser, request }) => {
  await signInAsAdmin(request);
  await endAllAlerts(request);
  const name = uniqueName('Failing panel');
  const playlistId = await createPlaylist(request, name, [
    { kind: 'burndown', params: { team: 'atlas' }, seconds: 3 },
    { kind: 'burndown', params: { team: 'borealis' }, seconds: 3 },
  ]);
  const display = await pairDisplayByApi(request, { name: uniqueName('Failing panel TV'), playlistId });
  const tv = await openTv(browser, display);
  // The server fails this one panel: its loader answers 404 as for a team that no longer exists.
  await tv.page.route('**/api/v1/panels/burndown%3Acomet%3Apoints', (route) =>
    route.fulfill({ status: 404, contentType: 'application/problem+json', body: JSON.stringify({ error: 'panel_not_found' }) }),
  );
  await tv.page.goto('/display');
  await expect(tv.page.locator('[data-team="atlas"]')).toBeVisible();

  // Comet joins the playlist; the TV has never had its data.
  await updatePlaylist(request, playlistId, name, [
    { kind: 'burndown', params: { team: 'atlas' }, seconds: 3 },
    { kind: 'burndown', params: { team: 'comet' }, seconds: 3 },
  ]);
  const error = tv.page.getByTestId('panel-error');
  await expect(error).toBeVisible({ timeout: 10_000 });
  await expect(error).toHaveAttribute('data-panel-key', 'burndown:comet:points');
  await expect(error).toContainText('This panel has no data');
  const failedAt = await wallState(tv.page);
  // Rotation goes on: atlas comes back with its chart, and comet fails again on its next turn.
  await expect(tv.page.locator('[data-team="atlas"]')).toBeVisible({ timeout: 5_000 });
  await expect(tv.page.locator('canvas')).toHaveCount(1);
  await expect(error).toBeVisible({ timeout: 5_000 });
  expect((await wallState(tv.page)).step).toBeGreaterThanOrEqual(failedAt.step + 2);
  await tv.context.close();
});

test('a panel that throws while drawing shows its error state, rotation goes on, and it draws again once its data is good', async ({ browser, request }) => {
  await signInAsAdmin(request);
  await endAllAlerts(request);
  const playlistId = await createPlaylist(request, uniqueName('Throwing panel'), [
    { kind: 'burndown', params: { team: 'dynamo' }, seconds: 3 },
    { kind: 'burndown', params: { team: 'ember' }, seconds: 3 },
  ]);
  const display = await pairDisplayByApi(request, { name: uniqueName('Throwing panel TV'), playlistId });
  const tv = await openTv(browser, display);
  // Malformed data for ember (no team, no iteration): the panel's component throws on it.
  await tv.page.route('**/api/v1/panels/burndown%3Aember%3Apoints', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ kind: 'burndown', key: 'burndown:ember:points' }) }),
  );
  await tv.page.goto('/display');
  await expect(tv.page.getByText('This panel could not be drawn')).toBeVisible({ timeout: 10_000 });
  await expect(tv.page.locator('[data-team="dynamo"]')).toBeVisible({ timeout: 5_000 });

  // The server's real data arrives by push; ember's next turn is a fresh mount that draws.
  await tv.page.unroute('**/api/v1/panels/burndown%3Aember%3Apoints');
  await addStory(request, await getBurndown(request, 'ember'), 1);
  await expect(tv.page.locator('[data-team="ember"]')).toBeVisible({ timeout: 10_000 });
  await tv.context.close();
});

test('a socket refused for an invalid token sends the TV to pairing; revoked while it was connecting', async ({ browser, request }) => {
  await signInAsAdmin(request);
  const display = await pairDisplayByApi(request, { name: uniqueName('Refused TV') });
  const tv = await openTv(browser, display);
  // Hold the socket back until the token is revoked, so the refusal (not the 'display-revoked' push) is what tells.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await tv.page.route('**/socket.io/**', async (route) => {
    await held;
    await route.continue();
  });
  await tv.page.goto('/display');
  await expect(tv.page.locator('[data-team]')).toBeVisible();
  const revoke = await request.delete(`/api/admin/displays/${display.id}`, { headers: sameOrigin() });
  expect(revoke.status()).toBe(200);
  release();
  await expect(tv.page.getByTestId('pairing-screen')).toBeVisible({ timeout: 10_000 });
  await tv.context.close();
});

test('a TV on an older build reloads once, at a rotation boundary, when the server says it runs a new one', async ({ browser, request }) => {
  await signInAsAdmin(request);
  await endAllAlerts(request);
  const build = readFileSync(path.resolve(import.meta.dirname, '../../.next/BUILD_ID'), 'utf8').trim();
  const playlistId = await createPlaylist(request, uniqueName('New build'), [
    { kind: 'burndown', params: { team: 'atlas' }, seconds: 3 },
    { kind: 'burndown', params: { team: 'borealis' }, seconds: 3 },
  ]);
  const display = await pairDisplayByApi(request, { name: uniqueName('Old build TV'), playlistId });
  const tv = await openTv(browser, display);
  // Every copy of the page this TV loads says it was built as "an-older-build".
  await tv.page.route('**/display', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replaceAll(`\\"build\\":\\"${build}\\"`, '\\"build\\":\\"an-older-build\\"');
    await route.fulfill({ response, body });
  });
  const loads: number[] = [];
  tv.page.on('load', () => loads.push(Date.now()));
  await tv.page.goto('/display');
  await expect(tv.page.locator('[data-team]')).toBeVisible();
  const loadedAt = Date.now();

  // Not at once: at the end of the panel on screen (3 s); then never again for the same build.
  await expect.poll(() => loads.length, { timeout: 8_000 }).toBe(2);
  expect(loads[1]! - loadedAt).toBeGreaterThan(1_000);
  await expect(tv.page.locator('[data-team]')).toBeVisible();
  await tv.page.waitForTimeout(7_000);
  expect(loads).toHaveLength(2);
  await tv.context.close();
});

test('watchdog: with no socket and no successful fetch for 5 minutes, the page reloads itself, at most once per 10 minutes', async ({ page }) => {
  await page.clock.install();
  // A socket that never connects and panel data that never loads, while the server itself answers: the page is
  // wedged, and a reload is what can help.
  await page.route('**/socket.io/**', (route) => route.abort());
  await page.route('**/api/v1/panels/**', (route) => route.abort());
  const loads: number[] = [];
  page.on('load', () => loads.push(Date.now()));
  await page.goto('/display/demo?team=ember');
  await expect(page.getByTestId('stale-badge')).toBeVisible();

  await page.clock.fastForward('04:00');
  await page.waitForTimeout(500);
  expect(loads).toHaveLength(1);
  await page.clock.fastForward('01:30');
  await expect.poll(() => loads.length).toBe(2);
  await expect(page.locator('[data-team="ember"]')).toBeVisible();

  // Still no socket, but the last reload was less than 10 minutes ago.
  await page.clock.fastForward('06:00');
  await page.waitForTimeout(1_000);
  expect(loads).toHaveLength(2);
  // Ten minutes after the first, the next reload is allowed again.
  await page.clock.fastForward('05:00');
  await expect.poll(() => loads.length).toBe(3);
});
