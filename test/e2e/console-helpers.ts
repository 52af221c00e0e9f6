import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** The shared e2e server's admin. Every spec signs in with these, whichever spec runs first sets them up. */
export const TEST_ADMIN = { email: 'rte@signalbox.test', name: 'Riley RTE', password: 'signalbox e2e admin' };

/** The shared e2e server (test/playwright.config.ts); pass another base URL for servers a spec starts itself. */
export const E2E_BASE_URL = `http://127.0.0.1:${process.env.E2E_PORT ?? 3123}`;

/** Headers that make an API write same-origin, as a browser sends them. */
export function sameOrigin(baseURL = E2E_BASE_URL): Record<string, string> {
  return { origin: new URL(baseURL).origin };
}

function requestOf(target: APIRequestContext | Page): APIRequestContext {
  return 'goto' in target ? target.request : target;
}

/**
 * Signs the request context (or the page's browser context) in as TEST_ADMIN: sets Signalbox up on a fresh
 * server, or signs in on a set-up one. The sb_session cookie is then sent by every later request and page load.
 *   await signInAsAdmin(page);              // before page.goto('/admin/...')
 *   await signInAsAdmin(request);           // the Playwright `request` fixture
 */
export async function signInAsAdmin(target: APIRequestContext | Page, baseURL = E2E_BASE_URL): Promise<void> {
  const request = requestOf(target);
  const setup = await request.post(`${baseURL}/api/admin/setup`, { data: TEST_ADMIN, headers: sameOrigin(baseURL) });
  if (setup.status() === 201) return;
  expect(setup.status(), 'setup answers 201 on a fresh server, 409 once set up').toBe(409);
  await signInAs(target, TEST_ADMIN.email, TEST_ADMIN.password, baseURL);
}

/** Signs in with an email and password; fails the test unless the server answers 200. */
export async function signInAs(target: APIRequestContext | Page, email: string, password: string, baseURL = E2E_BASE_URL): Promise<void> {
  const response = await requestOf(target).post(`${baseURL}/api/admin/session`, { data: { email, password }, headers: sameOrigin(baseURL) });
  expect(response.status(), `sign-in as ${email}: ${await response.text()}`).toBe(200);
}

let userSequence = 0;

/** Creates a user with a unique email through the users API (the context must be signed in as an admin). */
export async function createTestUser(
  admin: APIRequestContext | Page,
  role: 'admin' | 'editor' | 'viewer',
  baseURL = E2E_BASE_URL,
): Promise<{ id: number; email: string; password: string }> {
  userSequence += 1;
  const email = `${role}-${Date.now()}-${userSequence}@signalbox.test`;
  const password = `${role} password ${userSequence}`;
  const response = await requestOf(admin).post(`${baseURL}/api/admin/users`, {
    data: { email, name: `Test ${role} ${userSequence}`, password, role },
    headers: sameOrigin(baseURL),
  });
  expect(response.status(), await response.text()).toBe(201);
  const { user } = (await response.json()) as { user: { id: number } };
  return { id: user.id, email, password };
}
