import { sql } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { AdminError } from '../../lib/admin/errors';
import { setUpFirstAdmin, needsSetup } from '../../lib/admin/setup';
import { signIn } from '../../lib/admin/sign-in';
import { createUser, listUsers, revokeUserSessions, updateUser } from '../../lib/admin/users';
import { listAuditEntries } from '../../lib/admin/audit-view';
import { AuthError, resolvePrincipal, type Principal, type UserPrincipal } from '../../lib/auth/principal';
import { createSession, revokeSession } from '../../lib/auth/sessions';
import { describeEachBackend } from '../support/databases';
import { insertTrain } from '../support/fixtures';

const PASSWORD = 'correct horse battery';
const T0 = new Date('2026-03-02T09:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

describeEachBackend('users and sessions', (backend) => {
  beforeEach(async () => {
    await sql`truncate table audit_log, sessions, users restart identity cascade`.execute(backend.db);
  });

  const principalOf = (token: string, now = T0) => resolvePrincipal(backend.db, { session: token }, now);

  async function asUser(token: string, now = T0): Promise<UserPrincipal> {
    const principal = await principalOf(token, now);
    if (principal.kind !== 'user') throw new Error(`token does not resolve to a user (${principal.kind})`);
    return principal;
  }

  async function firstAdmin() {
    const setup = await setUpFirstAdmin(backend.db, { email: 'rte@example.com', name: 'Rita', password: PASSWORD }, { now: T0 });
    return { ...setup, principal: await asUser(setup.token) };
  }

  async function addUser(admin: Principal, email: string, role: 'admin' | 'editor' | 'viewer') {
    const { id } = await createUser(backend.db, admin, { email, name: email.split('@')[0]!, password: PASSWORD, role });
    const signedIn = await signIn(backend.db, { email, password: PASSWORD }, { now: T0 });
    return { id, token: signedIn!.token, principal: await asUser(signedIn!.token) };
  }

  async function auditActions() {
    const rows = await backend.db.selectFrom('audit_log').select(['actor', 'action', 'subject']).orderBy('id').execute();
    return rows.map((r) => `${r.actor} ${r.action} ${r.subject}`);
  }

  async function refusal(work: Promise<unknown>): Promise<string> {
    const error = await work.then(() => undefined, (e: unknown) => e);
    if (error instanceof AuthError) return `auth ${error.status}`;
    if (error instanceof AdminError) return `${error.status} ${error.code}`;
    throw new Error(`expected a refusal, got ${String(error)}`);
  }

  describe('first-run setup', () => {
    it('creates the one admin, signs them in and audits it; a second setup is refused', async () => {
      expect(await needsSetup(backend.db)).toBe(true);
      const { user, principal } = await firstAdmin();
      expect(user).toEqual({ id: 1, email: 'rte@example.com', name: 'Rita', role: 'admin' });
      expect(principal).toMatchObject({ kind: 'user', userId: 1, role: 'admin', email: 'rte@example.com' });
      expect(await needsSetup(backend.db)).toBe(false);

      expect(await refusal(setUpFirstAdmin(backend.db, { email: 'other@example.com', name: 'O', password: PASSWORD }))).toBe('409 already_set_up');
      expect(await auditActions()).toEqual(['rte@example.com user.created user rte@example.com']);
      const stored = await backend.db.selectFrom('users').select('password_hash').executeTakeFirstOrThrow();
      expect(stored.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    });

    it('lets only one of two simultaneous setups win', async () => {
      const attempts = await Promise.allSettled([
        setUpFirstAdmin(backend.db, { email: 'a@example.com', name: 'A', password: PASSWORD }),
        setUpFirstAdmin(backend.db, { email: 'b@example.com', name: 'B', password: PASSWORD }),
      ]);
      expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
      const rejected = attempts.find((a) => a.status === 'rejected') as PromiseRejectedResult;
      expect(rejected.reason).toBeInstanceOf(AdminError);
      expect(await backend.db.selectFrom('users').select('email').execute()).toHaveLength(1);
    });
  });

  describe('sign-in and sessions', () => {
    it('signs in with the right password only; unknown emails and wrong passwords look the same', async () => {
      await firstAdmin();
      const ok = await signIn(backend.db, { email: 'rte@example.com', password: PASSWORD }, { now: T0 });
      expect(ok?.user).toEqual({ id: 1, email: 'rte@example.com', name: 'Rita', role: 'admin' });
      expect(ok?.expiresAt).toEqual(new Date(T0.getTime() + 30 * DAY));
      expect(await signIn(backend.db, { email: 'rte@example.com', password: 'wrong password!' })).toBeUndefined();
      expect(await signIn(backend.db, { email: 'nobody@example.com', password: PASSWORD })).toBeUndefined();
    });

    it('stores only the hash of the token', async () => {
      const { token } = await firstAdmin();
      const rows = await backend.db.selectFrom('sessions').select('token_hash').execute();
      expect(rows).toHaveLength(1);
      expect(rows[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(rows[0]!.token_hash).not.toContain(token);
    });

    it('expires a session 30 days after sign-in', async () => {
      const { token } = await firstAdmin();
      expect((await principalOf(token, new Date(T0.getTime() + 29 * DAY))).kind).toBe('user');
      expect((await principalOf(token, new Date(T0.getTime() + 30 * DAY + 1000))).kind).toBe('anonymous');
    });

    it('revokes one session and leaves the user’s others alive', async () => {
      const { token, principal } = await firstAdmin();
      const other = await createSession(backend.db, principal.userId, { now: T0 });
      expect(await revokeSession(backend.db, principal.sessionId, T0)).toBe(true);
      expect((await principalOf(token)).kind).toBe('anonymous');
      expect((await principalOf(other.token)).kind).toBe('user');
      // Revoking again changes nothing.
      expect(await revokeSession(backend.db, principal.sessionId, T0)).toBe(false);
    });

    it('revokes all sessions of a user, audited', async () => {
      const admin = await firstAdmin();
      const editor = await addUser(admin.principal, 'sm@example.com', 'editor');
      const second = await createSession(backend.db, editor.id, { now: T0 });
      expect(await revokeUserSessions(backend.db, admin.principal, editor.id, T0)).toBe(2);
      expect((await principalOf(editor.token)).kind).toBe('anonymous');
      expect((await principalOf(second.token)).kind).toBe('anonymous');
      expect((await principalOf(admin.token)).kind).toBe('user');
      expect((await auditActions()).at(-1)).toBe('rte@example.com user.sessions-revoked user sm@example.com');
      expect(await refusal(revokeUserSessions(backend.db, editor.principal, admin.principal.userId))).toBe('auth 403');
    });
  });

  describe('managing users', () => {
    it('refuses a disabled user at sign-in and ends their sessions; re-enabling lets them back in', async () => {
      const admin = await firstAdmin();
      const viewer = await addUser(admin.principal, 'viewer@example.com', 'viewer');
      await updateUser(backend.db, admin.principal, viewer.id, { disabled: true }, T0);
      expect((await principalOf(viewer.token)).kind).toBe('anonymous');
      expect(await signIn(backend.db, { email: 'viewer@example.com', password: PASSWORD })).toBeUndefined();
      await updateUser(backend.db, admin.principal, viewer.id, { disabled: false }, T0);
      expect(await signIn(backend.db, { email: 'viewer@example.com', password: PASSWORD })).toBeDefined();
      expect((await auditActions()).slice(-2)).toEqual([
        'rte@example.com user.disabled user viewer@example.com',
        'rte@example.com user.enabled user viewer@example.com',
      ]);
    });

    it('keeps at least one enabled admin: the last one cannot be demoted or disabled, and nothing is audited', async () => {
      const admin = await firstAdmin();
      expect(await refusal(updateUser(backend.db, admin.principal, 1, { role: 'editor' }))).toBe('409 last_admin');
      expect(await refusal(updateUser(backend.db, admin.principal, 1, { disabled: true }))).toBe('409 last_admin');
      expect(await auditActions()).toEqual(['rte@example.com user.created user rte@example.com']);

      const second = await addUser(admin.principal, 'second@example.com', 'admin');
      await updateUser(backend.db, admin.principal, 1, { role: 'viewer' });
      expect((await asUser(admin.token)).role).toBe('viewer');
      // Now the second admin is the last one.
      expect(await refusal(updateUser(backend.db, second.principal, second.id, { disabled: true }))).toBe('409 last_admin');
      expect((await auditActions()).slice(-1)).toEqual(['rte@example.com user.role-changed user rte@example.com']);
    });

    it('never lets two admins demote each other into having none', async () => {
      const admin = await firstAdmin();
      const second = await addUser(admin.principal, 'second@example.com', 'admin');
      const results = await Promise.allSettled([
        updateUser(backend.db, admin.principal, second.id, { role: 'editor' }),
        updateUser(backend.db, second.principal, admin.principal.userId, { role: 'editor' }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const admins = await backend.db.selectFrom('users').select('id').where('role', '=', 'admin').execute();
      expect(admins).toHaveLength(1);
    });

    it('creates users with unique emails and real teams, audited', async () => {
      const admin = await firstAdmin();
      await insertTrain(backend.db, {
        slug: 'orbit',
        timeZone: 'Europe/Berlin',
        teams: ['comet'],
        pi: { name: '26.1', startDate: '2026-01-05', endDate: '2026-03-13' },
        iterations: [],
      });
      const { id } = await createUser(backend.db, admin.principal, { email: 'sm@example.com', name: 'Sam', password: PASSWORD, role: 'editor', teamSlug: 'comet' });
      expect(await refusal(createUser(backend.db, admin.principal, { email: 'sm@example.com', name: 'Sam 2', password: PASSWORD, role: 'viewer' }))).toBe('409 email_taken');
      expect(await refusal(createUser(backend.db, admin.principal, { email: 'x@example.com', name: 'X', password: PASSWORD, role: 'viewer', teamSlug: 'nope' }))).toBe('400 unknown_team');

      const users = await listUsers(backend.db, admin.principal, T0);
      expect(users.map((u) => [u.id, u.email, u.role, u.teamSlug, u.disabled])).toEqual([
        [1, 'rte@example.com', 'admin', null, false],
        [id, 'sm@example.com', 'editor', 'comet', false],
      ]);
      expect(await auditActions()).toEqual(['rte@example.com user.created user rte@example.com', 'rte@example.com user.created user sm@example.com']);
      const details = await backend.db.selectFrom('audit_log').select('details').where('subject', '=', 'user sm@example.com').executeTakeFirstOrThrow();
      expect(details.details).toEqual({ userId: id, name: 'Sam', role: 'editor', team: 'comet' });
    });

    it('checks roles in the data layer: only admins manage users; anyone may rename themselves and change their password', async () => {
      const admin = await firstAdmin();
      const editor = await addUser(admin.principal, 'sm@example.com', 'editor');
      const viewer = await addUser(admin.principal, 'viewer@example.com', 'viewer');
      const anonymous: Principal = { kind: 'anonymous' };
      const display: Principal = { kind: 'display', displayId: 1, trainId: 1, tokenId: 1 };

      expect(await refusal(listUsers(backend.db, anonymous))).toBe('auth 401');
      expect(await refusal(listUsers(backend.db, display))).toBe('auth 401');
      expect(await refusal(listUsers(backend.db, editor.principal))).toBe('auth 403');
      expect(await refusal(createUser(backend.db, viewer.principal, { email: 'v2@example.com', name: 'V', password: PASSWORD, role: 'admin' }))).toBe('auth 403');
      expect(await refusal(updateUser(backend.db, editor.principal, editor.id, { role: 'admin' }))).toBe('auth 403');
      expect(await refusal(updateUser(backend.db, editor.principal, viewer.id, { name: 'Renamed' }))).toBe('auth 403');
      expect(await refusal(listAuditEntries(backend.db, anonymous))).toBe('auth 401');

      const second = await createSession(backend.db, editor.id, { now: T0 });
      expect(await refusal(updateUser(backend.db, editor.principal, editor.id, { password: 'a new password!' }))).toBe('400 wrong_password');
      expect(await refusal(updateUser(backend.db, editor.principal, editor.id, { password: 'a new password!', currentPassword: 'not it at all' }))).toBe(
        '400 wrong_password',
      );
      await updateUser(backend.db, editor.principal, editor.id, { name: 'Sam', password: 'a new password!', currentPassword: PASSWORD }, T0);
      // The session that changed the password stays; the user's other sessions end.
      expect((await asUser(editor.token)).name).toBe('Sam');
      expect((await principalOf(second.token)).kind).toBe('anonymous');
      expect(await signIn(backend.db, { email: 'sm@example.com', password: PASSWORD })).toBeUndefined();
      expect(await signIn(backend.db, { email: 'sm@example.com', password: 'a new password!' })).toBeDefined();

      const audit = await listAuditEntries(backend.db, viewer.principal, { limit: 1 });
      expect(audit).toEqual([
        expect.objectContaining({ actor: 'sm@example.com', action: 'user.updated', subject: 'user sm@example.com', details: { name: { from: 'sm', to: 'Sam' }, password: 'changed' } }),
      ]);
      expect(JSON.stringify(await backend.db.selectFrom('audit_log').selectAll().execute())).not.toContain('a new password');
    });

    it('answers 404 for a user that does not exist', async () => {
      const admin = await firstAdmin();
      expect(await refusal(updateUser(backend.db, admin.principal, 999, { name: 'Ghost' }))).toBe('404 not_found');
      expect(await refusal(revokeUserSessions(backend.db, admin.principal, 999))).toBe('404 not_found');
    });
  });

  it('pages the audit log newest first', async () => {
    const admin = await firstAdmin();
    for (const n of [1, 2, 3]) await addUser(admin.principal, `u${n}@example.com`, 'viewer');
    const first = await listAuditEntries(backend.db, admin.principal, { limit: 2 });
    expect(first.map((e) => e.subject)).toEqual(['user u3@example.com', 'user u2@example.com']);
    const next = await listAuditEntries(backend.db, admin.principal, { limit: 2, beforeId: first[1]!.id });
    expect(next.map((e) => e.subject)).toEqual(['user u1@example.com', 'user rte@example.com']);
  });
});
