import { beforeEach, describe, expect, it } from 'vitest';
import type { UserPrincipal } from '../../lib/auth/principal';
import { createSession } from '../../lib/auth/sessions';
import { handleDecideGate, handleDeleteEnvironment } from '../../lib/releases/http';
import {
  createEnvironment,
  createRelease,
  decideGate,
  deleteEnvironment,
  loadReleasesPage,
  updateEnvironment,
  updateRelease,
} from '../../lib/releases/service';
import { consoleRequest as request, insertNorthAndSouth, insertTeamUser } from '../support/console';
import { describeEachBackend } from '../support/databases';
import type { TrainFixture } from '../support/fixtures';
import { testRuntime, type TestRuntime } from '../support/runtime';

const BOARD = ['releases:north'];
const BOARD_AND_DORA = ['releases:north', 'dora:north'];
const T0 = new Date('2026-11-24T09:00:00Z');
const T1 = new Date('2026-11-24T10:00:00Z');

describeEachBackend('Releases in the console', (backend) => {
  let runtime: TestRuntime;
  let north: TrainFixture;
  let admin: UserPrincipal;
  let editor: UserPrincipal;
  let viewer: UserPrincipal;

  const audit = () => backend.db.selectFrom('audit_log').select(['actor', 'action', 'subject', 'details']).orderBy('id').execute();
  const input = (over: Record<string, unknown> = {}) => ({ trainSlug: 'north', name: 'Payments', version: '2.4.0', targetDate: '2026-11-27', ...over });

  beforeEach(async () => {
    runtime = testRuntime(backend);
    ({ north } = await insertNorthAndSouth(backend.db));
    admin = await insertTeamUser(backend.db, 'admin', 'rte@example.test');
    editor = await insertTeamUser(backend.db, 'editor', 'sm@example.test', north.teamId('otters'));
    viewer = await insertTeamUser(backend.db, 'viewer', 'viewer@example.test');
  });

  describe('releases and gates', () => {
    it('an editor adds a release (planned on its first target), moves its target (it slips), and marks it released; audited and pushed', async () => {
      const created = await createRelease(runtime, editor, input({ major: true }), T0);
      expect(created).toMatchObject({ name: 'Payments', version: '2.4.0', major: true, plannedDate: '2026-11-27', targetDate: '2026-11-27', releasedAt: null, cancelled: false });
      expect(created.key).toMatch(/^console-[0-9a-f]{12}$/);
      expect(created.gates.map((g) => g.state)).toEqual(['pending', 'pending', 'pending', 'pending', 'pending']);

      const moved = await updateRelease(runtime, editor, created.id, { targetDate: '2026-12-02' }, T1);
      expect(moved).toMatchObject({ plannedDate: '2026-11-27', targetDate: '2026-12-02' });
      const released = await updateRelease(runtime, editor, created.id, { released: true }, T1);
      expect(released.releasedAt).toBe(T1.toISOString());
      expect(runtime.publisher.published).toEqual([BOARD, BOARD, BOARD]);
      expect((await audit()).map((a) => [a.actor, a.action, a.subject])).toEqual([
        ['sm@example.test', 'release.created', `release ${created.id}`],
        ['sm@example.test', 'release.updated', `release ${created.id}`],
        ['sm@example.test', 'release.updated', `release ${created.id}`],
      ]);
      expect((await audit())[1]!.details).toMatchObject({ from: { targetDate: '2026-11-27' }, to: { targetDate: '2026-12-02' } });
    });

    it('a gate decision carries the signed-in user’s name and now; back to pending clears both; the ATO of a minor release stays not needed', async () => {
      const created = await createRelease(runtime, editor, input(), T0);
      const rejected = await decideGate(runtime, editor, created.id, 'security_review', { state: 'rejected', note: 'Open CVE' }, T1);
      expect(rejected.gates[1]).toEqual({ gate: 'security_review', state: 'rejected', decidedBy: 'The editor', decidedAt: T1.toISOString(), note: 'Open CVE' });
      expect(rejected.gates[2]).toMatchObject({ gate: 'ato', state: 'not_needed' });
      const pending = await decideGate(runtime, admin, created.id, 'security_review', { state: 'pending' }, T1);
      expect(pending.gates[1]).toEqual({ gate: 'security_review', state: 'pending', decidedBy: null, decidedAt: null, note: null });
      expect(runtime.publisher.published).toEqual([BOARD, BOARD, BOARD]);
      expect((await audit()).slice(1).map((a) => [a.actor, a.action, a.details])).toEqual([
        ['sm@example.test', 'release_gate.decided', { train: 'north', key: created.key, gate: 'security_review', state: 'rejected', note: 'Open CVE' }],
        ['rte@example.test', 'release_gate.decided', { train: 'north', key: created.key, gate: 'security_review', state: 'pending', note: null }],
      ]);
      // A console decision is newer than a feed's older one.
      expect(await backend.db.selectFrom('release_gates').select('changed_at').executeTakeFirstOrThrow()).toEqual({ changed_at: T1 });
    });

    it('viewers change nothing; unknown releases, gates and trains are refused', async () => {
      const created = await createRelease(runtime, admin, input(), T0);
      await expect(createRelease(runtime, viewer, input())).rejects.toMatchObject({ status: 403 });
      await expect(decideGate(runtime, viewer, created.id, 'qa_signoff', { state: 'approved' })).rejects.toMatchObject({ status: 403 });
      await expect(updateRelease(runtime, viewer, created.id, { cancelled: true })).rejects.toMatchObject({ status: 403 });
      await expect(decideGate(runtime, editor, created.id, 'coffee', { state: 'approved' })).rejects.toMatchObject({ status: 404 });
      await expect(decideGate(runtime, editor, 9999, 'qa_signoff', { state: 'approved' })).rejects.toMatchObject({ status: 404 });
      await expect(createRelease(runtime, editor, input({ trainSlug: 'nowhere' }))).rejects.toMatchObject({ status: 400, code: 'unknown_train' });
      await expect(loadReleasesPage(runtime, viewer, {})).rejects.toMatchObject({ status: 403 });
      expect(runtime.publisher.published).toEqual([BOARD]);
    });

    it('the page lists upcoming releases first, then released and cancelled ones', async () => {
      const later = await createRelease(runtime, editor, input({ name: 'Later', targetDate: '2026-12-10' }), T0);
      const sooner = await createRelease(runtime, editor, input({ name: 'Sooner', targetDate: '2026-11-25' }), T0);
      const out = await createRelease(runtime, editor, input({ name: 'Out', targetDate: '2026-11-20' }), T0);
      await updateRelease(runtime, editor, out.id, { released: true }, T1);
      const page = await loadReleasesPage(runtime, editor, {});
      expect(page.train).toEqual({ slug: 'north', name: 'Train north' });
      expect(page.releases.map((r) => r.id)).toEqual([sooner.id, later.id, out.id]);
      expect(page.mayEditEnvironments).toBe(false);
      expect((await loadReleasesPage(runtime, admin, {})).mayEditEnvironments).toBe(true);
    });

    it('over HTTP: one tap decides a gate (200), a bad state names the field (400), no session is 401', async () => {
      const created = await createRelease(runtime, editor, input(), T0);
      const cookie = `sb_session=${(await createSession(backend.db, editor.userId)).token}`;
      const url = `/api/admin/releases/${created.id}/gates/qa_signoff`;
      const ok = await handleDecideGate(request(url, 'PUT', { state: 'approved' }, cookie), runtime, String(created.id), 'qa_signoff');
      expect(ok.status).toBe(200);
      expect(((await ok.json()) as { release: { gates: { state: string }[] } }).release.gates[3]!.state).toBe('approved');
      const bad = await handleDecideGate(request(url, 'PUT', { state: 'maybe' }, cookie), runtime, String(created.id), 'qa_signoff');
      expect(bad.status).toBe(400);
      expect(JSON.stringify(await bad.json())).toContain('state');
      expect((await handleDecideGate(request(url, 'PUT', { state: 'approved' }), runtime, String(created.id), 'qa_signoff')).status).toBe(401);
    });
  });

  describe('environments', () => {
    const order = async () => (await loadReleasesPage(runtime, admin, {})).environments.map((e) => e.key);

    it('an admin adds, renames, flags and moves environments; each change is audited and moves the board and DORA', async () => {
      for (const key of ['dev', 'staging', 'production']) await createEnvironment(runtime, admin, { trainSlug: 'north', key, name: key.toUpperCase() });
      const test = await createEnvironment(runtime, admin, { trainSlug: 'north', key: 'test', name: 'Test' });
      expect(await order()).toEqual(['dev', 'staging', 'production', 'test']);
      await updateEnvironment(runtime, admin, test.id, { move: 'up' });
      await updateEnvironment(runtime, admin, test.id, { move: 'up' });
      expect(await order()).toEqual(['dev', 'test', 'staging', 'production']);
      // Moving the first one further left changes nothing.
      const dev = (await loadReleasesPage(runtime, admin, {})).environments[0]!;
      await updateEnvironment(runtime, admin, dev.id, { move: 'up' });
      expect(await order()).toEqual(['dev', 'test', 'staging', 'production']);
      const renamed = await updateEnvironment(runtime, admin, test.id, { name: 'QA', production: false });
      expect(renamed).toEqual({ id: test.id, key: 'test', name: 'QA', production: false });
      await expect(createEnvironment(runtime, admin, { trainSlug: 'north', key: 'dev', name: 'Again' })).rejects.toMatchObject({ status: 409, code: 'environment_taken' });
      expect(runtime.publisher.published).toEqual(Array.from({ length: 8 }, () => BOARD_AND_DORA));
      expect((await audit()).map((a) => a.action)).toEqual([...Array(4).fill('environment.created'), ...Array(4).fill('environment.updated')]);
    });

    it('editors may not change environments', async () => {
      await expect(createEnvironment(runtime, editor, { trainSlug: 'north', key: 'dev', name: 'Dev' })).rejects.toMatchObject({ status: 403 });
      const dev = await createEnvironment(runtime, admin, { trainSlug: 'north', key: 'dev', name: 'Dev' });
      await expect(updateEnvironment(runtime, editor, dev.id, { name: 'X' })).rejects.toMatchObject({ status: 403 });
      await expect(deleteEnvironment(runtime, editor, dev.id)).rejects.toMatchObject({ status: 403 });
    });

    it('deleting an environment that deployments name is refused with a clear message; an unused one goes', async () => {
      const staging = await createEnvironment(runtime, admin, { trainSlug: 'north', key: 'staging', name: 'Staging' });
      const spare = await createEnvironment(runtime, admin, { trainSlug: 'north', key: 'spare', name: 'Spare' });
      await backend.db
        .insertInto('deployments')
        .values({ key: 'd1', train_id: north.trainId, environment_id: staging.id, version: '2.4.0', status: 'succeeded', deployed_at: T0, changed_at: T0 })
        .execute();
      const cookie = `sb_session=${(await createSession(backend.db, admin.userId)).token}`;
      const refused = await handleDeleteEnvironment(request(`/api/admin/environments/${staging.id}`, 'DELETE', undefined, cookie), runtime, String(staging.id));
      expect(refused.status).toBe(409);
      expect(JSON.stringify(await refused.json())).toContain('Staging has 1 deployment: they are the history the board and DORA show');
      await deleteEnvironment(runtime, admin, spare.id);
      expect(await order()).toEqual(['staging']);
      expect((await audit()).at(-1)).toMatchObject({ action: 'environment.deleted', details: { train: 'north', key: 'spare', name: 'Spare' } });
    });
  });
});
