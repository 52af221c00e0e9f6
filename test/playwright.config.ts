import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './support/chromium';

const root = path.resolve(import.meta.dirname, '..');
const port = Number(process.env.E2E_PORT ?? 3123);
const dataDir = path.join(root, 'test-results', 'e2e-data');

export default defineConfig({
  testDir: './e2e',
  outputDir: path.join(root, 'test-results', 'e2e'),
  timeout: 60_000,
  // One server, one PGlite: tests share its data and run in order.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `rm -rf "${dataDir}" && node --import tsx server.ts`,
    cwd: root,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      SIGNALBOX_DATA_DIR: dataDir,
      SIGNALBOX_SIMULATOR: '0',
      SIGNALBOX_ROTATION_SECONDS: '5',
      // As if behind a proxy: the suite's TVs each name their own address (test/e2e/kiosk-helpers.ts).
      SIGNALBOX_TRUST_PROXY: '1',
      LOG_LEVEL: 'warn',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
});
