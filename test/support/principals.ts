import type { Kysely } from 'kysely';
import type { Database, Role } from '../../db/schema';
import type { DisplayPrincipal, UserPrincipal } from '../../lib/auth/principal';

/** A user row and the principal a signed-in session of it resolves to (no session row: lib functions take principals). */
export async function insertUserPrincipal(db: Kysely<Database>, role: Role, email = `${role}@example.test`): Promise<UserPrincipal> {
  const user = await db
    .insertInto('users')
    .values({ email, name: `The ${role}`, role, password_hash: 'not-used-here' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { kind: 'user', userId: user.id, email, name: `The ${role}`, role, teamId: null, sessionId: 0 };
}

/** A display of the train with a device token row; returns the principal that token resolves to. */
export async function insertDisplayPrincipal(db: Kysely<Database>, trainId: number, name: string): Promise<DisplayPrincipal> {
  const display = await db.insertInto('displays').values({ train_id: trainId, name }).returning('id').executeTakeFirstOrThrow();
  const token = await db
    .insertInto('display_tokens')
    .values({ display_id: display.id, token_hash: `hash-of-${name}`, kind: 'device' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { kind: 'display', displayId: display.id, trainId, tokenId: token.id };
}
