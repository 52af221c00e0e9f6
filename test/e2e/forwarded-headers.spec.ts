import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, request as playwrightRequest, test } from '@playwright/test';
import { startServer, type RunningServer } from '../support/server';

// A server with no trusted proxy in front (the default): what a client says in X-Forwarded-* counts for nothing.
const PORT = 3132;
let server: RunningServer;
let dataDir: string;

test.beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'signalbox-forwarded-'));
  server = await startServer({ port: PORT, dataDir, env: { SIGNALBOX_DEMO: '0' } });
});

test.afterAll(async () => {
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

test('a client cannot dodge the per-address pairing limit by naming another address in X-Forwarded-For', async () => {
  const api = await playwrightRequest.newContext({ baseURL: server.url });
  const statuses: number[] = [];
  // The limit is 30 codes per address per 10 minutes; each request claims to come from somewhere else.
  for (let n = 1; n <= 31; n++) {
    const response = await api.post('/api/v1/pairing', { headers: { 'x-forwarded-for': `198.51.100.${n}` } });
    statuses.push(response.status());
  }
  expect(statuses.slice(0, 30).every((status) => status === 201)).toBe(true);
  expect(statuses[30]).toBe(429);
  await api.dispose();
});

test('a spoofed X-Forwarded-Host does not make a cross-origin write look same-origin', async () => {
  const api = await playwrightRequest.newContext({ baseURL: server.url });
  const response = await api.post('/api/admin/setup', {
    data: { email: 'mallory@example.test', name: 'Mallory', password: 'a long enough password' },
    headers: { origin: 'http://evil.example', 'x-forwarded-host': 'evil.example' },
  });
  expect(response.status()).toBe(403);
  await api.dispose();
});
