import { beforeEach, describe, expect, it } from 'vitest';
import { AdminError } from '../../lib/admin/errors';
import type { UserPrincipal } from '../../lib/auth/principal';
import { createSession } from '../../lib/auth/sessions';
import { handleCreateImpediment, handleUpdateImpediment } from '../../lib/impediments/http';
import { loadImpedimentsPage, RECENTLY_RESOLVED } from '../../lib/impediments/page';
import { createImpediment, FORBIDDEN_MESSAGE, updateImpediment } from '../../lib/impediments/service';
import { consoleRequest as request, insertNorthAndSouth, insertTeamUser } from '../support/console';
import { describeEachBackend } from '../support/databases';
import type { TrainFixture } from '../support/fixtures';
import { testRuntime, type TestRuntime } from '../support/runtime';

const NORTH = ['impediments:north'];
// Tuesday 3 November 2026, 09:15 in Amsterdam, and later moments of that week.
const T0 = new Date('2026-11-03T08:15:00Z');
const T1 = new Date('2026-11-03T08:16:00Z');
const T2 = new Date('2026-11-05T14:00:00Z');

describeEachBackend('Impediments in the console', (backend) => {
  let runtime: TestRuntime;
  let north: TrainFixture;
  let admin: UserPrincipal;
  let otterEditor: UserPrincipal;
  let viewer: UserPrincipal;


  const input = (over: Record<string, unknown> = {}) => ({ trainSlug: 'north', teamSlug: 'otters', title: 'Test data wiped nightly', ...over });
  const audit = () => backend.db.selectFrom('audit_log').select(['actor', 'action', 'subject', 'details']).orderBy('id').execute();
  const row = (id: number) => backend.db.selectFrom('impediments').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  beforeEach(async () => {
    runtime = testRuntime(backend);
    ({ north } = await insertNorthAndSouth(backend.db));
    admin = await insertTeamUser(backend.db, 'admin', 'rte@example.test');
    otterEditor = await insertTeamUser(backend.db, 'editor', 'otter@example.test', north.teamId('otters'));
    viewer = await insertTeamUser(backend.db, 'viewer', 'viewer@example.test');
  });

  describe('the service', () => {
    it('an editor adds, escalates, resolves and reopens their team’s impediment; each write is timed, audited and pushed', async () => {
      const created = await createImpediment(runtime, otterEditor, input({ owner: '  ', escalated: false }), T0);
      expect(created).toMatchObject({
        trainSlug: 'north',
        teamSlug: 'otters',
        teamName: 'Team otters',
        title: 'Test data wiped nightly',
        owner: null,
        description: null,
        escalated: false,
        openedAt: T0.toISOString(),
        resolvedAt: null,
        changedAt: T0.toISOString(),
      });
      expect(created.key).toMatch(/^console-[A-Za-z0-9_-]{12}$/);

      await updateImpediment(runtime, otterEditor, created.id, { escalated: true, owner: 'Ana' }, T1);
      const resolved = await updateImpediment(runtime, otterEditor, created.id, { resolved: true }, T2);
      expect(resolved).toMatchObject({ escalated: true, owner: 'Ana', resolvedAt: T2.toISOString(), changedAt: T2.toISOString() });
      const reopenedAt = new Date('2026-11-06T09:00:00Z');
      const reopened = await updateImpediment(runtime, otterEditor, created.id, { resolved: false }, reopenedAt);
      expect(reopened).toMatchObject({ resolvedAt: null, openedAt: T0.toISOString(), changedAt: reopenedAt.toISOString() });
      expect(await row(created.id)).toMatchObject({ team_id: north.teamId('otters'), opened_at: T0, resolved_at: null, changed_at: reopenedAt });

      const subject = `impediment ${created.id}`;
      const common = { key: created.key, train: 'north', team: 'otters' };
      expect(await audit()).toEqual([
        {
          actor: 'otter@example.test',
          action: 'impediment.created',
          subject,
          details: { ...common, title: 'Test data wiped nightly', owner: null, escalated: false },
        },
        {
          actor: 'otter@example.test',
          action: 'impediment.updated',
          subject,
          details: { ...common, changes: { escalated: { from: false, to: true }, owner: { from: null, to: 'Ana' } } },
        },
        { actor: 'otter@example.test', action: 'impediment.resolved', subject, details: { ...common, changes: { resolved: { from: false, to: true } } } },
        { actor: 'otter@example.test', action: 'impediment.reopened', subject, details: { ...common, changes: { resolved: { from: true, to: false } } } },
      ]);
      expect(runtime.publisher.published).toEqual([NORTH, NORTH, NORTH, NORTH]);
    });

    it('a second tap on Resolve changes nothing: no write, no audit, no push', async () => {
      const created = await createImpediment(runtime, otterEditor, input(), T0);
      await updateImpediment(runtime, otterEditor, created.id, { resolved: true }, T1);
      const again = await updateImpediment(runtime, otterEditor, created.id, { resolved: true }, T2);
      expect(again).toMatchObject({ resolvedAt: T1.toISOString(), changedAt: T1.toISOString() });
      expect((await audit()).map((a) => a.action)).toEqual(['impediment.created', 'impediment.resolved']);
      expect(runtime.publisher.published).toHaveLength(2);
    });

    it('an editor may not add for another team or the whole train, nor change or take over theirs (403); nothing changes', async () => {
      await expect(createImpediment(runtime, otterEditor, input({ teamSlug: 'badgers' }))).rejects.toMatchObject({ status: 403, message: FORBIDDEN_MESSAGE });
      await expect(createImpediment(runtime, otterEditor, input({ teamSlug: null }))).rejects.toMatchObject({ status: 403 });
      const badgers = await createImpediment(runtime, admin, input({ teamSlug: 'badgers' }), T0);
      const train = await createImpediment(runtime, admin, input({ teamSlug: null }), T0);
      for (const other of [badgers, train]) {
        await expect(updateImpediment(runtime, otterEditor, other.id, { resolved: true })).rejects.toMatchObject({ status: 403 });
        await expect(updateImpediment(runtime, otterEditor, other.id, { teamSlug: 'otters' })).rejects.toMatchObject({ status: 403 });
      }
      const own = await createImpediment(runtime, otterEditor, input(), T0);
      await expect(updateImpediment(runtime, otterEditor, own.id, { teamSlug: 'badgers' })).rejects.toMatchObject({ status: 403 });
      await expect(updateImpediment(runtime, otterEditor, own.id, { teamSlug: null })).rejects.toMatchObject({ status: 403 });
      expect(await row(badgers.id)).toMatchObject({ resolved_at: null, team_id: north.teamId('badgers') });
      expect(await row(own.id)).toMatchObject({ team_id: north.teamId('otters') });
      expect((await audit()).map((a) => a.action)).toEqual(['impediment.created', 'impediment.created', 'impediment.created']);
    });

    it('a viewer and an editor without a team change nothing (403)', async () => {
      const teamless = await insertTeamUser(backend.db, 'editor', 'teamless@example.test');
      await expect(createImpediment(runtime, viewer, input())).rejects.toMatchObject({ status: 403 });
      await expect(createImpediment(runtime, teamless, input())).rejects.toMatchObject({ status: 403 });
      const created = await createImpediment(runtime, admin, input());
      await expect(updateImpediment(runtime, viewer, created.id, { resolved: true })).rejects.toMatchObject({ status: 403 });
      await expect(updateImpediment(runtime, teamless, created.id, { resolved: true })).rejects.toMatchObject({ status: 403 });
    });

    it('an admin adds the whole train’s, moves one between teams of the train but not to another train’s team', async () => {
      const created = await createImpediment(runtime, admin, input({ teamSlug: null, owner: 'RTE', description: 'Waiting on finance' }), T0);
      expect(created).toMatchObject({ teamSlug: null, teamName: null, owner: 'RTE', description: 'Waiting on finance' });
      const moved = await updateImpediment(runtime, admin, created.id, { teamSlug: 'badgers', title: '  Renamed  ', description: '' }, T1);
      expect(moved).toMatchObject({ teamSlug: 'badgers', title: 'Renamed', description: null });
      await expect(updateImpediment(runtime, admin, created.id, { teamSlug: 'pumas' })).rejects.toMatchObject({ status: 400, code: 'other_train' });
      await expect(createImpediment(runtime, admin, input({ teamSlug: 'ghosts' }))).rejects.toMatchObject({ status: 400, code: 'unknown_team' });
      await expect(createImpediment(runtime, admin, input({ trainSlug: 'nowhere' }))).rejects.toMatchObject({ status: 400, code: 'unknown_train' });
      await expect(updateImpediment(runtime, admin, 4242, { resolved: true })).rejects.toEqual(new AdminError(404, 'not_found', 'There is no impediment 4242.'));
    });
  });

  describe('the page', () => {
    it('an editor: their train, only their team to add to, open oldest first with ages, recently resolved newest first', async () => {
      const old = await createImpediment(runtime, admin, input({ teamSlug: 'badgers', title: 'Old' }), new Date('2026-10-20T10:00:00Z'));
      const mine = await createImpediment(runtime, otterEditor, input({ title: 'Mine' }), new Date('2026-11-02T23:30:00Z'));
      const done = await createImpediment(runtime, otterEditor, input({ title: 'Done' }), new Date('2026-10-26T09:00:00Z'));
      await updateImpediment(runtime, otterEditor, done.id, { resolved: true }, new Date('2026-10-29T09:00:00Z'));

      const page = await loadImpedimentsPage(runtime, otterEditor, {}, T2);
      expect(page.train).toEqual({ slug: 'north', name: 'Train north' });
      expect(page.teamChoices).toEqual([{ slug: 'otters', name: 'Team otters' }]);
      expect(page.defaultTeam).toBe('otters');
      // Ages to Thu 5 Nov in Amsterdam: 20 Oct → 16 days; 3 Nov 00:30 local → 2 days. Done: 26 → 29 Oct, 3 days.
      expect(page.open.map((i) => [i.id, i.title, i.ageDays, i.editable])).toEqual([
        [old.id, 'Old', 16, false],
        [mine.id, 'Mine', 2, true],
      ]);
      expect(page.resolved.map((i) => [i.title, i.ageDays, i.editable])).toEqual([['Done', 3, true]]);
      await expect(loadImpedimentsPage(runtime, viewer, {})).rejects.toMatchObject({ status: 403 });
    });

    it('an admin: every team and the whole train (the default); at most the last ten resolved', async () => {
      for (let i = 0; i < RECENTLY_RESOLVED + 2; i++) {
        const created = await createImpediment(runtime, admin, input({ title: `R${i}` }), new Date(Date.UTC(2026, 9, 10 + i, 9)));
        await updateImpediment(runtime, admin, created.id, { resolved: true }, new Date(Date.UTC(2026, 9, 10 + i, 15)));
      }
      const page = await loadImpedimentsPage(runtime, admin, { train: 'north' }, T2);
      expect(page.teamChoices).toEqual([
        { slug: 'badgers', name: 'Team badgers' },
        { slug: 'otters', name: 'Team otters' },
        { slug: null, name: 'Whole train' },
      ]);
      expect(page.defaultTeam).toBeNull();
      expect(page.resolved.map((i) => i.title)).toEqual(['R11', 'R10', 'R9', 'R8', 'R7', 'R6', 'R5', 'R4', 'R3', 'R2']);
      expect((await loadImpedimentsPage(runtime, otterEditor, { train: 'south' }, T2)).teamChoices).toEqual([]);
    });
  });

  describe('over HTTP', () => {
    const cookieFor = async (principal: UserPrincipal) => `sb_session=${(await createSession(backend.db, principal.userId)).token}`;

    it('201 for a good impediment; 400 naming fields; 403 explaining who may; 404 for an unknown id', async () => {
      const editor = await cookieFor(otterEditor);
      const created = await handleCreateImpediment(request('/api/admin/impediments', 'POST', input(), editor), runtime);
      expect(created.status).toBe(201);
      const { impediment } = (await created.json()) as { impediment: { id: number } };

      const invalid = await handleCreateImpediment(request('/api/admin/impediments', 'POST', input({ title: ' ', owner: 'x'.repeat(121) }), editor), runtime);
      expect(invalid.status).toBe(400);
      expect((await invalid.json()).issues).toEqual([
        { path: 'title', message: 'is required' },
        { path: 'owner', message: 'must be 120 characters at most' },
      ]);
      const other = await handleCreateImpediment(request('/api/admin/impediments', 'POST', input({ teamSlug: 'badgers' }), editor), runtime);
      expect(other.status).toBe(403);
      expect(await other.json()).toMatchObject({ message: FORBIDDEN_MESSAGE });

      const url = `/api/admin/impediments/${impediment.id}`;
      const resolved = await handleUpdateImpediment(request(url, 'PATCH', { resolved: true }, editor), runtime, String(impediment.id));
      expect(resolved.status).toBe(200);
      expect((await resolved.json()).impediment.resolvedAt).not.toBeNull();
      expect((await handleUpdateImpediment(request(url, 'PATCH', {}, editor), runtime, String(impediment.id))).status).toBe(400);
      expect((await handleUpdateImpediment(request('/api/admin/impediments/abc', 'PATCH', { resolved: true }, editor), runtime, 'abc')).status).toBe(404);
    });

    it('401 without a session, 403 for a viewer and for a cross-origin write', async () => {
      expect((await handleCreateImpediment(request('/api/admin/impediments', 'POST', input()), runtime)).status).toBe(401);
      expect((await handleCreateImpediment(request('/api/admin/impediments', 'POST', input(), await cookieFor(viewer)), runtime)).status).toBe(403);
      const crossOrigin = request('/api/admin/impediments', 'POST', input(), await cookieFor(admin));
      crossOrigin.headers.set('origin', 'http://evil.example');
      expect((await handleCreateImpediment(crossOrigin, runtime)).status).toBe(403);
      expect(await backend.db.selectFrom('impediments').select('id').execute()).toEqual([]);
    });
  });
});
