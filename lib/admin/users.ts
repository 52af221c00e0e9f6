import type { Kysely } from 'kysely';
import {
  emailTaken,
  findTeamIdBySlug,
  findUserById,
  findUserForSignIn,
  insertUser,
  listActiveUsers,
  listUsersWithActivity,
  lockEnabledAdmins,
  updateUser as updateUserRow,
} from '../../db/queries/users';
import type { Database } from '../../db/schema';
import { recordAudit } from '../audit';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { requireRole, type Principal } from '../auth/principal';
import { revokeAllSessions } from '../auth/sessions';
import { AdminError } from './errors';
import type { NewUserInput, UserChanges } from './schemas';
import type { ActiveUserDto, UserDto } from './types';

// Users are managed by admins only; anyone signed in may change their own name and password.

export async function listUsers(db: Kysely<Database>, principal: Principal, now = new Date()): Promise<UserDto[]> {
  requireRole(principal, 'admin');
  const rows = await listUsersWithActivity(db, now);
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    teamSlug: row.team_slug,
    disabled: row.disabled_at !== null,
    createdAt: row.created_at.toISOString(),
    lastSeenAt: row.last_seen_at ? new Date(row.last_seen_at).toISOString() : null,
    liveSessions: Number(row.live_sessions ?? 0),
  }));
}

/** Who used the console in the last 15 minutes (admins only: it names people). */
export async function listActiveConsoleUsers(db: Kysely<Database>, principal: Principal, now = new Date()): Promise<ActiveUserDto[]> {
  requireRole(principal, 'admin');
  const rows = await listActiveUsers(db, new Date(now.getTime() - 15 * 60_000), now);
  return rows.map((r) => ({ id: r.id, name: r.name, email: r.email, role: r.role, lastSeenAt: new Date(r.last_seen_at).toISOString() }));
}

export async function createUser(db: Kysely<Database>, principal: Principal, input: NewUserInput): Promise<{ id: number }> {
  const actor = requireRole(principal, 'admin');
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    if (await emailTaken(trx, input.email)) throw new AdminError(409, 'email_taken', `${input.email} already has an account.`);
    const teamId = input.teamSlug ? await teamIdOrThrow(trx, input.teamSlug) : null;
    const user = await insertUser(trx, { email: input.email, name: input.name, role: input.role, passwordHash, teamId });
    await recordAudit(trx, {
      actor,
      action: 'user.created',
      subject: `user ${user.email}`,
      details: { userId: user.id, name: user.name, role: user.role, team: input.teamSlug ?? null },
    });
    return { id: user.id };
  });
}

export async function updateUser(
  db: Kysely<Database>,
  principal: Principal,
  userId: number,
  changes: UserChanges,
  now = new Date(),
): Promise<void> {
  const actor = requireRole(principal, 'viewer');
  const self = actor.userId === userId;
  const selfService = self && Object.keys(changes).every((key) => key === 'name' || key === 'password' || key === 'currentPassword');
  if (!selfService) requireRole(principal, 'admin');
  // Changing one's own password needs the current one: a borrowed, unlocked laptop must not be enough.
  if (self && changes.password !== undefined) await requireCurrentPassword(db, userId, changes.currentPassword);
  const passwordHash = changes.password === undefined ? undefined : await hashPassword(changes.password);

  await db.transaction().execute(async (trx) => {
    const user = await findUserById(trx, userId);
    if (!user) throw new AdminError(404, 'not_found', `There is no user ${userId}.`);
    const losesAdmin =
      user.role === 'admin' && user.disabled_at === null && ((changes.role !== undefined && changes.role !== 'admin') || changes.disabled === true);
    if (losesAdmin) {
      const admins = await lockEnabledAdmins(trx);
      if (admins.filter((id) => id !== userId).length === 0) {
        throw new AdminError(409, 'last_admin', 'At least one enabled admin must remain: make someone else admin first.');
      }
    }
    const teamId = changes.teamSlug === undefined ? undefined : changes.teamSlug === null ? null : await teamIdOrThrow(trx, changes.teamSlug);
    const disabledAt = changes.disabled === undefined ? undefined : changes.disabled ? (user.disabled_at ?? now) : null;
    await updateUserRow(trx, userId, { name: changes.name, role: changes.role, teamId, disabledAt, passwordHash });

    // A disabled account or a new password ends the user's other sessions.
    if (changes.disabled === true || passwordHash !== undefined) {
      await revokeAllSessions(trx, userId, now, self && changes.disabled !== true ? actor.sessionId : undefined);
    }
    await recordAudit(trx, { actor, action: auditAction(changes), subject: `user ${user.email}`, details: describeChanges(user, changes) });
  });
}

/** Signs a user out on every device. */
export async function revokeUserSessions(db: Kysely<Database>, principal: Principal, userId: number, now = new Date()): Promise<number> {
  const actor = requireRole(principal, 'admin');
  return db.transaction().execute(async (trx) => {
    const user = await findUserById(trx, userId);
    if (!user) throw new AdminError(404, 'not_found', `There is no user ${userId}.`);
    const revoked = await revokeAllSessions(trx, userId, now);
    await recordAudit(trx, { actor, action: 'user.sessions-revoked', subject: `user ${user.email}`, details: { userId, revoked } });
    return revoked;
  });
}

async function requireCurrentPassword(db: Kysely<Database>, userId: number, currentPassword: string | undefined) {
  const user = await findUserById(db, userId);
  const stored = user && (await findUserForSignIn(db, user.email));
  if (!stored || currentPassword === undefined || !(await verifyPassword(currentPassword, stored.password_hash))) {
    throw new AdminError(400, 'wrong_password', 'Your current password is not right.');
  }
}

async function teamIdOrThrow(db: Kysely<Database>, slug: string): Promise<number> {
  const id = await findTeamIdBySlug(db, slug);
  if (id === undefined) throw new AdminError(400, 'unknown_team', `There is no team "${slug}".`);
  return id;
}

function auditAction(changes: UserChanges): string {
  if (changes.disabled === true) return 'user.disabled';
  if (changes.disabled === false) return 'user.enabled';
  if (changes.role !== undefined) return 'user.role-changed';
  if (changes.password !== undefined && changes.name === undefined && changes.teamSlug === undefined) return 'user.password-changed';
  return 'user.updated';
}

function describeChanges(before: { name: string; role: string; team_id: number | null }, changes: UserChanges) {
  return {
    ...(changes.name !== undefined && { name: { from: before.name, to: changes.name } }),
    ...(changes.role !== undefined && { role: { from: before.role, to: changes.role } }),
    ...(changes.teamSlug !== undefined && { team: changes.teamSlug }),
    ...(changes.disabled !== undefined && { disabled: changes.disabled }),
    // Never the password itself, nor its hash.
    ...(changes.password !== undefined && { password: 'changed' }),
  };
}
