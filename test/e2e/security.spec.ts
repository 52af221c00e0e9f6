import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { createTestUser, E2E_BASE_URL, sameOrigin, signInAs, signInAsAdmin } from './console-helpers';

// Every admin route handler and console page refuses callers who may not use it, whatever headers they bring.
// Runs against the shared e2e server; signs in as the shared test admin (console-helpers.ts).

const ROOT = path.resolve(import.meta.dirname, '../..');
/** Any id: refusals come before the handler looks anything up, and nothing real is touched if one does not. */
const SOME_ID = '999999';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

interface Route {
  method: string;
  path: string;
}

/** The admin API by contract. Routes not built yet are left out (see existing()); new ones on disk are added. */
const ADMIN_API: Route[] = [
  { method: 'GET', path: '/api/admin/session' },
  { method: 'GET', path: '/api/admin/users' },
  { method: 'POST', path: '/api/admin/users' },
  { method: 'PATCH', path: '/api/admin/users/[id]' },
  { method: 'POST', path: '/api/admin/users/[id]/revoke-sessions' },
  { method: 'GET', path: '/api/admin/displays' },
  { method: 'POST', path: '/api/admin/displays' },
  { method: 'PATCH', path: '/api/admin/displays/[id]' },
  { method: 'DELETE', path: '/api/admin/displays/[id]' },
  { method: 'POST', path: '/api/admin/displays/[id]/kiosk-url' },
  { method: 'PUT', path: '/api/admin/displays/[id]/schedules' },
  { method: 'POST', path: '/api/admin/displays/[id]/command' },
  { method: 'GET', path: '/api/admin/playlists' },
  { method: 'POST', path: '/api/admin/playlists' },
  { method: 'GET', path: '/api/admin/playlists/[id]' },
  { method: 'PUT', path: '/api/admin/playlists/[id]' },
  { method: 'DELETE', path: '/api/admin/playlists/[id]' },
  { method: 'POST', path: '/api/admin/calendar' },
  { method: 'DELETE', path: '/api/admin/calendar' },
  { method: 'POST', path: '/api/admin/alerts' },
  { method: 'POST', path: '/api/admin/alerts/[id]/end' },
];

/** Open on purpose: first-run setup, sign-in and sign-out (checked for Origin below, not for a session). */
const OPEN_API: Route[] = [
  { method: 'POST', path: '/api/admin/setup' },
  { method: 'POST', path: '/api/admin/session' },
  { method: 'DELETE', path: '/api/admin/session' },
];

const BYPASS = { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' };

function filesNamed(dir: string, name: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) found.push(...filesNamed(full, name));
    else if (entry === name) found.push(full);
  }
  return found;
}

/** What exists: the methods each route.ts under app/api/admin exports. */
function routesOnDisk(): Route[] {
  return filesNamed(path.join(ROOT, 'app/api/admin'), 'route.ts').flatMap((file) => {
    const routePath = '/' + path.relative(path.join(ROOT, 'app'), path.dirname(file)).split(path.sep).join('/');
    const source = readFileSync(file, 'utf8');
    const methods = [...source.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!);
    return methods.map((method) => ({ method, path: routePath }));
  });
}

const key = (r: Route) => `${r.method} ${r.path}`;
const onDisk = routesOnDisk();
const isOpen = (r: Route) => OPEN_API.some((o) => key(o) === key(r));
/** The contract's routes that exist, plus any other admin route found on disk. */
const guardedApi: Route[] = [
  ...ADMIN_API.filter((r) => onDisk.some((d) => key(d) === key(r))),
  ...onDisk.filter((d) => !isOpen(d) && !ADMIN_API.some((r) => key(r) === key(d))),
];

/** Console pages on disk except the two one sees before signing in. */
const consolePages: string[] = filesNamed(path.join(ROOT, 'app/admin'), 'page.tsx')
  .map((file) => '/' + path.relative(path.join(ROOT, 'app'), path.dirname(file)).split(path.sep).join('/'))
  .filter((p) => p !== '/admin/login' && p !== '/admin/setup')
  .sort();

const url = (p: string) => p.replace(/\[[^\]]+\]/g, SOME_ID);

async function call(api: APIRequestContext, route: Route, headers: Record<string, string>) {
  const response = await api.fetch(url(route.path), {
    method: route.method,
    headers,
    ...(UNSAFE.has(route.method) && { data: {} }),
    maxRedirects: 0,
  });
  return response.status();
}

/** Calls every route and lists the ones that did not answer as expected. */
async function misbehaving(routes: Route[], api: APIRequestContext, expected: number, headers: (r: Route) => Record<string, string>) {
  const wrong: string[] = [];
  for (const route of routes) {
    const status = await call(api, route, headers(route));
    if (status !== expected) wrong.push(`${key(route)} → ${status}`);
  }
  return wrong;
}

let adminApi: APIRequestContext | undefined;

async function admin(): Promise<APIRequestContext> {
  if (!adminApi) {
    adminApi = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
    await signInAsAdmin(adminApi);
  }
  return adminApi;
}

test.afterAll(async () => {
  await adminApi?.dispose();
});

test('the route list covers the contract built so far', () => {
  // My own routes must be there; the others join as they land.
  for (const mine of ['GET /api/admin/users', 'POST /api/admin/users', 'PATCH /api/admin/users/[id]', 'POST /api/admin/users/[id]/revoke-sessions']) {
    expect(guardedApi.map(key)).toContain(mine);
  }
  expect(consolePages).toEqual(expect.arrayContaining(['/admin', '/admin/audit', '/admin/users']));
});

