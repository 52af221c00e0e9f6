import { expect, test, type Page } from '@playwright/test';
import { kpiKeyFromName } from '../../lib/kpis/key';
import type { KpisDto } from '../../lib/panels/kpis/types';
import { sameOrigin, signInAsAdmin } from './console-helpers';
import { watchPageProblems } from './helpers';
import { createPlaylist, endAllAlerts, openTv, pairDisplayByApi, uniqueName } from './kiosk-helpers';

const KEY = 'kpis:demo';

test('a KPI defined in the console shows on a paired TV, and each new value changes its tile live', async ({ browser, page, request, baseURL }) => {
  test.setTimeout(150_000);
  await signInAsAdmin(request);
  await endAllAlerts(request);

  // The console on a laptop: define the KPI; a threshold on the wrong side is refused on its field, nothing typed lost.
  await page.setViewportSize({ width: 1920, height: 1080 });
  const consoleProblems = watchPageProblems(page, baseURL!);
  await signInAsAdmin(page);
  await page.goto('/admin/kpis');
  await expect(page.getByRole('heading', { level: 1, name: 'KPIs' })).toBeVisible();
  const name = uniqueName('Deploy success');
  const key = kpiKeyFromName(name);
  const form = page.getByRole('form', { name: 'Add a KPI' });
  await form.getByLabel('Name').fill(name);
  await expect(form.getByLabel('Key')).toHaveValue(key);
  await form.getByLabel('Unit').fill('%');
  await expect(form.getByLabel('Higher')).toBeChecked();
  await form.getByLabel('Target').fill('95');
  await form.getByLabel('Amber until').fill('97');
  await form.getByRole('button', { name: 'Add KPI' }).click();
  await expect(form.getByText('must be at or below the target (95) when higher is better')).toBeVisible();
  await expect(form.getByLabel('Name')).toHaveValue(name);
  await expect(form.getByLabel('Target')).toHaveValue('95');
  await form.getByLabel('Amber until').fill('90');
  await form.getByRole('button', { name: 'Add KPI' }).click();
  await expect(form.getByText(`Added “${name}”.`)).toBeVisible();
  const item = page.locator('li[data-kpi-id]', { hasText: name });
  await expect(item).toContainText('No value yet');
  await expect(item).toContainText('Target ≥ 95 % · amber until 90 %');
  await page.screenshot({ path: test.info().outputPath('kpis-console-1920.png'), fullPage: true });

  // A paired TV showing the train's KPI tiles: the new KPI has a tile without a value.
  // "Zz": a test playlist must never sort first and become the demo train's default (the public wall's).
  const playlistId = await createPlaylist(request, uniqueName('Zz kpis'), [{ kind: 'kpis', seconds: 300 }]);
  const display = await pairDisplayByApi(request, { name: uniqueName('KPI TV'), playlistId });
  const tv = await openTv(browser, display, { viewport: { width: 1920, height: 1080 } });
  const tvProblems = watchPageProblems(tv.page, baseURL!);
  await tv.page.goto('/display');
  const tile = tv.page.locator(`[data-panel-key="${KEY}"] [data-kpi="${key}"]`);
  await expect(tile.getByRole('heading', { name })).toBeVisible();
  await expect(tile.getByTestId('kpi-value')).toHaveText('–');
  await expect(tile.getByTestId('kpi-status')).toHaveText('○ No value yet');
  await expect(tile).toContainText('Target ≥ 95 %');
  await expect(tv.page.locator('[data-socket="connected"]')).toBeVisible();
  await tv.page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

  // The console on a phone: record a value by hand.
  await page.setViewportSize({ width: 375, height: 812 });
  await item.getByLabel('Record a value', { exact: true }).fill('97');
  await item.getByRole('button', { name: 'Save' }).click();
  await expect(item.getByTestId('console-kpi-value')).toHaveText('97 %');
  await expect(item).toContainText('On target');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.screenshot({ path: test.info().outputPath('kpis-console-375.png'), fullPage: true });
  await expect(tile.getByTestId('kpi-value')).toHaveText('97%', { timeout: 5_000 });
  await expect(tile.getByTestId('kpi-status')).toHaveText('✔ On target');
  await expect(tile).toHaveAttribute('data-status', 'on-target');

  // A feed sends the next value through the ingest API: amber.
  const sent = await request.post('/api/v1/events', {
    data: { events: [{ id: `e2e-${key}-1`, type: 'kpi_value.recorded', occurredAt: new Date().toISOString(), data: { train: 'demo', kpi: key, value: 91.5 } }] },
  });
  expect(sent.status(), await sent.text()).toBe(200);
  await expect(tile.getByTestId('kpi-value')).toHaveText('91.5%', { timeout: 5_000 });
  await expect(tile.getByTestId('kpi-status')).toHaveText('⚠ Watch');

  // And by hand again: red.
  await item.getByLabel('Record a value', { exact: true }).fill('80');
  await item.getByRole('button', { name: 'Save' }).click();
  await expect(tile.getByTestId('kpi-value')).toHaveText('80%', { timeout: 5_000 });
  await expect(tile.getByTestId('kpi-status')).toHaveText('✖ Off target');
  await expect(tile.locator('polyline')).not.toHaveCount(0);
  await tv.page.screenshot({ path: test.info().outputPath('kpis-tv-1920.png') });

  // Edit: a lower target turns 80 green; the key stays as it was; a wrong amber threshold is refused on its field.
  await item.getByRole('button', { name: `Edit “${name}”` }).click();
  const edit = page.getByRole('form', { name: `Edit “${name}”` });
  await expect(edit.getByText(key, { exact: true })).toBeVisible();
  await edit.getByLabel('Target').fill('75');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit.getByText('must be at or below the target (75) when higher is better')).toBeVisible();
  await expect(edit.getByLabel('Target')).toHaveValue('75');
  await edit.getByLabel('Amber until').fill('70');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(item).toContainText('Target ≥ 75 % · amber until 70 %');
  await expect(tile.getByTestId('kpi-status')).toHaveText('✔ On target', { timeout: 5_000 });
  await expect(tile).toContainText('Target ≥ 75 %');
  expect(await tv.page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

  // Deleting it (a second click confirms) takes the tile off the wall, live; the demo's KPIs stay as they were.
  await item.getByRole('button', { name: `Delete “${name}”` }).click();
  await item.getByRole('button', { name: 'Confirm delete, with its values' }).click();
  await expect(page.locator('li[data-kpi-id]', { hasText: name })).toHaveCount(0);
  await expect(tile).toHaveCount(0, { timeout: 5_000 });
  expect(await tv.page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  await tv.context.close();
  // The wall's cadence header is another slice's (as in objectives.spec.ts).
  expect(tvProblems.filter((problem) => !problem.includes('cadence') && !problem.includes('status of 403'))).toEqual([]);
  // Only the two refusals of a threshold on the wrong side, on purpose above.
  expect(consoleProblems.filter((problem) => !problem.includes('400'))).toEqual([]);
  expect(consoleProblems.filter((problem) => problem.startsWith('HTTP'))).toEqual([
    `HTTP 400: ${baseURL}/api/admin/kpis`,
    expect.stringMatching(new RegExp(`^HTTP 400: ${baseURL}/api/admin/kpis/\\d+$`)),
  ]);
});

/** Every text inside the screen, none clipped or smaller than a 45th of its height; the smallest value's size. */
async function layout(page: Page) {
  return page.evaluate(() => {
    const texts = [...document.querySelectorAll('body *')].filter(
      (el) =>
        !(el instanceof SVGElement) &&
        el.getClientRects().length > 0 &&
        !['SCRIPT', 'STYLE', 'TEMPLATE'].includes(el.tagName) &&
        [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== ''),
    );
    const outside = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && (r.left < 0 || r.top < 0 || r.right > window.innerWidth + 0.5 || r.bottom > window.innerHeight + 0.5);
    };
    // Text that leaves its tile overlaps the next one: as bad as leaving the screen.
    const outsideTile = (el: Element) => {
      const tile = el.closest('[data-kpi]');
      if (!tile) return false;
      const r = el.getBoundingClientRect();
      const t = tile.getBoundingClientRect();
      return r.left < t.left - 0.5 || r.right > t.right + 0.5 || r.top < t.top - 0.5 || r.bottom > t.bottom + 0.5;
    };
    const clipped = (el: Element) => el.closest('[data-panel-key]') && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible';
    return {
      tiles: document.querySelectorAll('[data-kpi]').length,
      outside: texts.filter((el) => outside(el) || outsideTile(el)).map((el) => el.textContent),
      clipped: texts.filter(clipped).map((el) => el.textContent),
      smallestFontPx: Math.min(...texts.map((el) => parseFloat(getComputedStyle(el).fontSize))),
      smallestValuePx: Math.min(...[...document.querySelectorAll('[data-testid="kpi-value"]')].map((el) => parseFloat(getComputedStyle(el).fontSize))),
    };
  });
}

