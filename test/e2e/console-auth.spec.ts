import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, request as playwrightRequest, test, type Browser, type BrowserContext } from '@playwright/test';
import { startServer, type RunningServer } from '../support/server';
import { createTestUser, sameOrigin, signInAs, TEST_ADMIN } from './console-helpers';
import { watchPageProblems } from './helpers';

// First run, sign-in and sign-out on a FRESH server (its own empty data folder), so setup really is the first.
test.describe.configure({ mode: 'serial' });

const PORT = 3130;
const SIZES = [
  { width: 1280, height: 720 },
  { width: 375, height: 812 },
];

let server: RunningServer;
let dataDir: string;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dataDir = await mkdtemp(path.join(tmpdir(), 'signalbox-console-'));
  // Behind a (pretend) TLS proxy, whose X-Forwarded-Proto decides the cookie's Secure flag.
  server = await startServer({ port: PORT, dataDir, env: { SIGNALBOX_DEMO: '1', SIGNALBOX_TRUST_PROXY: '1' } });
});

test.afterAll(async () => {
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

async function newContext(browser: Browser, viewport = SIZES[0]!): Promise<BrowserContext> {
  return browser.newContext({ baseURL: server.url, viewport });
}

/** Console pages link to parts of the console other helpers build; prefetching one that is missing is not our error. */
function ownProblems(problems: string[]) {
  return problems.filter((p) => !/HTTP 404: .*\/admin\/(displays|playlists|alerts|fleet)/.test(p) && !/status of 404/.test(p));
}

test('the first visit leads to setup, which creates the admin and signs them in', async ({ browser }, testInfo) => {
  for (const size of SIZES) {
    const context = await newContext(browser, size);
    const page = await context.newPage();
    await page.goto('/admin/users');
    await expect(page).toHaveURL(/\/admin\/setup$/);
    await expect(page.getByRole('heading', { name: 'Welcome to Signalbox' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`setup-${size.width}x${size.height}.png`), fullPage: true });
    await context.close();
  }

  const context = await newContext(browser);
  const page = await context.newPage();
  const problems = watchPageProblems(page, server.url);
  await page.goto('/admin/login');
  await expect(page).toHaveURL(/\/admin\/setup$/);

  await page.getByLabel('Your name').fill(TEST_ADMIN.name);
  await page.getByLabel('Email').fill(TEST_ADMIN.email);
  await page.getByLabel('Password', { exact: true }).fill(TEST_ADMIN.password);
  await page.getByLabel('Repeat the password').fill('something else entirely');
  await page.getByRole('button', { name: 'Create admin account' }).click();
  await expect(page.getByText('The two passwords differ.')).toBeVisible();

  await page.getByLabel('Password', { exact: true }).fill('short');
  await page.getByLabel('Repeat the password').fill('short');
  await page.getByRole('button', { name: 'Create admin account' }).click();
  await expect(page.getByText('Use at least 10 characters.')).toBeVisible();
  // That refusal was a 400 on purpose; anything after it must be clean.
  problems.length = 0;

  await page.getByLabel('Password', { exact: true }).fill(TEST_ADMIN.password);
  await page.getByLabel('Repeat the password').fill(TEST_ADMIN.password);
  await page.getByRole('button', { name: 'Create admin account' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
  await expect(page.getByText(`Signed in as ${TEST_ADMIN.name} (${TEST_ADMIN.email}), role admin.`)).toBeVisible();
  const recent = page.getByRole('table', { name: 'Recent changes' });
  await expect(recent.getByRole('row').nth(1)).toContainText('user.created');
  await expect(recent.getByRole('row').nth(1)).toContainText(`user ${TEST_ADMIN.email}`);

  // Setup is closed for good: the page sends people to sign in, the API refuses.
  await page.goto('/admin/setup');
  await expect(page).toHaveURL(/\/admin$/);
  const again = await context.request.post('/api/admin/setup', {
    data: { email: 'late@example.com', name: 'Late', password: 'another password' },
    headers: sameOrigin(server.url),
  });
  expect(again.status()).toBe(409);
  expect(ownProblems(problems)).toEqual([]);
  await context.close();
});

test('sign-in: one message for every failure, then the page asked for', async ({ browser }) => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto('/admin/audit');
  await expect(page).toHaveURL(/\/admin\/login\?next=%2Fadmin%2Faudit$/);

  const form = async (email: string, password: string) => {
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    const [response] = await Promise.all([page.waitForResponse('**/api/admin/session'), page.getByRole('button', { name: 'Sign in' }).click()]);
    return { status: response.status(), body: await response.text() };
  };
  const message = 'That email and password do not match an active account.';
  const wrongPassword = await form(TEST_ADMIN.email, 'not the password');
  await expect(page.locator('form').getByRole('alert')).toHaveText(message);
  const unknownEmail = await form('nobody@signalbox.test', TEST_ADMIN.password);
  await expect(page.locator('form').getByRole('alert')).toHaveText(message);
  // Nothing tells a known email from an unknown one.
  expect(wrongPassword.status).toBe(401);
  expect(unknownEmail).toEqual(wrongPassword);

  await form(TEST_ADMIN.email, TEST_ADMIN.password);
  await expect(page).toHaveURL(/\/admin\/audit$/);
  await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();
  await context.close();
});

test('the session cookie is httpOnly, SameSite=Strict, Path=/, and Secure behind https', async () => {
  const api = await playwrightRequest.newContext({ baseURL: server.url });
  const plain = await api.post('/api/admin/session', { data: { email: TEST_ADMIN.email, password: TEST_ADMIN.password }, headers: sameOrigin(server.url) });
  expect(plain.status()).toBe(200);
  const cookie = plain.headers()['set-cookie']!;
  expect(cookie).toMatch(/^sb_session=[\w-]{43}; /);
  expect(cookie).toContain('HttpOnly');
  expect(cookie).toContain('SameSite=Strict');
  expect(cookie).toContain('Path=/');
  expect(cookie).toContain(`Max-Age=${30 * 24 * 3600}`);
  expect(cookie).not.toContain('Secure');

  const proxied = await api.post('/api/admin/session', {
    data: { email: TEST_ADMIN.email, password: TEST_ADMIN.password },
    headers: { ...sameOrigin(server.url), 'x-forwarded-proto': 'https' },
  });
  expect(proxied.headers()['set-cookie']).toContain('Secure');
  await api.dispose();
});

test('sign-out ends the session on the server: the old cookie no longer opens anything', async ({ browser }) => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signInAs(page, TEST_ADMIN.email, TEST_ADMIN.password, server.url);
  const [session] = (await context.cookies()).filter((c) => c.name === 'sb_session');
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe('Strict');

  await page.goto('/admin');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/admin\/login$/);
  expect((await context.cookies()).filter((c) => c.name === 'sb_session')).toEqual([]);

  // Someone who copied the cookie before sign-out gets nothing with it.
  const thief = await playwrightRequest.newContext({ baseURL: server.url, extraHTTPHeaders: { cookie: `sb_session=${session!.value}` } });
  expect((await thief.get('/api/admin/session')).status()).toBe(401);
  expect((await thief.get('/api/admin/users')).status()).toBe(401);
  const pageLoad = await thief.get('/admin', { maxRedirects: 0 });
  expect(pageLoad.status()).toBe(307);
  expect(pageLoad.headers()['location']).toBe('/admin/login?next=%2Fadmin');
  await thief.dispose();
  await context.close();
});

test('admins manage users in the console; others meet a 403 notice', async ({ browser }, testInfo) => {
  const context = await newContext(browser);
  const page = await context.newPage();
  const problems = watchPageProblems(page, server.url);
  await signInAs(page, TEST_ADMIN.email, TEST_ADMIN.password, server.url);
  await page.goto('/admin/users');
  await page.getByLabel('Name', { exact: true }).fill('Sam Scrum');
  await page.getByLabel('Email').fill('sam@signalbox.test');
  await page.getByLabel('Role', { exact: true }).selectOption('editor');
  await page.getByLabel('Team', { exact: true }).selectOption('comet');
  await page.getByLabel('First password').fill('sam password 1');
  await page.getByRole('button', { name: 'Add user' }).click();
  await expect(page.getByText('Account created for sam@signalbox.test.')).toBeVisible();
  const samRow = page.locator('tr[data-user-email="sam@signalbox.test"]');
  await expect(samRow).toContainText('Sam Scrum');
  await expect(samRow).toContainText('team comet');

  // The last admin cannot demote themselves; the refusal is shown next to the row.
  const myRow = page.locator(`tr[data-user-email="${TEST_ADMIN.email}"]`);
  await myRow.getByLabel(`Role of ${TEST_ADMIN.name}`).selectOption('viewer');
  await expect(myRow.getByRole('alert')).toHaveText('At least one enabled admin must remain: make someone else admin first.');
  await expect(myRow.getByLabel(`Role of ${TEST_ADMIN.name}`)).toHaveValue('admin');
  // That 409 was the point; anything after it must be clean.
  problems.length = 0;

  for (const size of SIZES) {
    await page.setViewportSize(size);
    for (const [name, url] of [['overview', '/admin'], ['users', '/admin/users']] as const) {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${url} at ${size.width}px scrolls sideways`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: testInfo.outputPath(`${name}-${size.width}x${size.height}.png`), fullPage: true });
    }
  }
  await page.goto('/admin/login');
  await expect(page).toHaveURL(/\/admin$/);
  await page.setViewportSize(SIZES[0]!);

  const editorContext = await newContext(browser);
  const editorPage = await editorContext.newPage();
  await signInAs(editorPage, 'sam@signalbox.test', 'sam password 1', server.url);
  await editorPage.goto('/admin/users');
  await expect(editorPage).toHaveURL(/\/admin\/forbidden\?need=admin$/);
  await expect(editorPage.getByText('403 · This page needs another role')).toBeVisible();
  await expect(editorPage.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Users' })).toHaveCount(0);

  // Sam changes their own password on the overview (the current one is asked for).
  await editorPage.goto('/admin');
  await editorPage.getByLabel('Current password').fill('sam password 1');
  await editorPage.getByLabel('New password', { exact: true }).fill('sam password 2');
  await editorPage.getByLabel('Repeat the new password').fill('sam password 2');
  await editorPage.getByRole('button', { name: 'Change password' }).click();
  await expect(editorPage.getByText('Password changed. Your other sessions were signed out.')).toBeVisible();
  const fresh = await playwrightRequest.newContext({ baseURL: server.url });
  await signInAs(fresh, 'sam@signalbox.test', 'sam password 2', server.url);
  await fresh.dispose();

  // The admin disables Sam: Sam's open session ends at once.
  await page.goto('/admin/users');
  await samRow.getByRole('button', { name: 'Disable' }).click();
  await expect(samRow).toContainText('Disabled');
  await editorPage.goto('/admin');
  await expect(editorPage).toHaveURL(/\/admin\/login/);
  await page.goto('/admin/audit');
  await expect(page.getByRole('table', { name: 'Audit log' }).getByRole('row').nth(1)).toContainText('user.disabled');

  expect(ownProblems(problems)).toEqual([]);
  await editorContext.close();
  await context.close();
});

test('sign-in is rate-limited per address and email: the sixth try in a minute gets 429 with Retry-After', async () => {
  const admin = await playwrightRequest.newContext({ baseURL: server.url });
  await signInAs(admin, TEST_ADMIN.email, TEST_ADMIN.password, server.url);
  const viewer = await createTestUser(admin, 'viewer', server.url);

  const api = await playwrightRequest.newContext({ baseURL: server.url });
  const attempt = (password: string) => api.post('/api/admin/session', { data: { email: viewer.email, password }, headers: sameOrigin(server.url) });
  for (let i = 1; i <= 5; i += 1) expect((await attempt(`wrong guess ${i}`)).status()).toBe(401);
  const limited = await attempt('wrong guess 6');
  expect(limited.status()).toBe(429);
  const retryAfter = Number(limited.headers()['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  // Even the right password waits now: guessing on cannot find it.
  expect((await attempt(viewer.password)).status()).toBe(429);
  // Other accounts are not locked out by it.
  expect((await api.post('/api/admin/session', { data: { email: TEST_ADMIN.email, password: TEST_ADMIN.password }, headers: sameOrigin(server.url) })).status()).toBe(200);
  await api.dispose();
  await admin.dispose();
});
