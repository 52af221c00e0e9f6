import { expect, request as playwrightRequest, test, type Page } from '@playwright/test';
import { E2E_BASE_URL, sameOrigin, signInAsAdmin } from './console-helpers';
import { watchPageProblems } from './helpers';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];

/**
 * Every panel kind of the demo train, alone on its wall (?panel=), with the header strip. `big` is the panel's
 * headline number and `bigShare` the least share of the screen's height its text must take to read from 3 m: the
 * burndown's one number is a fifth of the screen; the flow panel has six tiles, so each number is smaller.
 */
const PANELS = [
  // Comet is the team with scope added mid-iteration: the fullest burndown.
  { name: 'team-burndown', key: 'burndown:comet:points', big: 'remaining-now', bigShare: 0.2 },
  { name: 'train-burndown', key: 'train-burndown:demo:points', big: 'remaining-now', bigShare: 0.2 },
  { name: 'pi-burnup-points', key: 'pi-burnup:demo:points', big: 'completed-now', bigShare: 0.18 },
  { name: 'pi-burnup-features', key: 'pi-burnup:demo:features', big: 'completed-now', bigShare: 0.18 },
  { name: 'objectives', key: 'objectives:demo', big: 'art-predictability', bigShare: 0.15 },
  { name: 'flow', key: 'flow:demo', big: 'flow-velocity-value', bigShare: 0.1 },
  // Its key names an announcement this file creates (beforeAll); the title is the big text.
  { name: 'announcement', key: 'announcement:demo:', big: 'announcement-title', bigShare: 0.07 },
  { name: 'impediments', key: 'impediments:demo', big: 'impediments-open-total', bigShare: 0.12 },
  { name: 'risks', key: 'risks:demo', big: 'risks-unroamed', bigShare: 0.08 },
  { name: 'incidents', key: 'incidents:demo', big: 'incidents-open-total', bigShare: 0.1 },
  { name: 'kpis', key: 'kpis:demo', big: 'kpi-value', bigShare: 0.07 },
  { name: 'releases', key: 'releases:demo', big: 'release-countdown', bigShare: 0.05 },
  { name: 'dora', key: 'dora:demo', big: 'dora-deployment-frequency', bigShare: 0.08 },
  { name: 'quality', key: 'quality:demo', big: 'quality-pass-rate', bigShare: 0.07 },
];

// A real-sized announcement: paragraphs, bullets, bold, and markup that must show as text.
const ANNOUNCEMENT = {
  trainSlug: 'demo',
  title: 'Welcome to PI 26.4',
  body: [
    'PI planning is on **Monday 30 November** and **Tuesday 1 December**, 09:00-17:00.',
    '',
    '- System demo: **Room 4.12**, Friday 14:00',
    '- Inspect & Adapt: *after the demo*, same room',
    '- Remote? Join via the ART channel',
    '',
    'Literal text stays text: <script>alert(1)</script>',
  ].join('\n'),
};
let announcementKey = '';

test.beforeAll(async () => {
  const admin = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
  await signInAsAdmin(admin);
  const response = await admin.post(`${E2E_BASE_URL}/api/admin/announcements`, { data: ANNOUNCEMENT, headers: sameOrigin() });
  expect(response.status(), await response.text()).toBe(201);
  announcementKey = `announcement:demo:${((await response.json()) as { announcement: { id: number } }).announcement.id}`;
  await admin.dispose();
});

/** The largest share of ink over the page's canvases: 0 while no chart has drawn. */
function maxInkRatio(page: Page): Promise<number> {
  return page.evaluate(() => {
    let best = 0;
    for (const canvas of document.querySelectorAll('canvas')) {
      if (canvas.width === 0 || canvas.height === 0) continue;
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3]! > 0 && (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2])) ink += 1;
      }
      best = Math.max(best, ink / (data.length / 4));
    }
    return best;
  });
}

for (const panel of PANELS) {
  for (const size of SIZES) {
    test(`${panel.name} reads from across the room at ${size.width}x${size.height}, under the header strip`, async ({ browser, baseURL }, testInfo) => {
      const page = await browser.newPage({ viewport: size });
      const problems = watchPageProblems(page, baseURL!);
      const key = panel.name === 'announcement' ? announcementKey : panel.key;
      await page.goto(`/display/demo?panel=${encodeURIComponent(key)}`);
      await expect(page.locator(`[data-panel-key="${key}"]`)).toBeVisible();
      await expect(page.getByTestId('cadence-strip')).toBeVisible();
      if ((await page.locator('canvas').count()) > 0) await expect.poll(() => maxInkRatio(page)).toBeGreaterThan(0.01);

      const boxes = await page.evaluate((bigId) => {
        const inside = (el: Element) => {
          const r = el.getBoundingClientRect();
          return r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth + 0.5 && r.bottom <= window.innerHeight + 0.5 && r.width > 0;
        };
        // Text that overflows its own box (cut off by an ellipsis or a fixed width) is clipped too.
        const clipped = (el: Element) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible';
        const big = document.querySelector(`[data-testid="${bigId}"]`);
        const texts = [...document.querySelectorAll('h1, h2, h3, p, dt, dd, [data-testid], li, time, header span')].filter(
          (el) => (el.textContent ?? '').trim() !== '',
        );
        const headerElement = document.querySelector('[data-testid="wall-header"]')!;
        const header = headerElement.getBoundingClientRect();
        return {
          outside: texts.filter((el) => !inside(el)).map((el) => el.textContent),
          clipped: texts.filter(clipped).map((el) => el.textContent),
          bigFontPx: big ? parseFloat(getComputedStyle(big).fontSize) : 0,
          // Only text an element holds itself: a container's own font size is never drawn.
          smallest: texts
            .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== ''))
            .map((el) => ({ text: (el.textContent ?? '').slice(0, 40), px: parseFloat(getComputedStyle(el).fontSize) }))
            .sort((a, b) => a.px - b.px)[0],
          // Two lines of text would make the strip at least twice its line height.
          headerOneLine: header.height < 2 * parseFloat(getComputedStyle(headerElement).lineHeight),
        };
      }, panel.big);

      await page.screenshot({ path: testInfo.outputPath(`${panel.name}-${size.width}x${size.height}.png`) });
      expect(boxes.outside).toEqual([]);
      expect(boxes.clipped).toEqual([]);
      expect(boxes.headerOneLine).toBe(true);
      expect(boxes.bigFontPx).toBeGreaterThanOrEqual(size.height * panel.bigShare);
      expect(boxes.smallest!.px, `smallest text: "${boxes.smallest!.text}"`).toBeGreaterThanOrEqual(size.height / 45);
      expect(problems).toEqual([]);
      await page.close();
    });
  }
}
