import { expect, test } from '@playwright/test';
import { inkRatio, watchPageProblems } from './helpers';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];

for (const size of SIZES) {
  test(`the burndown reads from across the room at ${size.width}x${size.height}`, async ({ browser, baseURL }, testInfo) => {
    const page = await browser.newPage({ viewport: size });
    const problems = watchPageProblems(page, baseURL!);
    // Comet is the team with scope added mid-iteration: the fullest panel.
    await page.goto('/display/demo?team=comet');
    await expect.poll(() => inkRatio(page)).toBeGreaterThan(0.01);

    const boxes = await page.evaluate(() => {
      const inside = (el: Element) => {
        const r = el.getBoundingClientRect();
        return r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth + 0.5 && r.bottom <= window.innerHeight + 0.5 && r.width > 0;
      };
      const big = document.querySelector('[data-testid="remaining-now"]')!;
      const texts = [...document.querySelectorAll('h1, p, dt, dd, [data-testid], li, time')];
      return {
        allInside: texts.every(inside),
        outside: texts.filter((el) => !inside(el)).map((el) => el.textContent),
        bigFontPx: parseFloat(getComputedStyle(big).fontSize),
        smallestFontPx: Math.min(...texts.map((el) => parseFloat(getComputedStyle(el).fontSize))),
      };
    });
    expect(boxes.outside).toEqual([]);
    // From 3 m a number needs to be large: the remaining work is a fifth of the screen's height or more.
    expect(boxes.bigFontPx).toBeGreaterThanOrEqual(size.height * 0.2);
    expect(boxes.smallestFontPx).toBeGreaterThanOrEqual(size.height / 45);

    await page.screenshot({ path: testInfo.outputPath(`wall-${size.width}x${size.height}.png`) });
    expect(problems).toEqual([]);
    await page.close();
  });
}
