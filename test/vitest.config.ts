import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

// Unit, database and ingest tests only: test/e2e and test/bench belong to Playwright and the bench runner.
export default defineConfig({
  root,
  resolve: { alias: { '@': root } },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/db/**/*.test.ts', 'test/ingest/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Two cores, and each database test file creates its own PGlite (4-6 s, ~750 MB).
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
  },
});
