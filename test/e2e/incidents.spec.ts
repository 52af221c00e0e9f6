import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { onCallNowAndNext } from '../../lib/panels/incidents/math';
import type { IncidentsDto } from '../../lib/panels/incidents/types';
import { sameOrigin, signInAsAdmin } from './console-helpers';
import { watchPageProblems } from './helpers';
import { createPlaylist, endAllAlerts, openTv, pairDisplayByApi, uniqueName } from './kiosk-helpers';

interface IncidentState {
  key: string;
  title: string;
  startedAt: Date;
  resolvedAt: Date | null;
  priority?: number;
  team?: string | null;
  service?: string | null;
}

let sent = 0;

/** Sends incidents' states through the public ingest API in one batch, as an incident tool would. */
async function sendIncidents(request: APIRequestContext, incidents: IncidentState[]) {
  const occurredAt = new Date().toISOString();
  const response = await request.post('/api/v1/events', {
    data: {
      events: incidents.map((incident) => ({
        id: `e2e-${incident.key}-${++sent}-${Date.now()}`,
        type: 'incident.upserted',
        occurredAt,
        data: {
          key: incident.key,
          train: 'demo',
          team: incident.team === undefined ? 'atlas' : incident.team,
          title: incident.title,
          service: incident.service === undefined ? 'checkout-api' : incident.service,
          priority: incident.priority ?? 1,
          startedAt: incident.startedAt.toISOString(),
          resolvedAt: incident.resolvedAt && incident.resolvedAt.toISOString(),
        },
      })),
    },
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** Text of the panel outside the screen, and the smallest text's size, as screenshots.spec.ts measures them. */
function layout(page: Page) {
  return page.evaluate(() => {
    const texts = [...document.querySelectorAll('section[data-panel-key] *')].filter(
      (el) => el.getClientRects().length > 0 && [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== ''),
    );
    const outside = (el: Element) => [...el.getClientRects()].some((r) => r.bottom > window.innerHeight + 0.5 || r.right > window.innerWidth + 0.5);
    return {
      outside: texts.filter(outside).map((el) => el.textContent),
      smallestPx: Math.min(...texts.map((el) => parseFloat(getComputedStyle(el).fontSize))),
    };
  });
}

test('a rota week typed on a phone shows on the TV, and a P1 sent by a tool comes first, live, and goes once restored', async ({ browser, page, request, baseURL }) => {
  test.setTimeout(120_000);
  await signInAsAdmin(request);
  await endAllAlerts(request);

  // A TV whose playlist shows the incidents panel ("Zz": a test playlist must never become the demo's default).
  const playlistId = await createPlaylist(request, uniqueName('Zz incidents'), [{ kind: 'incidents', params: {}, seconds: 300 }]);
  const display = await pairDisplayByApi(request, { name: uniqueName('Incidents TV'), playlistId });
  const tv = await openTv(browser, display, { viewport: { width: 1920, height: 1080 } });
  const tvProblems = watchPageProblems(tv.page, baseURL!);
  await tv.page.goto('/display');
  const panel = tv.page.locator('[data-panel-key="incidents:demo"]');
  await expect(panel).toBeVisible();
  await expect(tv.page.locator('[data-socket="connected"]')).toBeVisible();
  await tv.page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  const openTotal = panel.getByTestId('incidents-open-total');
  const before = Number(await openTotal.textContent());

  // The console, phone-sized: this week's primary. Hand-over at 00:00 so the shift has begun whatever the hour.
  await page.setViewportSize({ width: 375, height: 812 });
  const consoleProblems = watchPageProblems(page, baseURL!);
  await signInAsAdmin(page);
  await page.goto('/admin/on-call');
  await expect(page.getByRole('heading', { level: 1, name: 'On-call rota' })).toBeVisible();
  const thisWeek = page.locator('form[data-week]').first();
  await expect(thisWeek.getByRole('heading')).toContainText('this week');
  // What the demo had, to put back at the end: later specs' screenshots show the demo's rota.
  const field = (label: string) => thisWeek.getByLabel(label, { exact: true }).inputValue();
  const demoWeek = {
    trainSlug: 'demo',
    week: await thisWeek.getAttribute('data-week'),
    handover: await field('Hand-over'),
    primary: await field('Primary'),
    primaryContact: await field('Primary contact'),
    secondary: await field('Secondary'),
    secondaryContact: await field('Secondary contact'),
  };
  const primary = uniqueName('Robin Rota');
  await thisWeek.getByLabel('Primary', { exact: true }).fill(primary);
  await thisWeek.getByLabel('Primary contact').fill('+31 20 555 0199');
  await thisWeek.getByLabel('Hand-over').fill('00:00');
  await thisWeek.getByRole('button', { name: /^Save Week of/ }).click();
  await expect(thisWeek.getByText('Saved.')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.screenshot({ path: test.info().outputPath('on-call-console-375.png'), fullPage: true });
  // After the page refreshed from the server, the week holds what was saved.
  await expect(thisWeek.getByLabel('Primary', { exact: true })).toHaveValue(primary);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: test.info().outputPath('on-call-console-1280.png') });

  // The TV: the save was pushed, no reload.
  await expect(panel.getByTestId('oncall-primary-now')).toHaveText(primary, { timeout: 10_000 });
  await expect(panel.getByTestId('oncall-primary')).toContainText('+31 20 555 0199');

  // A P1 from the incident tool: first in the list, the count one up.
  const key = `E2E-INC-${Date.now()}`;
  const title = uniqueName('Checkout down for all card payments');
  const startedAt = new Date(Date.now() - 12 * 60_000);
  await sendIncidents(request, [{ key, title, startedAt, resolvedAt: null }]);
  const first = panel.locator('li[data-incident-key]').first();
  await expect(first).toHaveAttribute('data-incident-key', key, { timeout: 10_000 });
  await expect(first).toContainText(title);
  await expect(first).toContainText('P1 Critical');
  // Open for 12 minutes, by the wall's own clock (it ticks every 10 s, so it may still read 11).
  await expect(first).toContainText(/1[12] min/);
  await expect(openTotal).toHaveText(String(before + 1));

  // Restored: it goes, and the count is back.
  await sendIncidents(request, [{ key, title, startedAt, resolvedAt: new Date(Date.now() - 1_000) }]);
  await expect(panel.locator(`li[data-incident-key="${key}"]`)).toHaveCount(0, { timeout: 10_000 });
  await expect(openTotal).toHaveText(String(before));
  expect(await tv.page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  await tv.page.screenshot({ path: test.info().outputPath('incidents-tv-1920.png') });

  await tv.context.close();
  const restored = await request.put('/api/admin/on-call', { data: demoWeek, headers: sameOrigin() });
  expect(restored.status(), await restored.text()).toBe(200);
  expect(tvProblems).toEqual([]);
  expect(consoleProblems).toEqual([]);
});

test('a screenful of long incidents fits at 720p and 4K, and with none open the panel is calm', async ({ browser, request }, testInfo) => {
  const long = 'Customers in the EU region cannot complete checkout with saved cards while the fraud scoring service times out under load';
  const stress: IncidentState[] = [1, 2, 3, 4, 5, 2].map((priority, n) => ({
    key: `E2E-STRESS-${Date.now()}-${n}`,
    title: `${long} (${n + 1})`,
    priority,
    service: 'payments-fraud-scoring-gateway-eu-west-primary-cluster',
    startedAt: new Date(Date.now() - (n + 1) * 37 * 60_000),
    resolvedAt: null,
  }));
  await sendIncidents(request, stress);
  for (const size of [
    { width: 1280, height: 720 },
    { width: 3840, height: 2160 },
  ]) {
    const page = await browser.newPage({ viewport: size });
    await page.goto(`/display/demo?panel=${encodeURIComponent('incidents:demo')}`);
    await expect(page.locator('li[data-incident-key]')).toHaveCount(5);
    await expect(page.getByText(/^and \d+ more$/)).toBeVisible();
    const measured = await layout(page);
    await page.screenshot({ path: testInfo.outputPath(`incidents-full-${size.width}x${size.height}.png`) });
    expect(measured.outside).toEqual([]);
    expect(measured.smallestPx).toBeGreaterThanOrEqual(size.height / 45);
    await page.close();
  }
  await sendIncidents(request, stress.map((incident) => ({ ...incident, resolvedAt: new Date(Date.now() - 1_000) })));

  // The demo's open incidents restored for a moment: calm, with MTTR and who is on call still there; then reopened.
  const dto = (await (await request.get(`/api/v1/panels/${encodeURIComponent('incidents:demo')}`)).json()) as IncidentsDto;
  const open = dto.open.incidents.map((i): IncidentState => ({ ...i, team: i.team && i.team.toLowerCase(), startedAt: new Date(i.startedAt), resolvedAt: null }));
  await sendIncidents(request, open.map((incident) => ({ ...incident, resolvedAt: new Date(Date.now() - 1_000) })));
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(`/display/demo?panel=${encodeURIComponent('incidents:demo')}`);
  await expect(page.getByTestId('incidents-calm')).toHaveText('✔No open incidents');
  await expect(page.getByTestId('incidents-open-total')).toHaveText('0');
  await expect(page.getByTestId('incidents-mttr-value')).not.toHaveText('–');
  await expect(page.getByTestId('oncall-primary-now')).not.toBeEmpty();
  expect((await layout(page)).outside).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('incidents-calm-1920x1080.png') });
  await page.close();
  await sendIncidents(request, open);
  const after = (await (await request.get(`/api/v1/panels/${encodeURIComponent('incidents:demo')}`)).json()) as IncidentsDto;
  expect(after.open.incidents.map((i) => i.key)).toEqual(open.map((i) => i.key));
});

test('at the hand-over the TV shows the next person by its own clock, then fetches the panel once', async ({ browser, request }) => {
  test.setTimeout(150_000);
  const key = 'incidents:demo';
  const dto = (await (await request.get(`/api/v1/panels/${encodeURIComponent(key)}`)).json()) as IncidentsDto;
  expect(dto.changesAt).not.toBeNull();
  const handover = Date.parse(dto.changesAt!);
  const before = onCallNowAndNext(dto.onCall.primary, new Date(handover - 1_000)).now!.person;
  const after = onCallNowAndNext(dto.onCall.primary, new Date(handover + 1_000)).now!.person;

  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  // The TV's clock starts just before the hand-over and runs on in real time: no jump of its date, which would
  // make the socket's heartbeat look expired and reconnect (refreshing every key) on top of what is counted here.
  await page.clock.install({ time: new Date(handover - 15_000) });
  const isPanelFetch = (url: string) => url.includes(`/api/v1/panels/${encodeURIComponent(key)}`);
  const firstFetch = page.waitForResponse((response) => isPanelFetch(response.url()));
  await page.goto(`/display/demo?panel=${encodeURIComponent(key)}`);
  // The wall fetches its keys once as its socket connects; count what follows.
  await firstFetch;
  const fetches: string[] = [];
  page.on('request', (r) => {
    if (isPanelFetch(r.url())) fetches.push(r.url());
  });
  await expect(page.getByTestId('oncall-primary-now')).toHaveText(before);

  // The panel's clock (a 10 s tick) passes the hand-over and shows the next person without any data.
  await expect(page.getByTestId('oncall-primary-now')).toHaveText(after, { timeout: 30_000 });
  // Then one fetch, 0-60 s later; the server's answer (its clock is still before the hand-over) asks for no more.
  await expect.poll(() => fetches.length, { timeout: 75_000, intervals: [1_000] }).toBe(1);
  await page.waitForTimeout(12_000);
  expect(fetches).toHaveLength(1);
  await expect(page.getByTestId('oncall-primary-now')).toHaveText(after);
  await page.close();
});
