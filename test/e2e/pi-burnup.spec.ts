import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { BurndownDto } from '../../lib/panels/burndown/types';
import type { PiBurnupDto } from '../../lib/panels/pi-burnup/types';
import { signInAsAdmin } from './console-helpers';
import { getBurndown, getPanel, sendWorkItem, watchPageProblems } from './helpers';
import { createPlaylist, endAllAlerts, openTv, pairDisplayByApi, uniqueName } from './kiosk-helpers';

const SHOTS = '/tmp/shots-burn';
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];
const POINTS = 'pi-burnup:demo:points';
const FEATURES = 'pi-burnup:demo:features';
const TRAIN = 'train-burndown:demo:points';

const format = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/** Text outside the screen or cut off inside the panel, the smallest text, and the panel's chart height. */
async function layout(page: Page, key: string) {
  return page.evaluate((panelKey) => {
    const panel = document.querySelector(`[data-panel-key="${panelKey}"]`);
    const texts = [...document.querySelectorAll('body *')].filter(
      (el) =>
        !(el instanceof SVGElement) &&
        el.getClientRects().length > 0 &&
        [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== ''),
    );
    const outside = texts.filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && (r.left < 0 || r.top < 0 || r.right > window.innerWidth + 0.5 || r.bottom > window.innerHeight + 0.5);
    });
    const clipped = texts.filter((el) => panel?.contains(el) && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible');
    const inPanel = texts.filter((el) => panel?.contains(el));
    const canvas = panel?.querySelector('canvas')?.getBoundingClientRect();
    return {
      outside: outside.map((el) => el.textContent),
      clipped: clipped.map((el) => el.textContent),
      smallestFontPx: Math.min(...inPanel.map((el) => parseFloat(getComputedStyle(el).fontSize))),
      chartPx: canvas ? Math.min(canvas.width, canvas.height) : 0,
    };
  }, key);
}

test('the PI burnup shows done against scope with its outlook in words, and moves live when work is done', async ({ browser, request, baseURL }) => {
  test.setTimeout(180_000);
  mkdirSync(SHOTS, { recursive: true });
  await signInAsAdmin(request);
  await endAllAlerts(request);
  const playlistId = await createPlaylist(request, uniqueName('Burnup'), [
    { kind: 'pi-burnup', params: { measure: 'points' }, seconds: 25 },
    { kind: 'burndown', params: { scope: 'train' }, seconds: 25 },
  ]);
  const display = await pairDisplayByApi(request, { name: uniqueName('Burnup wall'), playlistId });

  const before = await getPanel<PiBurnupDto>(request, POINTS);
  expect(before.pi, 'the demo train has a current PI').not.toBeNull();
  expect(before.pi!.nowIndex, 'the demo PI is under way').toBeGreaterThan(0);

  const tv = await openTv(browser, display, { viewport: SIZES[1] });
  const problems = watchPageProblems(tv.page, baseURL!);
  await tv.page.goto('/display');
  await expect(tv.page.locator(`[data-panel-key="${POINTS}"]`)).toBeVisible();
  await expect(tv.page.getByTestId('completed-now')).toHaveText(format(before.completedNow));
  await expect(tv.page.getByTestId('scope-now')).toHaveText(format(before.scopeNow));
  await expect(tv.page.getByTestId('outlook')).toContainText(before.words.slice(1));
  await expect.poll(() => tv.page.evaluate(() => window.__signalboxDrawn?.key)).toBe(POINTS);
  await expect(tv.page.locator('[data-socket="connected"]')).toBeVisible();

  // A story of 5 points done in a team's current iteration: 5 more done, 5 more in scope, on the same page.
  await tv.page.evaluate(() => ((window as unknown as { burnupMark: string }).burnupMark = 'same page'));
  const atlas = await getBurndown(request, 'atlas');
  await sendWorkItem(request, { team: 'atlas', iteration: atlas.iteration!.code, points: 5, status: 'Done' });
  await expect(tv.page.getByTestId('completed-now')).toHaveText(format(before.completedNow + 5));
  await expect(tv.page.getByTestId('scope-now')).toHaveText(format(before.scopeNow + 5));
  await expect.poll(() => tv.page.evaluate(() => window.__signalboxDrawn?.value)).toBeCloseTo(before.completedNow + 5, 5);
  expect(await tv.page.evaluate(() => (window as unknown as { burnupMark?: string }).burnupMark)).toBe('same page');

  // Then the train's burndown: all teams, with the story just added marked as scope added today.
  const train = await getPanel<BurndownDto>(request, TRAIN);
  expect(train).toMatchObject({ scope: 'train', team: { slug: 'demo' } });
  const today = train.iteration!.dayNumber;
  expect(train.scopeChanges.find((c) => c.point === today)?.added ?? 0).toBeGreaterThanOrEqual(5);
  await expect(tv.page.locator(`[data-panel-key="${TRAIN}"]`)).toBeVisible({ timeout: 40_000 });
  await expect(tv.page.locator(`[data-panel-key="${TRAIN}"] h1`)).toContainText('· all teams');
  await expect(tv.page.getByText('▲ added ▼ removed')).toBeVisible();
  expect(problems).toEqual([]);
  await tv.context.close();

  // Every panel of the slice at every size: nothing outside the screen or cut off, nothing too small from 3 m.
  const features = await getPanel<PiBurnupDto>(request, FEATURES);
  expect(features.scopeNow, 'the demo plans features into its PI').toBeGreaterThan(0);
  for (const [name, key] of [
    ['burnup-points', POINTS],
    ['burnup-features', FEATURES],
    ['train-burndown', TRAIN],
  ] as const) {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: size });
      const pageProblems = watchPageProblems(page, baseURL!);
      await page.goto(`/display/demo?panel=${encodeURIComponent(key)}`);
      await expect(page.locator(`[data-panel-key="${key}"]`)).toBeVisible();
      await expect.poll(() => page.evaluate(() => window.__signalboxDrawn?.key)).toBe(key);
      const seen = await layout(page, key);
      await page.screenshot({ path: `${SHOTS}/${name}-${size.width}x${size.height}.png` });
      expect(seen.outside).toEqual([]);
      expect(seen.clipped).toEqual([]);
      expect(seen.smallestFontPx).toBeGreaterThanOrEqual(size.height / 45);
      expect(seen.chartPx).toBeGreaterThanOrEqual(size.height / 3);
      if (key !== TRAIN) {
        const big = await page.getByTestId('completed-now').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        expect(big).toBeGreaterThanOrEqual(size.height * 0.18);
      }
      expect(pageProblems).toEqual([]);
      await page.close();
    }
  }
});