test('there are no server actions: every write goes through a route handler guarded here', () => {
  const sources = ['app', 'components', 'lib'].flatMap((dir) => listSources(path.join(ROOT, dir)));
  const withActions = sources.filter((file) => /^\s*['"]use server['"]/m.test(readFileSync(file, 'utf8')));
  expect(withActions).toEqual([]);
});

function listSources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return listSources(full);
    return /\.tsx?$/.test(entry) ? [full] : [];
  });
}

test('with no session, every admin API answers 401, with or without the middleware-bypass header', async ({ baseURL }) => {
  const anonymous = await playwrightRequest.newContext({ baseURL });
  // Writes carry a same-origin Origin, so that only the missing session can be the reason.
  const writeOrigin = (r: Route) => (UNSAFE.has(r.method) ? sameOrigin(baseURL) : {});
  expect(await misbehaving(guardedApi, anonymous, 401, writeOrigin)).toEqual([]);
  expect(await misbehaving(guardedApi, anonymous, 401, (r) => ({ ...writeOrigin(r), ...BYPASS }))).toEqual([]);
  await anonymous.dispose();
});

test('with no session, every console page redirects to sign-in, with or without the middleware-bypass header', async ({ baseURL }) => {
  await admin(); // Signalbox is set up, so the redirect is to sign-in rather than setup.
  const anonymous = await playwrightRequest.newContext({ baseURL });
  const wrong: string[] = [];
  for (const page of consolePages) {
    for (const headers of [{}, BYPASS]) {
      const response = await anonymous.get(url(page), { headers, maxRedirects: 0 });
      const location = response.headers()['location'] ?? '';
      if (response.status() !== 307 || !location.startsWith('/admin/login')) wrong.push(`${page} ${JSON.stringify(headers)} → ${response.status()} ${location}`);
      if ((await response.text()).includes('Signed in as')) wrong.push(`${page} rendered console content`);
    }
  }
  expect(wrong).toEqual([]);
  await anonymous.dispose();
});

test('a viewer cannot create users (403), nor reach the users page', async ({ baseURL }) => {
  const viewer = await createTestUser(await admin(), 'viewer');
  const api = await playwrightRequest.newContext({ baseURL });
  await signInAs(api, viewer.email, viewer.password);
  const response = await api.post('/api/admin/users', {
    data: { email: 'sneaky@signalbox.test', name: 'Sneaky', password: 'sneaky password', role: 'admin' },
    headers: sameOrigin(baseURL),
  });
  expect(response.status()).toBe(403);
  expect((await api.get('/api/admin/users')).status()).toBe(403);
  const page = await api.get('/admin/users', { maxRedirects: 0 });
  expect(page.status()).toBe(307);
  expect(page.headers()['location']).toBe('/admin/forbidden?need=admin');
  await api.dispose();
});

test('cross-origin writes, Origin: null and writes without an Origin are refused with 403, even with an admin cookie', async ({ baseURL }) => {
  const api = await admin();
  const writes = [...guardedApi, ...OPEN_API].filter((r) => UNSAFE.has(r.method));
  expect(await misbehaving(writes, api, 403, () => ({ origin: 'http://evil.example' }))).toEqual([]);
  expect(await misbehaving(writes, api, 403, () => ({ origin: 'null' }))).toEqual([]);
  expect(await misbehaving(writes, api, 403, () => ({}))).toEqual([]);
  // A look-alike host is another site too.
  expect(await misbehaving(writes, api, 403, () => ({ origin: `${new URL(baseURL!).origin}.evil.example` }))).toEqual([]);
  // The admin's session survived all of that (sign-out was refused too).
  expect((await api.get('/api/admin/session')).status()).toBe(200);
});

test('a display token opens no admin API and no console page', async ({ baseURL }) => {
  const tv = await playwrightRequest.newContext({ baseURL });
  const pairing = await tv.post('/api/v1/pairing');
  expect(pairing.status()).toBe(201);
  const { id, code, secret } = (await pairing.json()) as { id: number; code: string; secret: string };
  const claim = await (await admin()).post('/api/admin/displays', {
    data: { code, name: 'Security test TV', trainSlug: 'demo' },
    headers: sameOrigin(baseURL),
  });
  expect(claim.status(), await claim.text()).toBe(201);
  const activated = await tv.post('/api/v1/pairing/activate', { data: { id, secret } });
  expect(activated.status()).toBe(200);
  const token = /sb_display=([^;]+)/.exec(activated.headers()['set-cookie'] ?? '')?.[1];
  expect(token).toBeTruthy();

  const display = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { cookie: `sb_display=${token}` } });
  const writeOrigin = (r: Route) => (UNSAFE.has(r.method) ? sameOrigin(baseURL) : {});
  expect(await misbehaving(guardedApi, display, 401, writeOrigin)).toEqual([]);
  for (const page of consolePages) {
    const response = await display.get(url(page), { maxRedirects: 0 });
    expect(`${page} → ${response.status()} ${response.headers()['location']}`).toMatch(/ → 307 \/admin\/login/);
  }
  await display.dispose();
  await tv.dispose();
  // Leave the shared server's fleet as it was.
  const { display: paired } = (await claim.json()) as { display: { id: number } };
  expect((await (await admin()).delete(`/api/admin/displays/${paired.id}`, { headers: sameOrigin(baseURL) })).status()).toBe(200);
});
