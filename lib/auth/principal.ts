import type { Kysely } from 'kysely';
import { findDisplayByTokenHash, findSessionByTokenHash, touchSession } from '../../db/queries/auth';
import type { Database, Role } from '../../db/schema';
import { hashToken } from './tokens';

export const SESSION_COOKIE = 'sb_session';
export const DISPLAY_COOKIE = 'sb_display';

export interface UserPrincipal {
  kind: 'user';
  userId: number;
  email: string;
  name: string;
  role: Role;
  teamId: number | null;
  sessionId: number;
}

export interface DisplayPrincipal {
  kind: 'display';
  displayId: number;
  trainId: number;
  tokenId: number;
}

export type Principal = UserPrincipal | DisplayPrincipal | { kind: 'anonymous' };

const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 };

/** Refusals carry their HTTP status: 401 who are you, 403 not allowed, 429 slow down. */
export class AuthError extends Error {
  constructor(
    readonly status: 401 | 403 | 429,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'AuthError';
  }
}

export function hasRole(principal: Principal, minimum: Role): principal is UserPrincipal {
  return principal.kind === 'user' && RANK[principal.role] >= RANK[minimum];
}

/** The data layer's gate: every admin read and write calls this with the caller's principal. */
export function requireRole(principal: Principal, minimum: Role): UserPrincipal {
  if (principal.kind !== 'user') throw new AuthError(401, 'Sign in to the Signalbox console.');
  if (RANK[principal.role] < RANK[minimum]) throw new AuthError(403, `This needs the ${minimum} role; you are ${principal.role}.`);
  return principal;
}

const TOUCH_EVERY_MS = 60_000;

/** Who is calling, from the cookies' tokens; a bad or revoked token is simply anonymous. */
export async function resolvePrincipal(
  db: Kysely<Database>,
  tokens: { session?: string | null; display?: string | null },
  now = new Date(),
): Promise<Principal> {
  if (tokens.session) {
    const session = await findSessionByTokenHash(db, hashToken(tokens.session), now);
    if (session) {
      if (now.getTime() - session.last_seen_at.getTime() > TOUCH_EVERY_MS) await touchSession(db, session.session_id, now);
      return {
        kind: 'user',
        userId: session.user_id,
        email: session.email,
        name: session.name,
        role: session.role,
        teamId: session.team_id,
        sessionId: session.session_id,
      };
    }
  }
  if (tokens.display) {
    const display = await findDisplayByTokenHash(db, hashToken(tokens.display));
    if (display) return { kind: 'display', displayId: display.display_id, trainId: display.train_id, tokenId: display.token_id };
  }
  return { kind: 'anonymous' };
}

/** Reads one cookie from a Cookie header (socket.io handshakes and plain Requests). */
export function cookieFrom(header: string | null | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

export function principalTokens(cookieHeader: string | null | undefined) {
  return { session: cookieFrom(cookieHeader, SESSION_COOKIE), display: cookieFrom(cookieHeader, DISPLAY_COOKIE) };
}
