import { expect, test } from '@playwright/test';
import type { PlaylistDetail, PlaylistItemInput, PlaylistSummary } from '../../lib/playlists/types';
import { sameOrigin, signInAsAdmin } from './console-helpers';
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
  await expect.poll(() => page.evaluate(() => window.__signalboxDrawn?.key)).toBe('burndown:borealis:points');
  // The socket must have joined the panel's room before the write, or the push has nobody to reach.
  await expect(page.locator('[data-socket="connected"]')).toBeVisible();

  await addStory(request, before, 13);

  await expect(number).toHaveText(format(before.remainingNow + 13), { timeout: 2_000 });
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  await expect.poll(() => page.evaluate(() => window.__signalboxDrawn?.value)).toBe(before.remainingNow + 13);
});

test('rotation moves to the next team after its duration', async ({ page }) => {
  // ?measure asks for every team's burndown in turn, whatever the train's playlist.
  await page.goto('/display/demo?measure=points');
  const panel = page.locator('[data-team]');
  await expect(panel).toHaveAttribute('data-team', 'atlas');
  const shownAt = Date.now();
  await expect(panel).toHaveAttribute('data-team', 'borealis', { timeout: 8_000 });
  // The test server shows each panel for 5 s.
  expect(Date.now() - shownAt).toBeGreaterThan(3_500);
  await expect(page.locator('canvas')).toHaveCount(1);
});

/** The panel key a playlist item shows first on the demo train (a burndown of every team starts with Atlas). */
function firstKeyOf(item: PlaylistItemInput): string {
  switch (item.kind) {
    case 'burndown':
      if (item.params.scope === 'train') return `train-burndown:demo:${item.params.measure ?? 'points'}`;
      return `burndown:${item.params.team ?? 'atlas'}:${item.params.measure ?? 'points'}`;
    case 'pi-burnup':
      return `pi-burnup:demo:${item.params.measure ?? 'points'}`;
    default:
      return `${item.kind}:demo`;
  }
}

test('with no options the public wall plays the train\'s default playlist, as a newly paired TV does', async ({ page, request, baseURL }) => {
  const problems = watchPageProblems(page, baseURL!);
  await signInAsAdmin(request);
  const list = await request.get('/api/admin/playlists', { headers: sameOrigin() });
  const first = ((await list.json()) as { playlists: PlaylistSummary[] }).playlists.find((p) => p.trainSlug === 'demo')!;
  const detail = (await (await request.get(`/api/admin/playlists/${first.id}`, { headers: sameOrigin() })).json()) as { playlist: PlaylistDetail };
  const [item] = detail.playlist.items.filter((i) => i.kind !== 'screen-off');
  expect(item, `the demo's playlist "${first.name}" has a panel`).toBeDefined();

  await page.goto('/display/demo');
  await expect(page.locator(`[data-panel-key="${firstKeyOf(item!)}"]`)).toBeVisible();
  await expect(page.locator('[data-program="public"]')).toBeVisible();
  expect(problems).toEqual([]);
});

test('?panel shows one panel of the train and stays on it; a panel of another train is not found', async ({ page, baseURL }) => {
  const problems = watchPageProblems(page, baseURL!);
  await page.goto('/display/demo?panel=flow:demo');
  const flow = page.locator('[data-panel-key="flow:demo"]');
  await expect(flow).toBeVisible();
  // Past a boundary (5 s on the test server), the same panel is shown again.
  await expect(page.locator('[data-step="1"]')).toBeAttached({ timeout: 8_000 });
  await expect(flow).toBeVisible();
  expect(problems).toEqual([]);

  for (const other of ['flow:elsewhere', 'burndown:nobody:points', 'cadence:demo', 'not-a-key']) {
    const response = await page.goto(`/display/demo?panel=${encodeURIComponent(other)}`);
    expect(response?.status(), other).toBe(404);
  }
});

test('an unknown train is a 404 page, not a crash', async ({ page }) => {
  const response = await page.goto('/display/no-such-train');
  expect(response?.status()).toBe(404);
});

test('a browser that asks for /favicon.ico anyway gets the icon, not a 404', async ({ request }) => {
  const response = await request.get('/favicon.ico');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/x-icon');
  // An ICO directory: reserved 0, type 1 (icon), then at least one image.
  const body = await response.body();
  expect([body.readUInt16LE(0), body.readUInt16LE(2)]).toEqual([0, 1]);
  expect(body.readUInt16LE(4)).toBeGreaterThan(0);
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
