import { SESSION_COOKIE } from '../../auth/principal';

/** https when the request came over TLS, directly or through a proxy that says so. */
function overHttps(request: Request): boolean {
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
  if (forwarded) return forwarded === 'https';
  return new URL(request.url).protocol === 'https:';
}

/** The console session cookie: script cannot read it and other sites' requests never carry it. */
export function sessionCookie(request: Request, token: string, maxAgeSeconds: number): string {
  const parts = [`${SESSION_COOKIE}=${token}`, 'Path=/', `Max-Age=${maxAgeSeconds}`, 'HttpOnly', 'SameSite=Strict'];
  if (overHttps(request)) parts.push('Secure');
  return parts.join('; ');
}

export function clearedSessionCookie(request: Request): string {
  return sessionCookie(request, '', 0);
}
