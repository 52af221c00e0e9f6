import { expect, test, type APIRequestContext } from '@playwright/test';
import { cadenceStrip } from '../../lib/panels/cadence/math';
import type { CadenceDto } from '../../lib/panels/cadence/types';
import { addDays, todayIn, zonedTimeToUtc } from '../../lib/time/calendar';
import { signInAsAdmin } from './console-helpers';
import { watchPageProblems } from './helpers';
import { createPlaylist, openTv, pairDisplayByApi, uniqueName } from './kiosk-helpers';

// The header strip on every panel of the wall: train, PI, iteration, "Day X of Y", the clock and the countdown to the
// next PI planning or system demo, computed by the wall from its own clock in the train's zone.

async function getCadence(request: APIRequestContext): Promise<CadenceDto> {
  const response = await request.get(`/api/v1/panels/${encodeURIComponent('cadence:demo')}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as CadenceDto;
}

test('the strip names the train, its PI, the iteration, the day and the next event', async ({ page, request, baseURL }) => {
  const problems = watchPageProblems(page, baseURL!);
  const cadence = await getCadence(request);
  const strip = cadenceStrip(cadence, todayIn(cadence.train.timeZone, new Date()));
  await page.goto('/display/demo?team=comet');

  const header = page.getByTestId('wall-header');
  await expect(header).toContainText('Northstar Release Train');
  await expect(page.getByTestId('cadence-pi')).toHaveText(/^PI \d\d\.\d$/);
  await expect(page.getByTestId('cadence-pi')).toHaveText(strip.pi!);
  // The demo's today is always in its third iteration of ten working days.
  await expect(page.getByTestId('cadence-iteration')).toHaveText('Iteration 3');
  await expect(page.getByTestId('cadence-day')).toHaveText(/^Day ([1-9]|10) of 10$/);
  await expect(page.getByTestId('cadence-day')).toHaveText(strip.progress!);
  await expect(page.getByTestId('cadence-countdown')).toHaveText(/^[▸◆] (System demo|PI planning) (today|tomorrow|in \d+ days)$/);
  await expect(page.getByTestId('cadence-countdown')).toContainText(strip.countdown!.text);
  await expect(header.locator('time')).toHaveText(/^\d\d:\d\d$/);
  await expect(page.getByTestId('panel-age')).toBeVisible();
  expect(problems).toEqual([]);
});

test('after midnight in the train zone the strip moves on by the wall clock, with no new data', async ({ page, request }) => {
  const cadence = await getCadence(request);
  const zone = cadence.train.timeZone;
  const today = todayIn(zone, new Date());
  const tomorrow = addDays(today, 1);
  // The server keeps answering with today's data, which says it is out of date tomorrow: whatever changes on screen
  // comes from the wall's own clock.
  let fetched = 0;
  await page.route(
    (url) => url.pathname.startsWith('/api/v1/panels/cadence'),
    (route) => {
      fetched += 1;
      return route.fulfill({ json: { ...cadence, changesOn: tomorrow } });
    },
  );
  // The refetch's random 0-60 s wait is 0 here, so no clock jump (which would drop the socket) is needed to see it.
  await page.addInitScript(() => {
    Math.random = () => 0;
  });
  await page.clock.install({ time: new Date(zonedTimeToUtc(today, 23 * 60 + 59, zone).getTime() + 40_000) });
  await page.goto('/display/demo?team=comet');

  const before = cadenceStrip(cadence, today);
  const after = cadenceStrip(cadence, tomorrow);
  await expect(page.getByTestId('cadence-day')).toHaveText(before.progress!);
  await expect(page.getByTestId('cadence-countdown')).toContainText(before.countdown!.text);
  await expect(page.getByTestId('wall-header').locator('time')).toHaveText('23:59');
  // Connected, and the panels fetched again once in their rooms: from here on any fetch is the strip's own.
  await expect(page.locator('[data-socket="connected"]')).toBeVisible();
  await expect.poll(() => fetched).toBe(1);

  await page.clock.fastForward(30_000);
  await expect(page.getByTestId('wall-header').locator('time')).toHaveText('00:00');
  await expect(page.getByTestId('cadence-day')).toHaveText(after.progress!);
  if (after.countdown) await expect(page.getByTestId('cadence-countdown')).toContainText(after.countdown.text);
  else await expect(page.getByTestId('cadence-countdown')).toHaveCount(0);

  // Its data now out of date, the wall asks again, once, with the socket still up (no reconnect did it).
  await expect.poll(() => fetched).toBe(2);
  await page.waitForTimeout(2_000);
  expect(fetched).toBe(2);
  await expect(page.locator('[data-socket="connected"]')).toBeVisible();
});

test('a paired TV shows the strip of its own train and may read its cadence', async ({ browser, request, baseURL }) => {
  await signInAsAdmin(request);
  const playlistId = await createPlaylist(request, uniqueName('Zz strip'), [{ kind: 'burndown', params: { team: 'dynamo' }, seconds: 5 }]);
  const display = await pairDisplayByApi(request, { name: uniqueName('Strip TV'), playlistId });
  const { context, page } = await openTv(browser, display, { viewport: { width: 1920, height: 1080 } });
  const problems = watchPageProblems(page, baseURL!);
  // The socket's (re)connect fetches every key it watches, the header's cadence too: a refusal would be an HTTP 403.
  const refetched = page.waitForResponse((response) => response.url().includes(encodeURIComponent('cadence:demo')));
  await page.goto('/display');

  await expect(page.locator('[data-panel-key="burndown:dynamo:points"]')).toBeVisible();
  await expect(page.getByTestId('cadence-iteration')).toHaveText('Iteration 3');
  expect((await refetched).status()).toBe(200);
  expect(problems).toEqual([]);
  await context.close();
});

for (const size of [
  { width: 1280, height: 720 },
  { width: 3840, height: 2160 },
]) {
  test(`offline at ${size.width}x${size.height}, the stale badge and the panel age still fit the one-line strip`, async ({ browser }, testInfo) => {
    const page = await browser.newPage({ viewport: size });
    // No socket: the wall keeps its data and says since when it is stale.
    await page.route('**/socket.io/**', (route) => route.abort());
    await page.goto('/display/demo?panel=pi-burnup:demo:features');
    await expect(page.getByTestId('stale-badge')).toBeVisible();
    await expect(page.getByTestId('panel-age')).toBeVisible();
    await expect(page.getByTestId('cadence-countdown')).toBeVisible();

    const header = await page.getByTestId('wall-header').evaluate((el) => {
      const parts = [...el.querySelectorAll('span, time')].filter((part) => part.childElementCount === 0 || part.matches('[data-testid]'));
      return {
        // On one line, every part overlaps every other vertically.
        oneLine: Math.max(...parts.map((p) => p.getBoundingClientRect().top)) < Math.min(...parts.map((p) => p.getBoundingClientRect().bottom)),
        outside: parts.filter((p) => p.getBoundingClientRect().right > window.innerWidth + 0.5).map((p) => p.textContent),
        clipped: parts.filter((p) => p.scrollWidth > p.clientWidth + 1).map((p) => p.textContent),
        smallestPx: Math.min(...parts.map((p) => parseFloat(getComputedStyle(p).fontSize))),
      };
    });
    await page.screenshot({ path: testInfo.outputPath(`offline-strip-${size.width}x${size.height}.png`) });
    expect(header.oneLine).toBe(true);
    expect(header.outside).toEqual([]);
    expect(header.clipped).toEqual([]);
    expect(header.smallestPx).toBeGreaterThanOrEqual(size.height / 45);
    await page.close();
  });
}
