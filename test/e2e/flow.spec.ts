import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { FlowDto } from '../../lib/panels/flow/types';
import { signInAsAdmin } from './console-helpers';
import { watchPageProblems } from './helpers';
import { createPlaylist, endAllAlerts, openTv, pairDisplayByApi, uniqueName } from './kiosk-helpers';

const SHOTS = '/tmp/shots-flow';
const TILES = ['flow-distribution', 'flow-velocity', 'flow-time', 'flow-load', 'flow-efficiency', 'flow-predictability'];
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];

/** Text outside the screen or cut off, the smallest text, and the smallest of the tiles' big numbers. */
async function layout(page: Page) {
  return page.evaluate(() => {
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
    // The panel's own text (the wall's header strip shortens long names with an ellipsis by design).
    const panel = document.querySelector('[data-panel-key^="flow:"]');
    const clipped = texts.filter((el) => panel?.contains(el) && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible');
    const bigs = [...document.querySelectorAll('[data-testid$="-value"]')];
    // Tiles must not overlap: each tile's box lies apart from the others.
    const tiles = [...document.querySelectorAll('article[data-testid^="flow-"]')].map((el) => el.getBoundingClientRect());
    const overlaps = tiles.some((a, i) => tiles.some((b, j) => i < j && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom));
    // Every chart has room to draw.
    const canvases = [...document.querySelectorAll('article canvas')].map((el) => el.getBoundingClientRect().height);
    return {
      outside: outside.map((el) => el.textContent),
      clipped: clipped.map((el) => el.textContent),
      smallestFontPx: Math.min(...texts.map((el) => parseFloat(getComputedStyle(el).fontSize))),
      smallestBigPx: Math.min(...bigs.map((el) => parseFloat(getComputedStyle(el).fontSize))),
      overlaps,
      lowestChartPx: Math.min(...canvases),
    };
  });
}

test('the flow panel shows six metrics, and work started elsewhere shows up live as load', async ({ browser, request, baseURL }) => {
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  await signInAsAdmin(request);
  await endAllAlerts(request);
  const playlistId = await createPlaylist(request, uniqueName('Flow'), [{ kind: 'flow', seconds: 300 }]);
  const display = await pairDisplayByApi(request, { name: uniqueName('Flow wall'), playlistId });

  const before = (await (await request.get('/api/v1/panels/flow%3Ademo')).json()) as FlowDto;
  expect(before.pi).not.toBeNull();

  const tv = await openTv(browser, display, { viewport: SIZES[0] });
  const problems = watchPageProblems(tv.page, baseURL!);
  await tv.page.goto('/display');
  await expect(tv.page.locator('[data-panel-key="flow:demo"]')).toBeVisible();
  // Six tiles with numbers: the demo has planned and done work and rated objectives, so none is a dash.
  for (const tile of TILES) await expect(tv.page.getByTestId(`${tile}-value`)).toHaveText(/^\d+(\.\d)?( %| d)?$/);
  await expect(tv.page.getByTestId('flow-load-value')).toHaveText(String(before.load.now));
  await expect(tv.page.getByTestId('flow-velocity-value')).toHaveText(/^\d+$/);
  await expect.poll(() => tv.page.evaluate(() => window.__signalboxDrawn?.key)).toBe('flow:demo');
  await expect(tv.page.locator('[data-socket="connected"]')).toBeVisible();

  // The TV never reloads: a mark set now must still be there after the push.
  await tv.page.evaluate(() => ((window as unknown as { flowMark: string }).flowMark = 'same page'));
  const key = `E2E-FLOW-${Date.now()}`;
  const response = await request.post('/api/v1/events', {
    data: {
      events: [
        {
          id: `e2e-${key}`,
          type: 'work_item.upserted',
          occurredAt: new Date(Date.now() - 1_000).toISOString(),
          data: { key, team: 'atlas', iteration: null, title: 'Started by the flow test', kind: 'story', points: 2, hoursRemaining: 4, status: 'In Progress' },
        },
      ],
    },
  });
  expect(response.status()).toBe(200);
  await expect(tv.page.getByTestId('flow-load-value')).toHaveText(String(before.load.now + 1));
  await expect.poll(() => tv.page.evaluate(() => window.__signalboxDrawn?.value)).toBe(before.load.now + 1);
  expect(await tv.page.evaluate(() => (window as unknown as { flowMark?: string }).flowMark)).toBe('same page');
  expect(problems).toEqual([]);
  await tv.context.close();

  for (const size of SIZES) {
    const screen = await openTv(browser, display, { viewport: size });
    await screen.page.goto('/display');
    await expect(screen.page.getByTestId('flow-load-value')).toHaveText(String(before.load.now + 1));
    await expect.poll(() => screen.page.evaluate(() => window.__signalboxDrawn?.key)).toBe('flow:demo');
    const seen = await layout(screen.page);
    await screen.page.screenshot({ path: `${SHOTS}/flow-${size.width}x${size.height}.png` });
    expect(seen.outside).toEqual([]);
    expect(seen.clipped).toEqual([]);
    expect(seen.overlaps).toBe(false);
    // From 3 m: no text under a 45th of the screen's height, the six numbers a tenth of it or more.
    expect(seen.smallestFontPx).toBeGreaterThanOrEqual(size.height / 45);
    expect(seen.smallestBigPx).toBeGreaterThanOrEqual(size.height / 10);
    expect(seen.lowestChartPx).toBeGreaterThanOrEqual(size.height / 20);
    await screen.context.close();
  }
});
