import { AuthError } from './principal';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cookie-authenticated writes must come from our own pages: the Origin header must be present and name this host.
 * Cross-origin pages, sandboxed frames (Origin: null) and header-less clients are refused.
 */
export function assertSameOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return;
  const origin = request.headers.get('origin');
  if (!origin || origin === 'null') throw new AuthError(403, 'Cross-origin request refused: no Origin header.');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new AuthError(403, 'Cross-origin request refused: malformed Origin.');
  }
  if (!host || originHost !== host) throw new AuthError(403, `Cross-origin request refused: ${origin} is not this site.`);
}