test('twelve tiles with long names, units and numbers fit the wall at 720p, 1080p and 4K', async ({ browser, request }, testInfo) => {
  test.setTimeout(120_000);
  await signInAsAdmin(request);
  const before = (await (await request.get(`/api/v1/panels/${encodeURIComponent(KEY)}`)).json()) as KpisDto;
  const extra = 12 - before.tiles.length;
  const created: number[] = [];
  const samples = [
    { name: 'Mean time to restore service after a P1 incident (hours)', unit: 'h', direction: 'lower', target: 4, warnAt: 8, value: 12.25 },
    { name: 'Requests served per second at peak (95th percentile)', unit: 'req/s (p95)', direction: 'higher', target: 12000, warnAt: 9000, value: 10250 },
    { name: 'Annual recurring revenue of the self-service portal', unit: '€', direction: 'higher', target: 12_000_000, warnAt: 9_000_000, value: 12_500_000 },
    { name: 'Change failure rate', unit: '%', direction: 'lower', target: 5, warnAt: 15, value: 0.35 },
    { name: 'Net margin change', unit: 'pp', direction: 'higher', target: 0, warnAt: -2, value: -1.25 },
    { name: 'Accessibility issues', unit: '', direction: 'lower', target: 0, warnAt: 10, value: 999_999 },
  ];
  try {
    for (const sample of samples.slice(0, extra)) {
      const response = await request.post('/api/admin/kpis', {
        data: { trainSlug: 'demo', name: sample.name, key: '', unit: sample.unit, direction: sample.direction, target: sample.target, warnAt: sample.warnAt, position: 50 },
        headers: sameOrigin(),
      });
      expect(response.status(), await response.text()).toBe(201);
      const { kpi } = (await response.json()) as { kpi: { id: number } };
      created.push(kpi.id);
      const value = await request.post(`/api/admin/kpis/${kpi.id}/values`, { data: { value: sample.value }, headers: sameOrigin() });
      expect(value.status()).toBe(201);
    }
    for (const size of [
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
      { width: 3840, height: 2160 },
    ]) {
      const page = await browser.newPage({ viewport: size });
      await page.goto(`/display/demo?panel=${encodeURIComponent(KEY)}`);
      await expect(page.locator('[data-kpi]')).toHaveCount(12);
      const measured = await layout(page);
      await page.screenshot({ path: testInfo.outputPath(`kpis-12-tiles-${size.width}x${size.height}.png`) });
      expect(measured.outside).toEqual([]);
      expect(measured.clipped).toEqual([]);
      expect(measured.smallestFontPx).toBeGreaterThanOrEqual(size.height / 45);
      // Twelve numbers on one screen: each still a 16th of its height.
      expect(measured.smallestValuePx).toBeGreaterThanOrEqual(size.height / 16);
      await page.close();
    }
  } finally {
    // The demo's own six stay for the other specs (screenshots.spec.ts).
    for (const id of created) await request.delete(`/api/admin/kpis/${id}`, { headers: sameOrigin() });
  }
});

test('feeds naming a KPI the console never defined get a 422 that says what to do', async ({ request }) => {
  const response = await request.post('/api/v1/events', {
    data: { events: [{ id: uniqueName('e2e-unknown-kpi'), type: 'kpi_value.recorded', occurredAt: new Date().toISOString(), data: { train: 'demo', kpi: 'no-such-kpi', value: 1 } }] },
  });
  expect(response.status()).toBe(422);
  expect(await response.json()).toMatchObject({
    issues: [{ path: 'events.0.data.kpi', message: 'unknown KPI "no-such-kpi" of train "demo": define the KPI in the console first' }],
  });
});
