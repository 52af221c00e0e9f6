// `npm run bench`: prints Signalbox's performance figures. Nothing here asserts; goals are in the README.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchChromium } from './browser';
import { printKioskMemory } from './kiosk-memory';
import { kioskWeight } from './kiosk-weight';
import { benchLoaders } from './loaders';
import { scratchPostgres } from './postgres';
import { pushToPixel } from './push-to-pixel';
import { startServer } from '../support/server';
import { ms } from './stats';

const port = Number(process.env.BENCH_PORT ?? 3199);
const samples = Number(process.env.BENCH_SAMPLES ?? 200);
const dataDir = mkdtempSync(path.join(tmpdir(), 'signalbox-bench-'));
const line = (name: string, value: string, goal = '') => process.stdout.write(`${name.padEnd(34)} ${value.padEnd(44)} ${goal}\n`);

try {
  const fresh = await startServer({ port, dataDir });
  const freshStop = await fresh.stop();
  const server = await startServer({ port, dataDir });
  line('cold start, new data folder', ms(fresh.coldStartMs), '(process start to first 200 from /api/health)');
  line('cold start, existing data folder', ms(server.coldStartMs));
  line('shutdown on SIGTERM', ms(freshStop), 'goal ≤ 5000 ms');

  const browser = await launchChromium();
  try {
    const weight = await kioskWeight(browser, server.url);
    line('kiosk weight /display/demo', `${weight.transferredKb.toFixed(1)} kB as served (${weight.decodedKb.toFixed(1)} kB unpacked, ${weight.files} files)`, 'goal ≤ 180 kB');
    const push = await pushToPixel(browser, server.url, samples);
    line(`push-to-pixel (${push.n} samples)`, `p50 ${ms(push.p50)}  p95 ${ms(push.p95)}  p99 ${ms(push.p99)}`, 'goal p50 ≤ 20 ms, p99 ≤ 50 ms');
    await printKioskMemory(browser, server.url, line);
    await server.stop();

    // The same path on PostgreSQL, where a fleet of many screens would run.
    const database = await scratchPostgres();
    if (!database) line('push-to-pixel on PostgreSQL', 'skipped: no PostgreSQL at 127.0.0.1:5432');
    else {
      const onPostgres = await startServer({ port, dataDir, env: { DATABASE_URL: database.url } });
      try {
        const pushPg = await pushToPixel(browser, onPostgres.url, samples);
        line(`push-to-pixel on PostgreSQL (${pushPg.n})`, `p50 ${ms(pushPg.p50)}  p95 ${ms(pushPg.p95)}  p99 ${ms(pushPg.p99)}`, 'goal p50 ≤ 20 ms, p99 ≤ 50 ms');
      } finally {
        await onPostgres.stop();
        await database.drop();
      }
    }
  } finally {
    await browser.close();
    if (server.child.exitCode === null) await server.stop();
  }

  // Loaders on a train of 50 teams and a million changes (PostgreSQL).
  await benchLoaders(line);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
