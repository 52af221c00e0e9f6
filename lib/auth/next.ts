import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import type { Role } from '../../db/schema';
import { isConsolePath } from '../admin/paths';
import { needsSetup } from '../admin/setup';
import { getRuntime } from '../runtime';
import { DISPLAY_COOKIE, hasRole, resolvePrincipal, SESSION_COOKIE, type Principal, type UserPrincipal } from './principal';

// For server components (console pages and layouts) only: route handlers resolve the principal from the Request.

/** Who is looking at this page, from the request's cookies; resolved once per render. */
export const currentPrincipal = cache(async (): Promise<Principal> => {
  const jar = await cookies();
  return resolvePrincipal(getRuntime().db, {
    session: jar.get(SESSION_COOKIE)?.value,
    display: jar.get(DISPLAY_COOKIE)?.value,
  });
});

/**
 * The gate at the top of every console page:
 *   const me = await requirePageRole('editor', { from: '/admin/playlists' });
 * Redirects to /admin/setup while no user exists, to /admin/login (coming back to `from` afterwards) when
 * signed out, and to /admin/forbidden (a 403 notice) when the user's role is too low. Returns the signed-in user.
 * The data functions the page then calls check the role again: this is for navigation, not the only guard.
 */
export async function requirePageRole(role: Role, options: { from?: string } = {}): Promise<UserPrincipal> {
  const principal = await currentPrincipal();
  if (principal.kind !== 'user') {
    if (await needsSetup(getRuntime().db)) redirect('/admin/setup');
    redirect(loginUrl(options.from));
  }
  if (!hasRole(principal, role)) redirect(`/admin/forbidden?need=${role}`);
  return principal;
}

/** /admin/login, with where to return to when that is a console page. */
export function loginUrl(from?: string): string {
  return from && isConsolePath(from) ? `/admin/login?next=${encodeURIComponent(from)}` : '/admin/login';
}

/**
 * For /admin/login and /admin/setup: sends the visitor where they belong instead (setup while no user exists,
 * the console when already signed in, login once setup is done).
 */
export async function redirectAwayFromEntryPage(page: 'login' | 'setup', next?: string): Promise<void> {
  await connection();
  if (await needsSetup(getRuntime().db)) {
    if (page === 'login') redirect('/admin/setup');
    return;
  }
  const principal = await currentPrincipal();
  if (principal.kind === 'user') redirect(next && isConsolePath(next) ? next : '/admin');
  if (page === 'setup') redirect('/admin/login');
}
