import type { Kysely } from 'kysely';
import { countUsers, insertUser, lockUsersTable } from '../../db/queries/users';
import type { Database } from '../../db/schema';
import { recordAudit } from '../audit';
import { hashPassword } from '../auth/passwords';
import { createSession } from '../auth/sessions';
import { AdminError } from './errors';
import type { SetupInput } from './schemas';

/** True until the first admin exists: the console then offers only /admin/setup. */
export async function needsSetup(db: Kysely<Database>): Promise<boolean> {
  return (await countUsers(db)) === 0;
}

/**
 * First run: creates the first admin and signs them in. Works only while no user exists; the table lock makes
 * two simultaneous setups end with one admin and one "already set up".
 */
export async function setUpFirstAdmin(
  db: Kysely<Database>,
  input: SetupInput,
  options: { now?: Date; userAgent?: string | null } = {},
): Promise<{ user: { id: number; email: string; name: string; role: 'admin' }; token: string; expiresAt: Date }> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    await lockUsersTable(trx);
    if ((await countUsers(trx)) > 0) {
      throw new AdminError(409, 'already_set_up', 'Signalbox is already set up: sign in, or ask an admin for an account.');
    }
    const user = await insertUser(trx, { email: input.email, name: input.name, role: 'admin', passwordHash, teamId: null });
    await recordAudit(trx, { actor: user.email, action: 'user.created', subject: `user ${user.email}`, details: { userId: user.id, role: 'admin', via: 'setup' } });
    const session = await createSession(trx, user.id, options);
    return { user: { id: user.id, email: user.email, name: user.name, role: 'admin' }, token: session.token, expiresAt: session.expiresAt };
  });
}
