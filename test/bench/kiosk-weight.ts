import type { Browser } from 'playwright-core';

/** JavaScript the browser downloads for a wall, as served (compressed) and unpacked. */
export async function kioskWeight(browser: Browser, url: string) {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  const scripts: { url: string; transferred: Promise<number>; decoded: Promise<number> }[] = [];
  page.on('requestfinished', (request) => {
    if (request.resourceType() !== 'script') return;
    scripts.push({
      url: request.url(),
      transferred: request.sizes().then((s) => s.responseBodySize),
      decoded: request.response().then(async (r) => (r ? (await r.body()).byteLength : 0)),
    });
  });
  await page.goto(`${url}/display/demo`, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => window.__signalboxDrawn !== undefined);
  const sizes = await Promise.all(scripts.map(async (s) => ({ url: s.url, transferred: await s.transferred, decoded: await s.decoded })));
  await page.close();
  return {
    files: sizes.length,
    transferredKb: sizes.reduce((sum, s) => sum + s.transferred, 0) / 1000,
    decodedKb: sizes.reduce((sum, s) => sum + s.decoded, 0) / 1000,
  };
}
