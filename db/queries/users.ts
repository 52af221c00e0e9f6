import { sql, type Kysely } from 'kysely';
import type { Database, Role } from '../schema';

// Users and their console sessions. Emails are stored trimmed and lower-cased (lib/admin/users.ts normalises).

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Serialises first-run setup: a second setup waits, then sees the first admin. */
export async function lockUsersTable(db: Kysely<Database>): Promise<void> {
  await sql`lock table users in share row exclusive mode`.execute(db);
}

export async function findUserForSignIn(db: Kysely<Database>, email: string) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role', 'password_hash', 'disabled_at'])
    .where('email', '=', email)
    .executeTakeFirst();
}

export async function findUserById(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role', 'team_id', 'disabled_at'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertUser(
  db: Kysely<Database>,
  user: { email: string; name: string; role: Role; passwordHash: string; teamId: number | null },
) {
  return db
    .insertInto('users')
    .values({ email: user.email, name: user.name, role: user.role, password_hash: user.passwordHash, team_id: user.teamId })
    .returning(['id', 'email', 'name', 'role'])
    .executeTakeFirstOrThrow();
}

export async function emailTaken(db: Kysely<Database>, email: string, exceptId?: number): Promise<boolean> {
  let query = db.selectFrom('users').select('id').where('email', '=', email);
  if (exceptId !== undefined) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function updateUser(
  db: Kysely<Database>,
  id: number,
  changes: { name?: string; role?: Role; teamId?: number | null; disabledAt?: Date | null; passwordHash?: string },
) {
  const values = {
    ...(changes.name !== undefined && { name: changes.name }),
    ...(changes.role !== undefined && { role: changes.role }),
    ...(changes.teamId !== undefined && { team_id: changes.teamId }),
    ...(changes.disabledAt !== undefined && { disabled_at: changes.disabledAt }),
    ...(changes.passwordHash !== undefined && { password_hash: changes.passwordHash }),
  };
  if (Object.keys(values).length === 0) return;
  await db.updateTable('users').set(values).where('id', '=', id).execute();
}

/**
 * Ids of the enabled admins, row-locked until the transaction ends: two admins demoting each other at once
 * cannot both pass the "one admin must remain" check.
 */
export async function lockEnabledAdmins(db: Kysely<Database>): Promise<number[]> {
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'admin')
    .where('disabled_at', 'is', null)
    .orderBy('id')
    .forUpdate()
    .execute();
  return rows.map((r) => r.id);
}

/** Every user with their team and when they last used the console. */
export async function listUsersWithActivity(db: Kysely<Database>, now: Date) {
  return db
    .selectFrom('users')
    .leftJoin('teams', 'teams.id', 'users.team_id')
    .select((eb) => [
      'users.id',
      'users.email',
      'users.name',
      'users.role',
      'users.created_at',
      'users.disabled_at',
      'teams.slug as team_slug',
      eb
        .selectFrom('sessions')
        .select((s) => s.fn.max('sessions.last_seen_at').as('seen'))
        .whereRef('sessions.user_id', '=', 'users.id')
        .as('last_seen_at'),
      eb
        .selectFrom('sessions')
        .select((s) => s.fn.countAll<number>().as('n'))
        .whereRef('sessions.user_id', '=', 'users.id')
        .where('sessions.revoked_at', 'is', null)
        .where('sessions.expires_at', '>', now)
        .as('live_sessions'),
    ])
    .orderBy('users.name')
    .orderBy('users.id')
    .execute();
}

/** Enabled users with a live session used since `since`, most recent first. */
export async function listActiveUsers(db: Kysely<Database>, since: Date, now: Date) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select((eb) => ['users.id', 'users.name', 'users.email', 'users.role', eb.fn.max('sessions.last_seen_at').as('last_seen_at')])
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.expires_at', '>', now)
    .where('sessions.last_seen_at', '>=', since)
    .where('users.disabled_at', 'is', null)
    .groupBy(['users.id', 'users.name', 'users.email', 'users.role'])
    .orderBy('last_seen_at', 'desc')
    .execute();
}

export async function findTeamIdBySlug(db: Kysely<Database>, slug: string): Promise<number | undefined> {
  const row = await db.selectFrom('teams').select('id').where('slug', '=', slug).executeTakeFirst();
  return row?.id;
}

export async function insertSession(
  db: Kysely<Database>,
  session: { userId: number; tokenHash: string; expiresAt: Date; now: Date; userAgent: string | null },
) {
  return db
    .insertInto('sessions')
    .values({
      user_id: session.userId,
      token_hash: session.tokenHash,
      created_at: session.now,
      last_seen_at: session.now,
      expires_at: session.expiresAt,
      user_agent: session.userAgent,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function revokeSessionById(db: Kysely<Database>, sessionId: number, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('id', '=', sessionId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function revokeSessionsOfUser(db: Kysely<Database>, userId: number, now: Date, exceptSessionId?: number): Promise<number> {
  let query = db
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now);
  if (exceptSessionId !== undefined) query = query.where('id', '<>', exceptSessionId);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Teams an editor can be given, with their train, for the user form. */
export async function listTeamChoices(db: Kysely<Database>) {
  return db
    .selectFrom('teams')
    .innerJoin('trains', 'trains.id', 'teams.train_id')
    .select(['teams.slug', 'teams.name', 'trains.name as train_name'])
    .orderBy('trains.name')
    .orderBy('teams.name')
    .execute();
}
