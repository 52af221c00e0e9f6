import { expect, test } from '@playwright/test';
import { addStory, getBurndown, inkRatio, watchPageProblems } from './helpers';

const format = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

test('the wall shows a drawn burndown with the loader\'s numbers, and nothing else goes wrong', async ({ page, request, baseURL }) => {
  const problems = watchPageProblems(page, baseURL!);
  const dto = await getBurndown(request, 'atlas');
  await page.goto('/display/demo?team=atlas');

  const panel = page.locator('[data-panel-key="burndown:atlas:points"]');
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Atlas');
  await expect(panel.getByText(`${dto.iteration!.name} · day ${dto.iteration!.dayNumber} of ${dto.iteration!.workingDays}`)).toBeVisible();
  await expect(page.getByTestId('remaining-now')).toHaveText(format(dto.remainingNow));
  await expect.poll(() => inkRatio(page), { message: 'the chart canvas has been drawn' }).toBeGreaterThan(0.01);
  await expect(page.locator('canvas')).toHaveCount(1);

  const scroll = await page.evaluate(() => ({
    overflowX: document.documentElement.scrollWidth > window.innerWidth,
    overflowY: document.documentElement.scrollHeight > window.innerHeight,
    cursor: getComputedStyle(document.querySelector('main')!.parentElement!).cursor,
  }));
  expect(scroll).toEqual({ overflowX: false, overflowY: false, cursor: 'none' });
  expect(problems).toEqual([]);
});

test('a POST to the ingest API moves the number on the TV within 2 s, without a reload', async ({ page, request }) => {
  await page.goto('/display/demo?team=borealis');
  const number = page.getByTestId('remaining-now');
  const before = await getBurndown(request, 'borealis');
  await expect(number).toHaveText(format(before.remainingNow));
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  // The socket must have joined the panel's room before the write, or the push has nobody to reach.
  await expect.poll(() => page.evaluate(() => window.__signalboxDrawn?.key)).toBe('burndown:borealis:points');

  await addStory(request, before, 13);

  await expect(number).toHaveText(format(before.remainingNow + 13), { timeout: 2_000 });
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  await expect.poll(() => page.evaluate(() => window.__signalboxDrawn?.value)).toBe(before.remainingNow + 13);
});

test('rotation moves to the next team after its duration', async ({ page }) => {
  await page.goto('/display/demo');
  const panel = page.locator('[data-team]');
  await expect(panel).toHaveAttribute('data-team', 'atlas');
  const shownAt = Date.now();
  await expect(panel).toHaveAttribute('data-team', 'borealis', { timeout: 8_000 });
  // The test server shows each panel for 5 s.
  expect(Date.now() - shownAt).toBeGreaterThan(3_500);
  await expect(page.locator('canvas')).toHaveCount(1);
});

test('an unknown train is a 404 page, not a crash', async ({ page }) => {
  const response = await page.goto('/display/no-such-train');
  expect(response?.status()).toBe(404);
});

test('health answers 200 with the database state', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: 'ok', database: { kind: 'pglite', state: 'up' } });
});

test('the ingest API refuses a body over 1 MB through the real server', async ({ request }) => {
  const padding = 'x'.repeat(1_100_000);
  const response = await request.post('/api/v1/events', {
    headers: { 'content-type': 'application/json' },
    data: JSON.stringify({ events: [], padding }),
  });
  expect(response.status()).toBe(413);
});
