import { beforeEach, describe, expect, it } from 'vitest';
import { AdminError } from '../../lib/admin/errors';
import type { UserPrincipal } from '../../lib/auth/principal';
import { createSession } from '../../lib/auth/sessions';
import { handleCreateRisk, handleDeleteRisk, handleUpdateRisk } from '../../lib/risks/http';
import { loadRisksPage } from '../../lib/risks/page';
import { createRisk, deleteRisk, updateRisk } from '../../lib/risks/service';
import { consoleRequest as request, insertNorthAndSouth, insertTeamUser } from '../support/console';
import { describeEachBackend } from '../support/databases';
import type { TrainFixture } from '../support/fixtures';
import { testRuntime, type TestRuntime } from '../support/runtime';

const NORTH = ['risks:north'];

describeEachBackend('ROAM risks in the console', (backend) => {
  let runtime: TestRuntime;
  let north: TrainFixture;
  let south: TrainFixture;
  let previousPiId: number;
  let admin: UserPrincipal;
  let otterEditor: UserPrincipal;
  let viewer: UserPrincipal;

  const input = (over: Record<string, unknown> = {}) => ({
    trainSlug: 'north',
    teamSlug: 'otters',
    piId: north.piId,
    title: 'Vendor retires the v2 payments API',
    ...over,
  });
  const audit = () => backend.db.selectFrom('audit_log').select(['actor', 'action', 'subject', 'details']).orderBy('id').execute();
  const row = (id: number) => backend.db.selectFrom('risks').selectAll().where('id', '=', id).executeTakeFirst();
  const T0 = new Date('2026-10-06T08:00:00Z');
  const T1 = new Date('2026-10-09T14:00:00Z');

  beforeEach(async () => {
    runtime = testRuntime(backend);
    ({ north, south } = await insertNorthAndSouth(backend.db));
    previousPiId = (
      await backend.db
        .insertInto('program_increments')
        .values({ train_id: north.trainId, name: '26.3', start_date: '2026-07-13', end_date: '2026-10-02' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    admin = await insertTeamUser(backend.db, 'admin', 'rte@example.test');
    otterEditor = await insertTeamUser(backend.db, 'editor', 'otter@example.test', north.teamId('otters'));
    viewer = await insertTeamUser(backend.db, 'viewer', 'viewer@example.test');
  });

  describe('the service', () => {
    it('an editor adds, ROAMs, edits and deletes their own team’s risk; each write is audited and pushed', async () => {
      const created = await createRisk(runtime, otterEditor, input(), T0);
      expect(created).toMatchObject({
        title: 'Vendor retires the v2 payments API',
        impact: 'medium',
        roam: 'unroamed',
        owner: null,
        description: null,
        team: { slug: 'otters', name: 'Team otters' },
        pi: { id: north.piId, name: '26.4' },
        raisedAt: T0.toISOString(),
        changedAt: T0.toISOString(),
        ageDays: 0,
        editable: true,
      });
      expect(created.key).toMatch(/^console-[A-Za-z0-9_-]{12}$/);
      expect(await row(created.id)).toMatchObject({ train_id: north.trainId, team_id: north.teamId('otters'), pi_id: north.piId, roam: 'unroamed', raised_at: T0 });

      const owned = await updateRisk(runtime, otterEditor, created.id, { roam: 'owned' }, T1);
      // Raised Tuesday 6 October, owned Friday 9 October: 3 days old.
      expect(owned).toMatchObject({ roam: 'owned', title: created.title, changedAt: T1.toISOString(), raisedAt: T0.toISOString(), ageDays: 3 });

      const edited = await updateRisk(runtime, otterEditor, created.id, { title: '  Payments API v2 retired  ', impact: 'critical', owner: ' Olga ', description: '' }, T1);
      expect(edited).toMatchObject({ title: 'Payments API v2 retired', impact: 'critical', owner: 'Olga', description: null, roam: 'owned' });

      await deleteRisk(runtime, otterEditor, created.id);
      expect(await row(created.id)).toBeUndefined();

      const subject = `risk ${created.id}`;
      expect(await audit()).toEqual([
        {
          actor: 'otter@example.test',
          action: 'risk.created',
          subject,
          details: { key: created.key, train: 'north', team: 'otters', pi: '26.4', title: created.title, impact: 'medium', owner: null },
        },
        { actor: 'otter@example.test', action: 'risk.updated', subject, details: { key: created.key, train: 'north', changes: { roam: { from: 'unroamed', to: 'owned' } } } },
        {
          actor: 'otter@example.test',
          action: 'risk.updated',
          subject,
          details: {
            key: created.key,
            train: 'north',
            changes: {
              title: { from: created.title, to: 'Payments API v2 retired' },
              impact: { from: 'medium', to: 'critical' },
              owner: { from: null, to: 'Olga' },
            },
          },
        },
        {
          actor: 'otter@example.test',
          action: 'risk.deleted',
          subject,
          details: { key: created.key, train: 'north', team: 'otters', pi: '26.4', title: 'Payments API v2 retired', impact: 'critical', roam: 'owned', owner: 'Olga' },
        },
      ]);
      expect(runtime.publisher.published).toEqual([NORTH, NORTH, NORTH, NORTH]);
    });

    it('an editor may not touch another team’s or the whole train’s risks (403), nor move their own there', async () => {
      await expect(createRisk(runtime, otterEditor, input({ teamSlug: 'badgers' }))).rejects.toMatchObject({ status: 403, message: "Editors may change only their own team's risks." });
      await expect(createRisk(runtime, otterEditor, input({ teamSlug: null }))).rejects.toMatchObject({
        status: 403,
        message: "Only admins may change the whole train's risks; editors change their own team's.",
      });
      const badgers = await createRisk(runtime, admin, input({ teamSlug: 'badgers' }));
      const train = await createRisk(runtime, admin, input({ teamSlug: null }));
      for (const id of [badgers.id, train.id]) {
        await expect(updateRisk(runtime, otterEditor, id, { roam: 'owned' })).rejects.toMatchObject({ status: 403 });
        await expect(deleteRisk(runtime, otterEditor, id)).rejects.toMatchObject({ status: 403 });
      }
      const own = await createRisk(runtime, otterEditor, input());
      await expect(updateRisk(runtime, otterEditor, own.id, { teamSlug: 'badgers' })).rejects.toMatchObject({ status: 403 });
      await expect(updateRisk(runtime, otterEditor, own.id, { teamSlug: null })).rejects.toMatchObject({ status: 403 });
      expect(await row(badgers.id)).toMatchObject({ roam: 'unroamed' });
      expect(await row(own.id)).toMatchObject({ team_id: north.teamId('otters') });
      expect((await audit()).map((a) => a.action)).toEqual(['risk.created', 'risk.created', 'risk.created']);
      expect(runtime.publisher.published).toHaveLength(3);
    });

    it('an editor without a team and a viewer may change nothing (403)', async () => {
      const teamless = await insertTeamUser(backend.db, 'editor', 'teamless@example.test');
      await expect(createRisk(runtime, teamless, input())).rejects.toMatchObject({ status: 403 });
      await expect(createRisk(runtime, viewer, input())).rejects.toMatchObject({ status: 403 });
      const created = await createRisk(runtime, admin, input());
      await expect(updateRisk(runtime, viewer, created.id, { roam: 'owned' })).rejects.toMatchObject({ status: 403 });
      await expect(deleteRisk(runtime, teamless, created.id)).rejects.toMatchObject({ status: 403 });
    });

    it('an admin adds the whole train’s risks, tied to no PI too, and moves risks between teams of the train only', async () => {
      const trainRisk = await createRisk(runtime, admin, input({ teamSlug: null, piId: null, impact: 'high', owner: 'Riley' }));
      expect(trainRisk).toMatchObject({ team: null, pi: null, impact: 'high', owner: 'Riley', editable: true });
      const moved = await updateRisk(runtime, admin, trainRisk.id, { teamSlug: 'badgers' });
      expect(moved.team).toEqual({ slug: 'badgers', name: 'Team badgers' });
      expect((await updateRisk(runtime, admin, trainRisk.id, { teamSlug: null })).team).toBeNull();
      await expect(updateRisk(runtime, admin, trainRisk.id, { teamSlug: 'pumas' })).rejects.toMatchObject({ status: 400, code: 'other_train' });
      await expect(createRisk(runtime, admin, input({ teamSlug: 'pumas' }))).rejects.toMatchObject({ status: 400, code: 'other_train' });
      await expect(createRisk(runtime, admin, input({ piId: south.piId }))).rejects.toMatchObject({ status: 400, code: 'unknown_pi' });
      await expect(createRisk(runtime, admin, input({ teamSlug: 'ghosts' }))).rejects.toMatchObject({ status: 400, code: 'unknown_team' });
      await expect(createRisk(runtime, admin, input({ trainSlug: 'nowhere' }))).rejects.toMatchObject({ status: 400, code: 'unknown_train' });
    });

    it('404 for a risk that does not exist', async () => {
      await expect(updateRisk(runtime, admin, 4242, { roam: 'owned' })).rejects.toEqual(new AdminError(404, 'not_found', 'There is no risk 4242.'));
      await expect(deleteRisk(runtime, admin, 4242)).rejects.toMatchObject({ status: 404 });
    });
  });

  describe('the page', () => {
    it('lists the shown PI’s risks and those tied to no PI by ROAM state, what needs work first; only own risks editable', async () => {
      const now = new Date('2026-10-20T10:00:00Z');
      const add = async (over: Record<string, unknown>, roam?: string) => {
        const created = await createRisk(runtime, admin, input(over), T0);
        return roam ? updateRisk(runtime, admin, created.id, { roam }, T0) : created;
      };
      const low = await add({ title: 'Low one', impact: 'low' });
      await add({ title: 'Critical one', impact: 'critical', teamSlug: 'badgers' });
      await add({ title: 'Tied to no PI', piId: null, teamSlug: null }, 'resolved');
      await add({ title: 'Owned one' }, 'owned');
      await add({ title: 'Of the previous PI', piId: previousPiId }, 'mitigated');

      const page = await loadRisksPage(runtime, otterEditor, {}, now);
      expect(page).toMatchObject({
        train: { slug: 'north', name: 'Train north' },
        pi: { id: north.piId, name: '26.4' },
        teams: [{ slug: 'otters', name: 'Team otters' }],
        wholeTrain: false,
        defaultTeam: 'otters',
      });
      expect(page.pis).toEqual([
        { id: north.piId, name: '26.4', current: true },
        { id: previousPiId, name: '26.3', current: false },
      ]);
      expect(page.groups.map((g) => [g.state, g.risks.map((r) => [r.title, r.editable])])).toEqual([
        ['unroamed', [['Critical one', false], ['Low one', true]]],
        ['owned', [['Owned one', true]]],
        ['resolved', [['Tied to no PI', false]]],
      ]);
      // Raised 6 October, seen on 20 October.
      expect(page.groups[0]!.risks[1]).toMatchObject({ id: low.id, ageDays: 14 });

      const adminPage = await loadRisksPage(runtime, admin, { pi: String(previousPiId) }, now);
      expect(adminPage).toMatchObject({ pi: { id: previousPiId, name: '26.3' }, wholeTrain: true, defaultTeam: null });
      expect(adminPage.teams.map((t) => t.slug)).toEqual(['badgers', 'otters']);
      expect(adminPage.groups.map((g) => [g.state, g.risks.map((r) => r.title)])).toEqual([
        ['mitigated', ['Of the previous PI']],
        ['resolved', ['Tied to no PI']],
      ]);
      expect((await loadRisksPage(runtime, admin, { train: 'south' }, now)).groups).toEqual([]);
      await expect(loadRisksPage(runtime, viewer, {})).rejects.toMatchObject({ status: 403 });
    });
  });

  describe('over HTTP', () => {
    const cookieFor = async (principal: UserPrincipal) => `sb_session=${(await createSession(backend.db, principal.userId)).token}`;

    it('201 for a good risk; 400 with field messages; 403 with its reason; 404 for an unknown id', async () => {
      const editor = await cookieFor(otterEditor);
      const created = await handleCreateRisk(request('/api/admin/risks', 'POST', input(), editor), runtime);
      expect(created.status).toBe(201);
      const { risk } = (await created.json()) as { risk: { id: number } };

      const invalid = await handleCreateRisk(request('/api/admin/risks', 'POST', input({ title: ' ', impact: 'huge', owner: 'x'.repeat(121) }), editor), runtime);
      expect(invalid.status).toBe(400);
      expect((await invalid.json()).issues).toEqual([
        { path: 'title', message: 'is required' },
        { path: 'impact', message: 'must be low, medium, high or critical' },
        { path: 'owner', message: 'must be 120 characters at most' },
      ]);
      const badRoam = await handleUpdateRisk(request(`/api/admin/risks/${risk.id}`, 'PATCH', { roam: 'ignored' }, editor), runtime, String(risk.id));
      expect((await badRoam.json()).issues).toEqual([{ path: 'roam', message: 'must be a ROAM state' }]);

      const other = await handleCreateRisk(request('/api/admin/risks', 'POST', input({ teamSlug: 'badgers' }), editor), runtime);
      expect(other.status).toBe(403);
      expect(await other.json()).toMatchObject({ message: "Editors may change only their own team's risks." });

      const owned = await handleUpdateRisk(request(`/api/admin/risks/${risk.id}`, 'PATCH', { roam: 'owned' }, editor), runtime, String(risk.id));
      expect(owned.status).toBe(200);
      expect((await owned.json()).risk).toMatchObject({ roam: 'owned' });

      expect((await handleUpdateRisk(request('/api/admin/risks/777', 'PATCH', { roam: 'owned' }, editor), runtime, '777')).status).toBe(404);
      expect((await handleDeleteRisk(request('/api/admin/risks/abc', 'DELETE', undefined, editor), runtime, 'abc')).status).toBe(404);
      expect((await handleDeleteRisk(request(`/api/admin/risks/${risk.id}`, 'DELETE', undefined, editor), runtime, String(risk.id))).status).toBe(200);
    });

    it('401 without a session, 403 for a viewer and for a cross-origin write; nothing stored', async () => {
      expect((await handleCreateRisk(request('/api/admin/risks', 'POST', input()), runtime)).status).toBe(401);
      expect((await handleCreateRisk(request('/api/admin/risks', 'POST', input(), await cookieFor(viewer)), runtime)).status).toBe(403);
      const crossOrigin = request('/api/admin/risks', 'POST', input(), await cookieFor(admin));
      crossOrigin.headers.set('origin', 'http://evil.example');
      expect((await handleCreateRisk(crossOrigin, runtime)).status).toBe(403);
      expect(await backend.db.selectFrom('risks').select('id').execute()).toEqual([]);
    });
  });
});
