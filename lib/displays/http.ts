import { AdminError } from '../admin/errors';
import { adminHandler, errorResponse, readJson } from '../admin/http/respond';
import { AuthError, requireRole, type UserPrincipal } from '../auth/principal';
import { RateLimiter } from '../auth/rate-limit';
import { BodyTooLargeError, readBodyText } from '../http/body';
import { json, problem } from '../http/json';
import { publicOrigin } from '../http/public-url';
import { findDisplayByTokenHash } from '../../db/queries/auth';
import { hashToken } from '../auth/tokens';
import type { Runtime } from '../runtime';
import { activatePairing, createPairingRequest } from './pairing';
import { claimPairingCode, createKioskToken, getDisplayDetail, listDisplaySummaries, listTrainChoices, revokeDisplay, saveSchedules, updateDisplay } from './service';
import { clearDisplayCookie, displayCookie } from './tokens';

// Pairing codes have 32^6 values: ten tries a minute per address and per console user keeps guessing hopeless.
// A TV asks for a new code every 10 minutes; thirty an address per 10 minutes leaves room for a wall of TVs behind one NAT.
let limits = newLimits();

function newLimits() {
  return {
    createPerAddress: new RateLimiter(30, 10 * 60_000),
    claimPerAddress: new RateLimiter(10, 60_000),
    claimPerUser: new RateLimiter(10, 60_000),
  };
}

/** Tests start each case from fresh counters. */
export function resetPairingRateLimits(): void {
  limits = newLimits();
}

function clientAddress(request: Request): string {
  return request.headers.get('x-forwarded-for')?.split(',').pop()?.trim() || 'unknown';
}

function throttle(limiter: RateLimiter, key: string, what: string): void {
  const verdict = limiter.hit(key);
  if (!verdict.ok) throw new AuthError(429, `Too many ${what}. Try again in ${verdict.retryAfterSeconds} s.`, verdict.retryAfterSeconds);
}

function isSecure(request: Request): boolean {
  return publicOrigin(request).startsWith('https:');
}

/**
 * The TV's own calls carry no session: a write from another site (an Origin naming another host, or "null") is
 * refused, but a missing Origin is allowed, as some TV browsers omit it on same-origin requests.
 */
function assertNotCrossSite(request: Request): void {
  const origin = request.headers.get('origin');
  if (origin === null) return;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  let originHost: string | undefined;
  try {
    originHost = origin === 'null' ? undefined : new URL(origin).host;
  } catch {
    originHost = undefined;
  }
  if (!host || originHost !== host) throw new AuthError(403, 'Cross-origin request refused.');
}

async function readDeviceJson(request: Request): Promise<unknown> {
  try {
    return JSON.parse((await readBodyText(request, 4_096)) || 'null') as unknown;
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw error;
    return null;
  }
}

/** POST /api/v1/pairing: a TV without a token asks for a code to show. */
export async function handleCreatePairing(request: Request, runtime: Runtime): Promise<Response> {
  try {
    assertNotCrossSite(request);
    throttle(limits.createPerAddress, clientAddress(request), 'pairing codes from this address');
    return json(await createPairingRequest(runtime.db), 201);
  } catch (error) {
    return errorResponse(runtime, error);
  }
}

/** POST /api/v1/pairing/activate {id, secret}: once the code is claimed, the TV gets its display cookie. */
export async function handleActivatePairing(request: Request, runtime: Runtime): Promise<Response> {
  try {
    assertNotCrossSite(request);
    const body = (await readDeviceJson(request)) as { id?: unknown; secret?: unknown } | null;
    const result = await activatePairing(runtime.db, body);
    switch (result.status) {
      case 'activated':
        return json({ displayId: result.displayId }, 200, { 'set-cookie': displayCookie(String(body?.secret), isSecure(request)) });
      case 'not-claimed':
        return problem(409, 'not_claimed', 'The code has not been entered in the console yet.', { expiresAt: result.expiresAt.toISOString() });
      case 'expired':
        return problem(410, 'expired', 'The code expired: ask for a new one.');
      default:
        return problem(404, 'unknown_pairing', 'No such pairing request: ask for a new code.');
    }
  } catch (error) {
    return errorResponse(runtime, error);
  }
}

/**
 * GET /display/activate?token=…: the kiosk URL. A valid token becomes the display cookie and the TV goes on to
 * /display without the token in its address bar; anything else clears the cookie, and /display shows pairing.
 */
export async function handleKioskActivation(request: Request, runtime: Runtime): Promise<Response> {
  const token = new URL(request.url).searchParams.get('token') ?? '';
  const valid = token.length >= 20 && token.length <= 200 && (await findDisplayByTokenHash(runtime.db, hashToken(token))) !== undefined;
  const secure = isSecure(request);
  return new Response(null, {
    status: 303,
    headers: {
      location: '/display',
      'set-cookie': valid ? displayCookie(token, secure) : clearDisplayCookie(secure),
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
    },
  });
}

/** A route's [id]: anything but a positive integer names no display. */
function displayId(raw: string): number {
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0 || id >= 2 ** 31) throw new AdminError(404, 'not_found', `There is no display ${raw}.`);
  return id;
}

export function handleListDisplays(request: Request, runtime: Runtime): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => {
    const [displays, trains] = await Promise.all([listDisplaySummaries(runtime, principal), listTrainChoices(runtime, principal)]);
    return json({ displays, trains });
  });
}

/** POST /api/admin/displays {code, name, trainSlug, playlistId?, teamFilter?}: pairs the TV showing the code. */
export function handleClaimDisplay(request: Request, runtime: Runtime): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => {
    requireRole(principal, 'admin');
    throttleClaims(request, principal);
    const display = await claimPairingCode(runtime, principal, await readJson(request));
    return json({ display }, 201);
  });
}

function throttleClaims(request: Request, principal: UserPrincipal): void {
  throttle(limits.claimPerAddress, clientAddress(request), 'pairing attempts');
  throttle(limits.claimPerUser, String(principal.userId), 'pairing attempts');
}

export function handleGetDisplay(request: Request, runtime: Runtime, id: string): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => json({ display: await getDisplayDetail(runtime, principal, displayId(id)) }));
}

/** PATCH /api/admin/displays/[id] {name?, playlistId?, teamFilter?} */
export function handleUpdateDisplay(request: Request, runtime: Runtime, id: string): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => {
    requireRole(principal, 'admin');
    return json({ display: await updateDisplay(runtime, principal, displayId(id), await readJson(request)) });
  });
}

/** DELETE /api/admin/displays/[id]: revoke; the TV returns to the pairing screen. */
export function handleRevokeDisplay(request: Request, runtime: Runtime, id: string): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => {
    await revokeDisplay(runtime, principal, displayId(id));
    return json({ revoked: true });
  });
}

/** POST /api/admin/displays/[id]/kiosk-url: a URL with a secret token, shown once. */
export function handleCreateKioskUrl(request: Request, runtime: Runtime, id: string): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => {
    const token = await createKioskToken(runtime, principal, displayId(id));
    return json({ url: `${publicOrigin(request)}/display/activate?token=${token}` }, 201);
  });
}

/** PUT /api/admin/displays/[id]/schedules {rules:[…]} */
export function handleSaveSchedules(request: Request, runtime: Runtime, id: string): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => {
    requireRole(principal, 'admin');
    return json({ rules: await saveSchedules(runtime, principal, displayId(id), await readJson(request)) });
  });
}
