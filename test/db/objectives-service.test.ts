import { beforeEach, describe, expect, it } from 'vitest';
import { AdminError } from '../../lib/admin/errors';
import { AuthError, type UserPrincipal } from '../../lib/auth/principal';
import { createSession } from '../../lib/auth/sessions';
import { handleCreateObjective, handleDeleteObjective, handleUpdateObjective } from '../../lib/objectives/http';
import { loadObjectivesPage } from '../../lib/objectives/page';
import { createObjective, deleteObjective, updateObjective } from '../../lib/objectives/service';
import { consoleRequest as request, insertNorthAndSouth, insertTeamUser } from '../support/console';
import { describeEachBackend } from '../support/databases';
import type { TrainFixture } from '../support/fixtures';
import { testRuntime, type TestRuntime } from '../support/runtime';

const NORTH_KEYS = ['objectives:north', 'flow:north'];

describeEachBackend('PI objectives in the console', (backend) => {
  let runtime: TestRuntime;
  let north: TrainFixture;
  let south: TrainFixture;
  let admin: UserPrincipal;
  let otterEditor: UserPrincipal;
  let viewer: UserPrincipal;


  const input = (over: Record<string, unknown> = {}) => ({
    piId: north.piId,
    teamSlug: 'otters',
    title: 'Checkout handles 2x Black Friday load',
    committed: true,
    plannedValue: 8,
    ...over,
  });
  const audit = () => backend.db.selectFrom('audit_log').select(['actor', 'action', 'subject', 'details']).orderBy('id').execute();
  const row = (id: number) => backend.db.selectFrom('pi_objectives').selectAll().where('id', '=', id).executeTakeFirst();

  beforeEach(async () => {
    runtime = testRuntime(backend);
    ({ north, south } = await insertNorthAndSouth(backend.db));
    admin = await insertTeamUser(backend.db, 'admin', 'rte@example.test');
    otterEditor = await insertTeamUser(backend.db, 'editor', 'otter@example.test', north.teamId('otters'));
    viewer = await insertTeamUser(backend.db, 'viewer', 'viewer@example.test');
  });

  describe('the service', () => {
    it('an editor adds, rates and deletes their own team’s objective; each write is audited and pushed', async () => {
      const created = await createObjective(runtime, otterEditor, input(), new Date('2026-10-06T08:00:00Z'));
      expect(created).toMatchObject({ teamSlug: 'otters', committed: true, plannedValue: 8, actualValue: null, changedAt: '2026-10-06T08:00:00.000Z' });
      expect(created.key).toMatch(/^console-[A-Za-z0-9_-]{12}$/);
      expect(await row(created.id)).toMatchObject({ team_id: north.teamId('otters'), pi_id: north.piId, planned_value: 8, actual_value: null });

      const rated = await updateObjective(runtime, otterEditor, created.id, { actualValue: 7 }, new Date('2026-12-10T15:00:00Z'));
      expect(rated).toMatchObject({ actualValue: 7, plannedValue: 8, title: input().title, changedAt: '2026-12-10T15:00:00.000Z' });

      await deleteObjective(runtime, otterEditor, created.id);
      expect(await row(created.id)).toBeUndefined();

      expect(await audit()).toEqual([
        {
          actor: 'otter@example.test',
          action: 'objective.created',
          subject: `objective ${created.id}`,
          details: { key: created.key, team: 'otters', pi: '26.4', title: input().title, committed: true, plannedValue: 8, actualValue: null },
        },
        {
          actor: 'otter@example.test',
          action: 'objective.updated',
          subject: `objective ${created.id}`,
          details: { key: created.key, team: 'otters', changes: { actualValue: { from: null, to: 7 } } },
        },
        {
          actor: 'otter@example.test',
          action: 'objective.deleted',
          subject: `objective ${created.id}`,
          details: { key: created.key, team: 'otters', title: input().title, committed: true, plannedValue: 8, actualValue: 7 },
        },
      ]);
      expect(runtime.publisher.published).toEqual([NORTH_KEYS, NORTH_KEYS, NORTH_KEYS]);
    });

    it('an editor may not touch another team’s objectives (403), nor move one there; nothing changes', async () => {
      await expect(createObjective(runtime, otterEditor, input({ teamSlug: 'badgers' }))).rejects.toMatchObject({ status: 403 });
      const badgers = await createObjective(runtime, admin, input({ teamSlug: 'badgers' }));
      await expect(updateObjective(runtime, otterEditor, badgers.id, { actualValue: 3 })).rejects.toMatchObject({ status: 403 });
      await expect(deleteObjective(runtime, otterEditor, badgers.id)).rejects.toMatchObject({ status: 403 });
      const own = await createObjective(runtime, otterEditor, input());
      await expect(updateObjective(runtime, otterEditor, own.id, { teamSlug: 'badgers' })).rejects.toBeInstanceOf(AuthError);
      expect(await row(badgers.id)).toMatchObject({ actual_value: null });
      expect(await row(own.id)).toMatchObject({ team_id: north.teamId('otters') });
      // Only the two creations were written.
      expect((await audit()).map((a) => a.action)).toEqual(['objective.created', 'objective.created']);
    });

    it('an editor without a team and a viewer may change nothing (403)', async () => {
      const teamless = await insertTeamUser(backend.db, 'editor', 'teamless@example.test');
      await expect(createObjective(runtime, teamless, input())).rejects.toMatchObject({ status: 403 });
      await expect(createObjective(runtime, viewer, input())).rejects.toMatchObject({ status: 403 });
      const created = await createObjective(runtime, admin, input());
      await expect(updateObjective(runtime, viewer, created.id, { actualValue: 3 })).rejects.toMatchObject({ status: 403 });
      await expect(deleteObjective(runtime, viewer, created.id)).rejects.toMatchObject({ status: 403 });
    });

    it('an admin edits any team, and moves an objective between teams of the train but not to another train', async () => {
      const created = await createObjective(runtime, admin, input({ actualValue: 8 }));
      const moved = await updateObjective(runtime, admin, created.id, { teamSlug: 'badgers', committed: false, title: '  Renamed  ' });
      expect(moved).toMatchObject({ teamSlug: 'badgers', committed: false, title: 'Renamed', actualValue: 8 });
      await expect(updateObjective(runtime, admin, created.id, { teamSlug: 'pumas' })).rejects.toMatchObject({ status: 400, code: 'other_train' });
      // A PI of another train is not the team's.
      await expect(createObjective(runtime, admin, input({ piId: south.piId }))).rejects.toMatchObject({ status: 400, code: 'unknown_pi' });
      await expect(createObjective(runtime, admin, input({ teamSlug: 'ghosts' }))).rejects.toMatchObject({ status: 400, code: 'unknown_team' });
    });

    it('404 for an objective that does not exist', async () => {
      await expect(updateObjective(runtime, admin, 4242, { actualValue: 1 })).rejects.toEqual(new AdminError(404, 'not_found', 'There is no objective 4242.'));
      await expect(deleteObjective(runtime, admin, 4242)).rejects.toMatchObject({ status: 404 });
    });
  });

  describe('the page', () => {
    it('shows the editor’s train and current PI, every team, and only their own team as editable', async () => {
      await createObjective(runtime, admin, input({ actualValue: 6 }));
      await createObjective(runtime, admin, input({ teamSlug: 'badgers', committed: false, plannedValue: 3, actualValue: 3 }));
      const page = await loadObjectivesPage(runtime, otterEditor, {}, new Date('2026-11-01T12:00:00Z'));
      expect(page.train).toEqual({ slug: 'north', name: 'Train north' });
      expect(page.pi).toMatchObject({ id: north.piId, name: '26.4', current: true });
      expect(page.editableTeams).toEqual([{ slug: 'otters', name: 'Team otters' }]);
      expect(page.teams.map((t) => [t.slug, t.editable, t.objectives.length, t.summary.percent])).toEqual([
        ['badgers', false, 1, null], // uncommitted only: no commitment to measure against
        ['otters', true, 1, 75], // 6 / 8 = 75 %
      ]);
      // Σ actual (6 + 3) / Σ planned (8) = 112.5 % → 113 %
      expect(page.art).toMatchObject({ percent: 113, state: 'above', planned: 8, actual: 9 });
      await expect(loadObjectivesPage(runtime, viewer, {})).rejects.toMatchObject({ status: 403 });
    });
  });

  describe('over HTTP', () => {
    const cookieFor = async (principal: UserPrincipal) => `sb_session=${(await createSession(backend.db, principal.userId)).token}`;

    it('201 for a good objective; 400 with field messages; 403 for another team; 404 for an unknown id', async () => {
      const editor = await cookieFor(otterEditor);
      const created = await handleCreateObjective(request('/api/admin/objectives', 'POST', input(), editor), runtime);
      expect(created.status).toBe(201);
      const { objective } = (await created.json()) as { objective: { id: number } };

      const invalid = await handleCreateObjective(request('/api/admin/objectives', 'POST', input({ title: ' ', plannedValue: 11, actualValue: 2.5 }), editor), runtime);
      expect(invalid.status).toBe(400);
      expect((await invalid.json()).issues).toEqual([
        { path: 'title', message: 'is required' },
        { path: 'plannedValue', message: 'must be from 1 to 10' },
        { path: 'actualValue', message: 'must be a whole number' },
      ]);
      const missing = await handleUpdateObjective(request(`/api/admin/objectives/${objective.id}`, 'PATCH', { plannedValue: null }, editor), runtime, String(objective.id));
      expect((await missing.json()).issues).toEqual([{ path: 'plannedValue', message: 'is required' }]);

      const other = await handleCreateObjective(request('/api/admin/objectives', 'POST', input({ teamSlug: 'badgers' }), editor), runtime);
      expect(other.status).toBe(403);

      const rated = await handleUpdateObjective(request(`/api/admin/objectives/${objective.id}`, 'PATCH', { actualValue: 0 }, editor), runtime, String(objective.id));
      expect(rated.status).toBe(200);
      expect((await rated.json()).objective).toMatchObject({ actualValue: 0 });

      expect((await handleUpdateObjective(request('/api/admin/objectives/777', 'PATCH', { actualValue: 1 }, editor), runtime, '777')).status).toBe(404);
      expect((await handleDeleteObjective(request('/api/admin/objectives/abc', 'DELETE', undefined, editor), runtime, 'abc')).status).toBe(404);
      expect((await handleDeleteObjective(request(`/api/admin/objectives/${objective.id}`, 'DELETE', undefined, editor), runtime, String(objective.id))).status).toBe(200);
    });

    it('401 without a session, 403 for a viewer and for a cross-origin write', async () => {
      expect((await handleCreateObjective(request('/api/admin/objectives', 'POST', input()), runtime)).status).toBe(401);
      const viewerCookie = await cookieFor(viewer);
      expect((await handleCreateObjective(request('/api/admin/objectives', 'POST', input(), viewerCookie), runtime)).status).toBe(403);
      const crossOrigin = request('/api/admin/objectives', 'POST', input(), await cookieFor(admin));
      crossOrigin.headers.set('origin', 'http://evil.example');
      expect((await handleCreateObjective(crossOrigin, runtime)).status).toBe(403);
      expect(await backend.db.selectFrom('pi_objectives').select('id').execute()).toEqual([]);
    });
  });
});
