import type { Kysely } from 'kysely';
import type { Database } from '../schema';

/** A live session of an enabled user. */
export async function findSessionByTokenHash(db: Kysely<Database>, tokenHash: string, now: Date) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as session_id',
      'sessions.last_seen_at',
      'users.id as user_id',
      'users.email',
      'users.name',
      'users.role',
      'users.team_id',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.expires_at', '>', now)
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst();
}

export async function touchSession(db: Kysely<Database>, sessionId: number, now: Date) {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', sessionId).execute();
}

/** A valid token of a display that has not been revoked. */
export async function findDisplayByTokenHash(db: Kysely<Database>, tokenHash: string) {
  return db
    .selectFrom('display_tokens')
    .innerJoin('displays', 'displays.id', 'display_tokens.display_id')
    .select(['display_tokens.id as token_id', 'displays.id as display_id', 'displays.train_id'])
    .where('display_tokens.token_hash', '=', tokenHash)
    .where('display_tokens.revoked_at', 'is', null)
    .where('displays.revoked_at', 'is', null)
    .executeTakeFirst();
}
