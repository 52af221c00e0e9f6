import { expect, test, type Page } from '@playwright/test';
import { sameOrigin, signInAsAdmin } from './console-helpers';
import { createPlaylist, endAllAlerts, openTv, pairDisplayByApi, uniqueName } from './kiosk-helpers';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];

/** Every piece of text lies inside the screen, and none is smaller than a 45th of its height. */
async function layout(page: Page) {
  return page.evaluate(() => {
    // Elements that hold text themselves; containers' own font size is never seen.
    // (An SVG icon's glyph is sized in its own viewBox units.)
    const texts = [...document.querySelectorAll('body *')].filter((el) =>
      !(el instanceof SVGElement) && el.getClientRects().length > 0 && !['SCRIPT', 'STYLE', 'TEMPLATE'].includes(el.tagName) && [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== ''),
    );
    const outside = texts.filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && (r.left < 0 || r.top < 0 || r.right > window.innerWidth + 0.5 || r.bottom > window.innerHeight + 0.5);
    });
    const clipped = texts.filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible');
    return {
      outside: outside.map((el) => el.textContent),
      clipped: clipped.map((el) => el.textContent),
      smallestFontPx: Math.min(...texts.map((el) => parseFloat(getComputedStyle(el).fontSize))),
    };
  });
}

test('kiosk screens read from across the room at 720p, 1080p and 4K', async ({ browser, request }, testInfo) => {
  test.setTimeout(120_000);
  await signInAsAdmin(request);
  await endAllAlerts(request);
  const playlistId = await createPlaylist(request, uniqueName('Screens'), [{ kind: 'burndown', params: { team: 'comet' }, seconds: 60 }]);
  const display = await pairDisplayByApi(request, { name: 'Team room 3', playlistId });

  for (const size of SIZES) {
    const name = `${size.width}x${size.height}`;
    const pairing = await openTv(browser, null, { viewport: size });
    await pairing.page.goto('/display');
    await expect(pairing.page.getByTestId('pairing-code')).toHaveText(/^[A-Z2-9]{6}$/);
    const codeSize = await pairing.page.getByTestId('pairing-code').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    // A 6-character code read from 3 m: letters at least a seventh of the screen's height.
    expect(codeSize).toBeGreaterThanOrEqual(size.height / 7);
    const pairingLayout = await layout(pairing.page);
    expect(pairingLayout.outside).toEqual([]);
    expect(pairingLayout.smallestFontPx).toBeGreaterThanOrEqual(size.height / 45);
    await pairing.page.screenshot({ path: testInfo.outputPath(`pairing-${name}.png`) });
    await pairing.context.close();

    const tv = await openTv(browser, display, { viewport: size });
    await tv.page.goto('/display');
    await expect(tv.page.locator('[data-team="comet"]')).toBeVisible();
    await expect.poll(() => tv.page.evaluate(() => window.__signalboxDrawn?.key)).toBe('burndown:comet:points');
    const wallLayout = await layout(tv.page);
    expect(wallLayout.outside).toEqual([]);
    expect(wallLayout.smallestFontPx).toBeGreaterThanOrEqual(size.height / 45);
    await tv.page.screenshot({ path: testInfo.outputPath(`paired-wall-${name}.png`) });

    const raised = await request.post('/api/admin/alerts', {
      data: {
        text: 'Production incident: payments are failing. Hold all deploys until the RTE gives the all-clear.',
        severity: 'critical',
        target: 'display',
        displayId: display.id,
        expiresInMinutes: 30,
      },
      headers: sameOrigin(),
    });
    expect(raised.status()).toBe(201);
    await expect(tv.page.getByTestId('alert-takeover')).toBeVisible();
    const alertLayout = await layout(tv.page);
    expect(alertLayout.outside).toEqual([]);
    expect(alertLayout.smallestFontPx).toBeGreaterThanOrEqual(size.height / 45);
    await tv.page.screenshot({ path: testInfo.outputPath(`alert-${name}.png`) });
    await endAllAlerts(request);
    await expect(tv.page.getByTestId('alert-takeover')).toBeHidden();
    await tv.context.close();
  }
});

test('burn-in care: the whole wall moves a few pixels every 3 minutes, never more than 4', async ({ page }) => {
  // Jumps of 3 minutes drop the socket, and with no contact for 5 minutes the watchdog would rightly reload the page,
  // which starts the shift over: its health probe fails here, so the page stays.
  await page.route('**/api/health', (route) => route.abort());
  await page.clock.install();
  await page.goto('/display/demo');
  await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
  const wall = page.locator('[data-step]');
  const offset = () =>
    wall.evaluate((el) => {
      const m = new DOMMatrix(getComputedStyle(el).transform);
      return [m.e, m.f];
    });
  // Hydrated and live (the server's markup is visible before the shift's timer exists).
  await expect(page.locator('[data-socket="connected"]')).toBeVisible();
  expect(await offset()).toEqual([0, 0]);
  const seen = new Set<string>(['0,0']);
  let last = '0,0';
  for (let i = 0; i < 4; i++) {
    await page.clock.fastForward('03:00');
    // Every step moves the wall; React draws the new offset a moment after the timer fires.
    await expect.poll(async () => (await offset()).join(',')).not.toBe(last);
    const [x, y] = await offset();
    expect(Math.max(Math.abs(x!), Math.abs(y!))).toBeLessThanOrEqual(4);
    last = `${x},${y}`;
    seen.add(last);
  }
  expect(seen.size).toBe(5);
  expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
});

test('each panel says how fresh its data is, and turns visibly stale past its 10-minute budget', async ({ page }) => {
  const burndownAnswered = () => page.waitForResponse((response) => response.url().includes('/api/v1/panels/burndown') && response.ok());
  await page.clock.install();
  const fetchedOnConnect = burndownAnswered();
  await page.goto('/display/demo?team=dynamo');
  const age = page.getByTestId('panel-age');
  await expect(age).toHaveText('Updated just now');
  await expect(age).toHaveAttribute('data-stale', 'false');
  // The fetch made once in the panels' rooms is answered, so it cannot land later and look like a new one.
  await expect(page.locator('[data-socket="connected"]')).toBeVisible();
  await fetchedOnConnect;
  // Time stands still but when pushed: no rotation step or clock tick may redraw the age by chance.
  await page.clock.pauseAt(Date.now() + 1_000);
  // Nothing changed for 4 minutes, so nothing was pushed: the panel is fetched again on its next showing.
  // The burndown's own refetch: the header strip's data (cadence:demo) may be fetched again too, on reconnect.
  const refreshed = burndownAnswered();
  await page.clock.fastForward('04:00');
  await refreshed;
  // The same data again, yet the server vouched for it now: the age says so at once.
  await expect(age).toHaveText('Updated just now');
  // From now on the server cannot vouch for the data: every refresh fails (and the watchdog's health probe too,
  // or, with the socket dropped by the fast-forwarded clock, it would rightly reload the page).
  await page.route('**/api/v1/panels/**', (route) => route.abort());
  await page.route('**/api/health', (route) => route.abort());
  await page.clock.fastForward('04:00');
  await expect(age).toHaveText('Updated 4 min ago');
  await page.clock.fastForward('07:00');
  await expect(age).toHaveText('⚠ Data 11 min old');
  await expect(age).toHaveAttribute('data-stale', 'true');
  const colour = await age.evaluate((el) => getComputedStyle(el).color);
  expect(colour).toBe('rgb(255, 179, 71)');
});
