import type { Kysely } from 'kysely';
import { findUserForSignIn } from '../../db/queries/users';
import type { Database, Role } from '../../db/schema';
import { verifyDummyPassword, verifyPassword } from '../auth/passwords';
import { createSession } from '../auth/sessions';
import type { SignInInput } from './schemas';

export interface SignedIn {
  user: { id: number; email: string; name: string; role: Role };
  token: string;
  expiresAt: Date;
}

/**
 * Checks the credentials and opens a session, or returns undefined. Unknown emails, disabled accounts and wrong
 * passwords all cost one scrypt and look the same to the caller, so nobody can probe which emails exist.
 */
export async function signIn(
  db: Kysely<Database>,
  input: SignInInput,
  options: { now?: Date; userAgent?: string | null } = {},
): Promise<SignedIn | undefined> {
  const user = await findUserForSignIn(db, input.email);
  if (!user) {
    await verifyDummyPassword(input.password);
    return undefined;
  }
  const ok = await verifyPassword(input.password, user.password_hash);
  if (!ok || user.disabled_at !== null) return undefined;
  const session = await createSession(db, user.id, options);
  return { user: { id: user.id, email: user.email, name: user.name, role: user.role }, token: session.token, expiresAt: session.expiresAt };
}
