import type { Browser, CDPSession, Page } from 'playwright-core';

const MEMORY_PLAYLIST: { kind: string; params?: Record<string, string> }[] = [
  { kind: 'burndown', params: { scope: 'train' } },
  { kind: 'pi-burnup' },
  { kind: 'pi-burnup', params: { measure: 'features' } },
  { kind: 'objectives' },
  { kind: 'flow' },
  { kind: 'impediments' },
  { kind: 'risks' },
  { kind: 'incidents' },
  { kind: 'kpis' },
  { kind: 'releases' },
  { kind: 'dora' },
  { kind: 'quality' },
  // Every team's burndown in turn.
  { kind: 'burndown' },
];

/**
 * 24/7 rotation must not grow the heap: a paired display playing every kind of panel is sent 1,000 "next" commands
 * (the console's remote control, through the socket, the same path as a rotation boundary), each waited for until
 * its panel is on screen and its chart, if it has one, has drawn. The heap is measured after a forced GC
 * at rotation 100 and 1,000, and the Chart.js instances counted.
 */
export async function kioskMemory(browser: Browser, url: string, rotations = 1_000) {
  const origin = new URL(url).origin;
  const session = await signIn(url);
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin, cookie: session },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`POST ${path}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as Record<string, unknown>;
  };

  // Every kind of panel, each long enough that only the commands move the rotation: charts, lists, tiles, clocks.
  const { playlist } = (await post('/api/admin/playlists', {
    trainSlug: 'demo',
    name: 'Zz memory benchmark',
    items: MEMORY_PLAYLIST.map((item) => ({ params: {}, ...item, seconds: 3600 })),
  })) as { playlist: { id: number } };
  const pairing = (await post('/api/v1/pairing', {})) as { id: number; code: string; secret: string };
  const { display } = (await post('/api/admin/displays', { code: pairing.code, name: 'Memory benchmark TV', trainSlug: 'demo', playlistId: playlist.id })) as {
    display: { id: number };
  };
  await post('/api/v1/pairing/activate', { id: pairing.id, secret: pairing.secret });

  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  await context.addCookies([{ name: 'sb_display', value: pairing.secret, url, httpOnly: true, sameSite: 'Lax' }]);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${url}/display`);
  await waitForRotation(page, 0);
  // Commands reach only a connected TV.
  await page.waitForSelector('[data-socket="connected"]');

  const samples: Record<number, Sample> = { 0: await measure(page, cdp) };
  const started = performance.now();
  for (let i = 1; i <= rotations; i++) {
    await post(`/api/admin/displays/${display.id}/command`, { command: 'next' });
    await waitForRotation(page, i);
    if (i === 100 || i === rotations) samples[i] = await measure(page, cdp);
  }
  const seconds = (performance.now() - started) / 1000;
  const charts = await page.evaluate(() => (window.__signalboxCharts ? window.__signalboxCharts() : -1));
  await context.close();
  return { rotations, seconds, at0: samples[0]!, at100: samples[100]!, atEnd: samples[rotations]!, charts };
}

interface Sample {
  heapBytes: number;
  listeners: number;
  nodes: number;
}

/** The step has been reached and the panel on screen is there, with its chart drawn if it has one. */
async function waitForRotation(page: Page, step: number) {
  await page.waitForFunction(
    (wanted) => {
      const wall = document.querySelector('[data-step]');
      const panel = document.querySelector('[data-panel-key]');
      if (Number(wall?.getAttribute('data-step')) < wanted || panel === null) return false;
      return panel.querySelector('canvas') === null || window.__signalboxDrawn?.key === panel.getAttribute('data-panel-key');
    },
    step,
    { timeout: 10_000, polling: 'raf' },
  );
}

async function measure(page: Page, cdp: CDPSession): Promise<Sample> {
  await page.waitForTimeout(200);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  return { heapBytes: heap.usedSize, listeners: metric('JSEventListeners'), nodes: metric('Nodes') };
}

const BENCH_ADMIN = { email: 'bench@signalbox.test', name: 'Bench RTE', password: 'signalbox benchmark admin' };

/** Sets up the bench server's first admin (or signs in as it, if set up already) and returns its session cookie. */
async function signIn(url: string): Promise<string> {
  const request = (path: string, body: unknown) =>
    fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', origin: new URL(url).origin }, body: JSON.stringify(body) });
  let response = await request('/api/admin/setup', BENCH_ADMIN);
  if (response.status === 409) response = await request('/api/admin/session', { email: BENCH_ADMIN.email, password: BENCH_ADMIN.password });
  if (!response.ok) throw new Error(`sign-in: HTTP ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('sb_session='));
  if (!cookie) throw new Error('setup set no session cookie');
  return cookie.split(';')[0]!;
}

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(2)} MB`;

/** Runs the benchmark and prints its lines in the bench's table. */
export async function printKioskMemory(browser: Browser, url: string, line: (name: string, value: string, goal?: string) => void) {
  const result = await kioskMemory(browser, url);
  const growth = result.atEnd.heapBytes - result.at100.heapBytes;
  line(
    `kiosk heap, ${result.rotations} rotations`,
    `${mb(result.at100.heapBytes)} at 100 → ${mb(result.atEnd.heapBytes)} at ${result.rotations} (${growth >= 0 ? '+' : ''}${mb(growth)})`,
    // Measured with heap snapshots: what still grows after warm-up is V8's compiled code, and it levels off.
    `goal: flat (${Math.round(growth / (result.rotations - 100))} B per rotation)`,
  );
  line(
    'kiosk listeners / DOM nodes',
    `${result.at100.listeners} → ${result.atEnd.listeners} listeners, ${result.at100.nodes} → ${result.atEnd.nodes} nodes`,
    `(${(result.seconds / result.rotations * 1000).toFixed(0)} ms per rotation)`,
  );
  line('Chart.js instances after rotation', String(result.charts), 'goal: at most 1 (the panel on screen)');
}
