import type { Kysely } from 'kysely';
import { insertSession, revokeSessionById, revokeSessionsOfUser } from '../../db/queries/users';
import type { Database } from '../../db/schema';
import { hashToken, newToken } from './tokens';

/** A console session lasts this long after sign-in, however active; signing in again starts a new one. */
export const SESSION_DAYS = 30;
export const SESSION_MAX_AGE_SECONDS = SESSION_DAYS * 24 * 60 * 60;

/** Starts a session: the token goes into the cookie, only its hash into the database. */
export async function createSession(
  db: Kysely<Database>,
  userId: number,
  options: { now?: Date; userAgent?: string | null } = {},
): Promise<{ token: string; sessionId: number; expiresAt: Date }> {
  const now = options.now ?? new Date();
  const token = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000);
  const userAgent = options.userAgent ? options.userAgent.slice(0, 300) : null;
  const row = await insertSession(db, { userId, tokenHash: hashToken(token), expiresAt, now, userAgent });
  return { token, sessionId: row.id, expiresAt };
}

/** Sign-out: the cookie's token stops working at once, wherever a copy of it is. */
export function revokeSession(db: Kysely<Database>, sessionId: number, now = new Date()): Promise<boolean> {
  return revokeSessionById(db, sessionId, now);
}

/** Signs a user out everywhere (except, optionally, the session making the change); returns how many ended. */
export function revokeAllSessions(db: Kysely<Database>, userId: number, now = new Date(), exceptSessionId?: number): Promise<number> {
  return revokeSessionsOfUser(db, userId, now, exceptSessionId);
}
