import { assertSameOrigin } from '../../auth/origin';
import { AuthError, requireRole } from '../../auth/principal';
import { RateLimiter } from '../../auth/rate-limit';
import { revokeSession, SESSION_MAX_AGE_SECONDS } from '../../auth/sessions';
import { problem } from '../../http/json';
import type { Runtime } from '../../runtime';
import { signInSchema } from '../schemas';
import { signIn } from '../sign-in';
import { clearedSessionCookie, sessionCookie } from './cookies';
import { errorResponse, json, readJson, requestPrincipal } from './respond';

// Five tries a minute per address and email; and, because X-Forwarded-For can be forged when no proxy sets it,
// thirty per ten minutes per email whatever the address. Every attempt counts before the password is checked;
// a successful sign-in clears the counts, so only guessing fills them.
const perAddressAndEmail = new RateLimiter(5, 60_000);
const perEmail = new RateLimiter(30, 10 * 60_000);

function clientAddress(request: Request): string {
  return request.headers.get('x-forwarded-for')?.split(',').pop()?.trim() || 'unknown';
}

function throttleKeys(request: Request, email: string) {
  return [
    [perAddressAndEmail, `${clientAddress(request)}|${email}`],
    [perEmail, email],
  ] as const;
}

function throttle(request: Request, email: string): void {
  for (const [limiter, key] of throttleKeys(request, email)) {
    const verdict = limiter.hit(key);
    if (!verdict.ok) {
      throw new AuthError(429, `Too many sign-in attempts. Try again in ${verdict.retryAfterSeconds} s.`, verdict.retryAfterSeconds);
    }
  }
}

/** POST /api/admin/session {email, password}: 200 with the session cookie, or one message for every failure. */
export async function handleSignIn(runtime: Runtime, request: Request): Promise<Response> {
  try {
    assertSameOrigin(request);
    const input = signInSchema.parse(await readJson(request));
    throttle(request, input.email);
    const signedIn = await signIn(runtime.db, input, { userAgent: request.headers.get('user-agent') });
    if (!signedIn) {
      runtime.log.info({ address: clientAddress(request) }, 'console sign-in refused');
      return problem(401, 'invalid_credentials', 'That email and password do not match an active account.');
    }
    for (const [limiter, key] of throttleKeys(request, input.email)) limiter.reset(key);
    const response = json({ user: signedIn.user });
    response.headers.append('set-cookie', sessionCookie(request, signedIn.token, SESSION_MAX_AGE_SECONDS));
    return response;
  } catch (error) {
    return errorResponse(runtime, error);
  }
}

/** DELETE /api/admin/session: ends the session on the server (the token is dead everywhere) and clears the cookie. */
export async function handleSignOut(runtime: Runtime, request: Request): Promise<Response> {
  try {
    assertSameOrigin(request);
    const principal = await requestPrincipal(runtime, request);
    if (principal.kind === 'user') await revokeSession(runtime.db, principal.sessionId);
    const response = json({ signedOut: true });
    response.headers.append('set-cookie', clearedSessionCookie(request));
    return response;
  } catch (error) {
    return errorResponse(runtime, error);
  }
}

/** GET /api/admin/session: who is signed in (401 when nobody). */
export async function handleWhoAmI(runtime: Runtime, request: Request): Promise<Response> {
  try {
    const user = requireRole(await requestPrincipal(runtime, request), 'viewer');
    return json({ user: { id: user.userId, email: user.email, name: user.name, role: user.role } });
  } catch (error) {
    return errorResponse(runtime, error);
  }
}
