import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { ObjectivesDto } from '../../lib/panels/objectives/types';
import { createTestUser, signInAs, signInAsAdmin } from './console-helpers';
import { watchPageProblems } from './helpers';
import { createPlaylist, endAllAlerts, openTv, pairDisplayByApi, uniqueName } from './kiosk-helpers';

// The demo data may or may not hold objectives already: every expectation is read from the panel API, never assumed.

const KEY = 'objectives:demo';
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];

async function panel(request: APIRequestContext): Promise<ObjectivesDto> {
  const response = await request.get(`/api/v1/panels/${encodeURIComponent(KEY)}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as ObjectivesDto;
}

const shown = (percent: number | null) => (percent === null ? '–' : `${percent} %`);

/** Every text inside the screen, none clipped or smaller than a 45th of its height (as kiosk-screens.spec.ts checks). */
async function layout(page: Page) {
  return page.evaluate(() => {
    const texts = [...document.querySelectorAll('body *')].filter(
      (el) =>
        !(el instanceof SVGElement) &&
        el.getClientRects().length > 0 &&
        !['SCRIPT', 'STYLE', 'TEMPLATE'].includes(el.tagName) &&
        [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== ''),
    );
    const outside = texts.filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && (r.left < 0 || r.top < 0 || r.right > window.innerWidth + 0.5 || r.bottom > window.innerHeight + 0.5);
    });
    // Clipping is checked inside the panel only: the wall's header around it is another slice's.
    const clipped = texts.filter((el) => el.closest('[data-panel-key]') && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible');
    return {
      outside: outside.map((el) => el.textContent),
      clipped: clipped.map((el) => el.textContent),
      smallestFontPx: Math.min(...texts.map((el) => parseFloat(getComputedStyle(el).fontSize))),
    };
  });
}

test('an objective added and rated in the console moves the predictability on a paired TV, without a reload', async ({ browser, page, request, baseURL }) => {
  test.setTimeout(120_000);
  await signInAsAdmin(request);
  await endAllAlerts(request);
  const playlistId = await createPlaylist(request, uniqueName('Objectives'), [{ kind: 'objectives', seconds: 300 }]);
  const display = await pairDisplayByApi(request, { name: uniqueName('Objectives TV'), playlistId });

  const tv = await openTv(browser, display, { viewport: { width: 1920, height: 1080 } });
  const tvProblems = watchPageProblems(tv.page, baseURL!);
  await tv.page.goto('/display');
  const before = await panel(request);
  expect(before.pi, 'the demo train has a current PI').not.toBeNull();
  const comet = before.teams.find((t) => t.slug === 'comet')!;
  if (before.art.total > 0) {
    await expect(tv.page.getByTestId('art-predictability')).toHaveText(shown(before.art.percent));
  }
  await expect.poll(() => tv.page.evaluate(() => window.__signalboxDrawn?.key)).toBe(KEY);
  // The socket is in the panel's room: the push below has somebody to reach.
  await expect(tv.page.locator('[data-socket="connected"]')).toBeVisible();
  await tv.page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

  // Rated 0 of 10 lowers any percentage above 0; 10 of 1 raises one at or below 0. Either way the number moves.
  const lower = (before.art.percent ?? 0) > 0;
  const planned = lower ? 10 : 1;
  const actual = lower ? 0 : 10;

  const consoleProblems = watchPageProblems(page, baseURL!);
  await signInAsAdmin(page);
  await page.goto('/admin/objectives');
  await expect(page.getByRole('heading', { level: 1, name: 'PI objectives' })).toBeVisible();
  const title = uniqueName('Release the self-service portal');
  const form = page.getByRole('form', { name: 'Add an objective' });
  await form.getByLabel('Team').selectOption('comet');
  await form.getByLabel('Objective', { exact: true }).fill(title);
  await form.getByLabel('Committed', { exact: true }).check();
  await form.getByLabel('Planned BV').fill(String(planned));
  await form.getByRole('button', { name: 'Add objective' }).click();
  await expect(form.getByText(`Added “${title}”.`)).toBeVisible();

  const row = page.locator('#team-comet tr', { hasText: title });
  await expect(row).toBeVisible();
  await row.getByLabel(`Actual BV of “${title}”`).fill(String(actual));
  await row.getByRole('button', { name: 'Save' }).click();
  await expect.poll(async () => (await panel(request)).art.rated).toBe(before.art.rated + 1);

  const after = await panel(request);
  expect(after.art.planned).toBe(before.art.planned + planned);
  expect(after.art.actual).toBe(before.art.actual + actual);
  expect(after.art.percent).not.toBe(before.art.percent);
  expect(after.teams.find((t) => t.slug === 'comet')).toMatchObject({ total: comet.total + 1, rated: comet.rated + 1 });

  await expect(tv.page.getByTestId('art-predictability')).toHaveText(shown(after.art.percent), { timeout: 5_000 });
  await expect(tv.page.locator('[data-team-objectives="comet"]')).toContainText(`${comet.rated + 1}/${comet.total + 1} rated`);
  await expect.poll(() => tv.page.evaluate(() => window.__signalboxDrawn?.value)).toBe(after.art.percent ?? -1);
  expect(await tv.page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

  // The console shows the new rating too (the page refreshed itself after the save).
  await expect(row.getByLabel(`Actual BV of “${title}”`)).toHaveValue(String(actual));
  await tv.context.close();
  // The wall's cadence header is another slice's (a display may not read cadence:<train> yet: see the report).
  expect(tvProblems.filter((problem) => !problem.includes('cadence') && !problem.includes('status of 403'))).toEqual([]);
  expect(consoleProblems).toEqual([]);
});

test('the objectives panel reads from across the room at 720p, 1080p and 4K', async ({ browser, request }, testInfo) => {
  test.setTimeout(120_000);
  await signInAsAdmin(request);
  await endAllAlerts(request);
  const playlistId = await createPlaylist(request, uniqueName('Objectives sizes'), [{ kind: 'objectives', seconds: 300 }]);
  const display = await pairDisplayByApi(request, { name: uniqueName('Objectives wall'), playlistId });
  for (const size of SIZES) {
    const tv = await openTv(browser, display, { viewport: size });
    await tv.page.goto('/display');
    await expect.poll(() => tv.page.evaluate(() => window.__signalboxDrawn?.key)).toBe(KEY);
    const measured = await layout(tv.page);
    expect(measured.outside).toEqual([]);
    expect(measured.clipped).toEqual([]);
    expect(measured.smallestFontPx).toBeGreaterThanOrEqual(size.height / 45);
    await tv.page.screenshot({ path: testInfo.outputPath(`objectives-panel-${size.width}x${size.height}.png`) });
    await tv.context.close();
  }
});

test('the console page works on a laptop and a phone', async ({ browser }, testInfo) => {
  for (const size of [
    { width: 1920, height: 1080 },
    { width: 375, height: 812 },
  ]) {
    const context = await browser.newContext({ viewport: size });
    const page = await context.newPage();
    await signInAsAdmin(page);
    await page.goto('/admin/objectives');
    await expect(page.getByRole('form', { name: 'Add an objective' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
    const name = `${size.width}x${size.height}`;
    await page.screenshot({ path: testInfo.outputPath(`objectives-console-${name}.png`), fullPage: true });
    await page.screenshot({ path: testInfo.outputPath(`objectives-console-${name}-top.png`) });
    await page.locator('[id^="team-"]').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath(`objectives-console-${name}-team.png`) });
    await context.close();
  }
});

test('a viewer gets the forbidden page', async ({ browser, request }) => {
  await signInAsAdmin(request);
  const viewer = await createTestUser(request, 'viewer');
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, viewer.email, viewer.password);
  const response = await page.request.get('/admin/objectives', { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers()['location']).toBe('/admin/forbidden?need=editor');
  await context.close();
});

test('an objective is edited and deleted from the console', async ({ page }) => {
  await signInAsAdmin(page);
  await page.goto('/admin/objectives');
  const title = uniqueName('Partners see their invoices');
  const form = page.getByRole('form', { name: 'Add an objective' });
  await form.getByLabel('Team').selectOption('dynamo');
  await form.getByLabel('Objective', { exact: true }).fill(title);
  await form.getByLabel('Uncommitted', { exact: true }).check();
  await form.getByLabel('Planned BV').fill('12');
  await form.getByRole('button', { name: 'Add objective' }).click();
  // Out of range: the field says why, nothing is stored.
  await expect(form.getByText('must be from 1 to 10')).toBeVisible();
  await form.getByLabel('Planned BV').fill('3');
  await form.getByRole('button', { name: 'Add objective' }).click();

  const row = page.locator('#team-dynamo tr', { hasText: title });
  await expect(row).toContainText('uncommitted');
  await row.getByRole('button', { name: `Edit “${title}”` }).click();
  const edit = page.getByRole('form', { name: `Edit “${title}”` });
  await edit.getByLabel('Objective', { exact: true }).fill(`${title} (renamed)`);
  await edit.getByRole('button', { name: 'Save changes' }).click();
  const renamed = page.locator('#team-dynamo tr', { hasText: `${title} (renamed)` });
  await expect(renamed).toBeVisible();

  await renamed.getByRole('button', { name: `Delete “${title} (renamed)”` }).click();
  await renamed.getByRole('button', { name: 'Confirm delete' }).click();
  await expect(page.locator('#team-dynamo tr', { hasText: title })).toHaveCount(0);
});
