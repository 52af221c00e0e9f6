import { expect, test, type APIRequestContext } from '@playwright/test';
import type { ImpedimentsDto } from '../../lib/panels/impediments/types';
import { signInAsAdmin } from './console-helpers';
import { watchPageProblems } from './helpers';
import { createPlaylist, endAllAlerts, openTv, pairDisplayByApi, uniqueName, type PlaylistItemInput } from './kiosk-helpers';

// The demo train holds open impediments already: every expectation is read from the panel API, never assumed.

const KEY = 'impediments:demo';
const PHONE = { width: 375, height: 812 };
const IMPEDIMENTS_ITEM: PlaylistItemInput = { kind: 'impediments', seconds: 300 };

async function panel(request: APIRequestContext): Promise<ImpedimentsDto> {
  const response = await request.get(`/api/v1/panels/${encodeURIComponent(KEY)}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as ImpedimentsDto;
}

declare global {
  interface Window {
    /** Set by the test: still there means the page never reloaded. */
    sameDocument?: boolean;
    /** Set only if a title's markup ran as script. */
    injected?: boolean;
  }
}

test('an impediment added on a phone shows on a paired TV at once, and resolving it takes it off again', async ({ browser, request, baseURL }, testInfo) => {
  test.setTimeout(120_000);
  await signInAsAdmin(request);
  await endAllAlerts(request);
  const playlistId = await createPlaylist(request, uniqueName('Zz impediments'), [IMPEDIMENTS_ITEM]);
  const display = await pairDisplayByApi(request, { name: uniqueName('Zz impediments TV'), playlistId });

  const tv = await openTv(browser, display, { viewport: { width: 1920, height: 1080 } });
  const tvProblems = watchPageProblems(tv.page, baseURL!);
  await tv.page.goto('/display');
  const before = await panel(request);
  const total = tv.page.getByTestId('impediments-open-total');
  await expect(total).toHaveText(String(before.open.total));
  // The chart is drawn once the panel is up: its socket room is joined, so the push below reaches it.
  await expect.poll(() => tv.page.evaluate(() => window.__signalboxDrawn?.key)).toBe(KEY);
  await tv.page.evaluate(() => (window.sameDocument = true));

  const phone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  const page = await phone.newPage();
  const consoleProblems = watchPageProblems(page, baseURL!);
  await signInAsAdmin(page);
  await page.goto('/admin/impediments');
  const form = page.getByRole('form', { name: 'Add an impediment' });
  const titleField = form.getByLabel('Title');
  await expect(titleField).toBeFocused();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await page.screenshot({ path: testInfo.outputPath('impediments-console-375x812-top.png') });

  // A stand-up: type the title, press Enter. Markup in it must stay text, on the phone and on the wall.
  const title = `${uniqueName('Zz')} staging <script>window.injected = true</script> down`;
  const started = Date.now();
  await titleField.pressSequentially(title);
  await titleField.press('Enter');
  await expect(form.getByText(`Added “${title}”.`)).toBeVisible();
  const seconds = (Date.now() - started) / 1000;
  testInfo.annotations.push({ type: 'add took', description: `${seconds.toFixed(1)} s` });
  expect(seconds).toBeLessThan(10);
  await expect(titleField).toBeFocused();
  await expect(titleField).toHaveValue('');

  // Live on the TV: the count moves without a reload, and the new one is listed with its title as typed.
  await expect(total).toHaveText(String(before.open.total + 1), { timeout: 5_000 });
  await expect(tv.page.getByTestId('impediments-oldest')).toContainText(title);
  expect(await tv.page.evaluate(() => window.sameDocument)).toBe(true);

  const item = page.getByRole('list', { name: 'Open impediments' }).getByRole('listitem').filter({ hasText: title });
  await expect(item.getByRole('heading', { level: 3 })).toHaveText(title);
  await expect(item).toContainText('Whole train');
  const resolve = item.getByRole('button', { name: `Resolve “${title}”` });
  // One row of thumb-sized buttons.
  const buttons = [resolve, item.getByRole('button', { name: `Escalate “${title}”` }), item.getByRole('button', { name: `Edit “${title}”` })];
  const boxes = await Promise.all(buttons.map(async (button) => (await button.boundingBox())!));
  expect(boxes.map((box) => box.height >= 44)).toEqual([true, true, true]);
  expect(new Set(boxes.map((box) => Math.round(box.y))).size).toBe(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await item.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('impediments-console-375x812-item.png') });
  await page.screenshot({ path: testInfo.outputPath('impediments-console-375x812-full.png'), fullPage: true });

  // Resolved from the phone: the wall's count is back, still without a reload.
  await resolve.tap();
  const resolved = page.getByRole('list', { name: 'Recently resolved impediments' }).getByRole('listitem').filter({ hasText: title });
  await expect(resolved.getByRole('button', { name: `Reopen “${title}”` })).toBeVisible();
  await expect(total).toHaveText(String(before.open.total), { timeout: 5_000 });
  await expect(tv.page.getByTestId('impediments-oldest')).not.toContainText(title);
  expect(await tv.page.evaluate(() => window.sameDocument)).toBe(true);
  expect((await panel(request)).open.total).toBe(before.open.total);

  expect(await tv.page.evaluate(() => window.injected)).toBeUndefined();
  expect(await page.evaluate(() => window.injected)).toBeUndefined();
  await tv.page.screenshot({ path: testInfo.outputPath('impediments-tv-1920x1080.png') });
  await tv.context.close();
  await phone.close();
  expect(tvProblems).toEqual([]);
  expect(consoleProblems).toEqual([]);
});

test('escalating and editing in place on a phone', async ({ browser, baseURL }) => {
  const phone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  const page = await phone.newPage();
  const problems = watchPageProblems(page, baseURL!);
  await signInAsAdmin(page);
  await page.goto('/admin/impediments');
  const form = page.getByRole('form', { name: 'Add an impediment' });
  const title = uniqueName('Zz waiting on the API keys');
  await form.getByLabel('Team').selectOption('comet');
  await form.getByLabel('Owner').fill('Sofia Costa');
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Title').press('Enter');
  await expect(form.getByText(`Added “${title}”.`)).toBeVisible();

  const open = page.getByRole('list', { name: 'Open impediments' });
  const item = open.getByRole('listitem').filter({ hasText: title });
  await expect(item).toContainText('Comet');
  await expect(item).toContainText('Sofia Costa');
  await item.getByRole('button', { name: `Escalate “${title}”` }).tap();
  await expect(item).toContainText('Escalated');
  await expect(item.getByRole('button', { name: `De-escalate “${title}”` })).toBeVisible();

  await item.getByRole('button', { name: `Edit “${title}”` }).tap();
  const edit = page.getByRole('form', { name: `Edit “${title}”` });
  await edit.getByLabel('Owner').fill('');
  await edit.getByLabel('Description').fill('Vendor promised them for Friday.');
  await edit.getByRole('button', { name: 'Save changes' }).tap();
  const saved = open.getByRole('listitem').filter({ hasText: title });
  await expect(saved).toContainText('No owner');
  await expect(saved).toContainText('Vendor promised them for Friday.');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

  await saved.getByRole('button', { name: `Resolve “${title}”` }).tap();
  await expect(page.getByRole('list', { name: 'Recently resolved impediments' }).getByRole('listitem').filter({ hasText: title })).toBeVisible();
  await phone.close();
  expect(problems).toEqual([]);
});
