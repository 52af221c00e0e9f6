import type { Browser } from 'playwright-core';
import type { BurndownDto } from '../../lib/panels/burndown/types';
import { summary } from './stats';

/**
 * From the POST leaving the page to the chart having drawn the new value, measured on the page's own clock:
 * ingest, commit, loader, socket push, SWR cache, React render and the Chart.js redraw.
 */
export async function pushToPixel(browser: Browser, url: string, samples: number) {
  const dto = (await (await fetch(`${url}/api/v1/panels/burndown:atlas:points`)).json()) as BurndownDto;
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(`${url}/display/demo?team=atlas`);
  await page.waitForFunction(() => window.__signalboxDrawn?.key === 'burndown:atlas:points');
  // The socket is in the panel's room before the first write; the refetch made on joining settles first.
  await page.waitForSelector('[data-socket="connected"]');
  await page.waitForTimeout(500);

  const timings: number[] = [];
  for (let i = 0; i < samples; i++) {
    const points = (i % 2) + 1;
    const expected = dto.remainingNow + points;
    const elapsed = await page.evaluate(
      async ({ i, points, expected, iteration }) => {
        const started = performance.now();
        const response = await fetch('/api/v1/events', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            events: [
              {
                id: `bench-${Date.now()}-${i}`,
                type: 'work_item.upserted',
                occurredAt: new Date().toISOString(),
                data: { key: 'BENCH-1', team: 'atlas', iteration, title: 'Benchmark story', kind: 'story', points, hoursRemaining: 1, status: 'To Do' },
              },
            ],
          }),
        });
        if (!response.ok) throw new Error(`ingest answered ${response.status}`);
        // Plain loops only: this function is serialised into the page, so it must not need bundler helpers.
        for (;;) {
          const drawn = window.__signalboxDrawn;
          if (drawn && drawn.value === expected && drawn.at >= started) return drawn.at - started;
          if (performance.now() - started > 5_000) throw new Error(`value ${expected} never drawn`);
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
      },
      { i, points, expected, iteration: dto.iteration!.code },
    );
    timings.push(elapsed);
  }
  await page.close();
  return summary(timings);
}
