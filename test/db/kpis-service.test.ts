import { beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { AdminError } from '../../lib/admin/errors';
import type { UserPrincipal } from '../../lib/auth/principal';
import { createSession } from '../../lib/auth/sessions';
import { handleCreateKpi, handleRecordKpiValue, handleUpdateKpi } from '../../lib/kpis/http';
import { createKpi, deleteKpi, loadKpisPage, recordKpiValue, updateKpi } from '../../lib/kpis/service';
import { loadKpis } from '../../lib/panels/kpis/loader';
import { consoleRequest as request, insertNorthAndSouth } from '../support/console';
import { describeEachBackend } from '../support/databases';
import { insertUserPrincipal } from '../support/principals';
import { testRuntime, type TestRuntime } from '../support/runtime';


/** The field problems of a refusal, as the console's forms receive them. */
async function issuesOf(promise: Promise<unknown>): Promise<{ path: string; message: string }[]> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ZodError);
  return (error as ZodError).issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describeEachBackend('KPIs in the console', (backend) => {
  let runtime: TestRuntime;
  let admin: UserPrincipal;
  let editor: UserPrincipal;
  let viewer: UserPrincipal;

  const uptime = (over: Record<string, unknown> = {}) => ({
    trainSlug: 'north',
    name: 'Uptime %',
    unit: '%',
    direction: 'higher',
    target: 99.9,
    warnAt: 99.5,
    position: 2,
    ...over,
  });
  const audit = () => backend.db.selectFrom('audit_log').select(['actor', 'action', 'subject', 'details']).orderBy('id').execute();
  const kpiRows = () => backend.db.selectFrom('kpis').select(['key', 'name', 'target', 'warn_at', 'direction']).orderBy('id').execute();
  const valueRows = () => backend.db.selectFrom('kpi_values').select(['kpi_id', 'observed_at', 'value']).orderBy('observed_at').execute();

  beforeEach(async () => {
    runtime = testRuntime(backend);
    await insertNorthAndSouth(backend.db, ['otters']);
    admin = await insertUserPrincipal(backend.db, 'admin', 'rte@example.test');
    editor = await insertUserPrincipal(backend.db, 'editor', 'sm@example.test');
    viewer = await insertUserPrincipal(backend.db, 'viewer', 'viewer@example.test');
  });

  describe('the service', () => {
    it('an admin defines, edits, records a value and deletes a KPI; each write is audited and moves the train’s tiles', async () => {
      const created = await createKpi(runtime, admin, uptime(), new Date('2026-11-10T08:00:00Z'));
      expect(created).toMatchObject({ trainSlug: 'north', key: 'uptime', name: 'Uptime %', unit: '%', direction: 'higher', target: 99.9, warnAt: 99.5, position: 2, value: null, status: 'none' });

      const edited = await updateKpi(runtime, admin, created.id, { name: 'Uptime', target: 99.95 });
      expect(edited).toMatchObject({ key: 'uptime', name: 'Uptime', target: 99.95, warnAt: 99.5 });

      const at = new Date('2026-11-10T09:15:00Z');
      const recorded = await recordKpiValue(runtime, admin, created.id, { value: 99.7 }, at);
      expect(recorded).toMatchObject({ value: 99.7, observedAt: at.toISOString(), status: 'watch' });
      expect(await valueRows()).toEqual([{ kpi_id: created.id, observed_at: at, value: 99.7 }]);
      // The same instant again replaces the value.
      await recordKpiValue(runtime, admin, created.id, { value: 99.96 }, at);
      expect(await valueRows()).toEqual([{ kpi_id: created.id, observed_at: at, value: 99.96 }]);
      const tile = (await loadKpis(backend.db, { kind: 'kpis', train: 'north' }, new Date('2026-11-10T10:00:00Z')))!.tiles[0];
      expect(tile).toMatchObject({ name: 'Uptime', value: 99.96, status: 'on-target' });

      await deleteKpi(runtime, admin, created.id);
      expect(await kpiRows()).toEqual([]);
      expect(await valueRows()).toEqual([]);

      const subject = `kpi ${created.id}`;
      expect(await audit()).toEqual([
        {
          actor: 'rte@example.test',
          action: 'kpi.created',
          subject,
          details: { train: 'north', key: 'uptime', name: 'Uptime %', unit: '%', direction: 'higher', target: 99.9, warnAt: 99.5, position: 2 },
        },
        { actor: 'rte@example.test', action: 'kpi.updated', subject, details: { train: 'north', key: 'uptime', changes: { name: { from: 'Uptime %', to: 'Uptime' }, target: { from: 99.9, to: 99.95 } } } },
        { actor: 'rte@example.test', action: 'kpi.value_recorded', subject, details: { train: 'north', key: 'uptime', value: 99.7, observedAt: at.toISOString() } },
        { actor: 'rte@example.test', action: 'kpi.value_recorded', subject, details: { train: 'north', key: 'uptime', value: 99.96, observedAt: at.toISOString() } },
        {
          actor: 'rte@example.test',
          action: 'kpi.deleted',
          subject,
          details: { train: 'north', key: 'uptime', name: 'Uptime', unit: '%', direction: 'higher', target: 99.95, warnAt: 99.5, values: 1 },
        },
      ]);
      expect(runtime.publisher.published).toEqual(Array.from({ length: 5 }, () => ['kpis:north']));
    });

    it('editors and viewers may change nothing and not open the page (403)', async () => {
      const created = await createKpi(runtime, admin, uptime());
      for (const who of [editor, viewer]) {
        await expect(createKpi(runtime, who, uptime({ name: 'Other' }))).rejects.toMatchObject({ status: 403 });
        await expect(updateKpi(runtime, who, created.id, { target: 1 })).rejects.toMatchObject({ status: 403 });
        await expect(recordKpiValue(runtime, who, created.id, { value: 1 })).rejects.toMatchObject({ status: 403 });
        await expect(deleteKpi(runtime, who, created.id)).rejects.toMatchObject({ status: 403 });
        await expect(loadKpisPage(runtime, who, {})).rejects.toMatchObject({ status: 403 });
      }
      expect(await kpiRows()).toHaveLength(1);
      expect(await valueRows()).toEqual([]);
      expect((await audit()).map((a) => a.action)).toEqual(['kpi.created']);
      expect(runtime.publisher.published).toHaveLength(1);
    });

    it('the amber threshold must lie on the bad side of the target, as it will be after an edit', async () => {
      expect(await issuesOf(createKpi(runtime, admin, uptime({ warnAt: 99.95 })))).toEqual([
        { path: 'warnAt', message: 'must be at or below the target (99.9) when higher is better' },
      ]);
      expect(await issuesOf(createKpi(runtime, admin, uptime({ name: 'Lead time', direction: 'lower', target: 10, warnAt: 8 })))).toEqual([
        { path: 'warnAt', message: 'must be at or above the target (10) when lower is better' },
      ]);
      const created = await createKpi(runtime, admin, uptime());
      // Turning it to lower-is-better alone leaves 99.5 below the target 99.9.
      expect(await issuesOf(updateKpi(runtime, admin, created.id, { direction: 'lower' }))).toEqual([
        { path: 'warnAt', message: 'must be at or above the target (99.9) when lower is better' },
      ]);
      expect(await issuesOf(updateKpi(runtime, admin, created.id, { target: 99 }))).toEqual([
        { path: 'warnAt', message: 'must be at or below the target (99) when higher is better' },
      ]);
      const turned = await updateKpi(runtime, admin, created.id, { direction: 'lower', target: 0.1, warnAt: 0.5 });
      expect(turned).toMatchObject({ direction: 'lower', target: 0.1, warnAt: 0.5 });
      // The key is fixed: feeds name the KPI by it.
      expect(await issuesOf(updateKpi(runtime, admin, created.id, { key: 'other' }))).toContainEqual({ path: '', message: 'Unrecognized key: "key"' });
      expect(await kpiRows()).toEqual([{ key: 'uptime', name: 'Uptime %', target: 0.1, warn_at: 0.5, direction: 'lower' }]);
    });

    it('keys: made from the name when blank, unique within the train, and the same key may serve another train', async () => {
      await createKpi(runtime, admin, uptime({ key: '' }));
      expect(await issuesOf(createKpi(runtime, admin, uptime({ name: 'Uptime' })))).toEqual([{ path: 'key', message: 'is already the key of another KPI of Train north' }]);
      expect(await issuesOf(createKpi(runtime, admin, uptime({ name: 'Up', key: 'Up Time' })))).toEqual([
        { path: 'key', message: 'must be lowercase letters, digits and dashes, e.g. "uptime"' },
      ]);
      expect(await createKpi(runtime, admin, uptime({ trainSlug: 'south' }))).toMatchObject({ trainSlug: 'south', key: 'uptime' });
      await expect(createKpi(runtime, admin, uptime({ trainSlug: 'ghost' }))).rejects.toMatchObject({ status: 400, code: 'unknown_train' });
    });

    it('a train has at most 12 KPIs', async () => {
      for (let i = 1; i <= 12; i++) await createKpi(runtime, admin, uptime({ name: `KPI ${i}` }));
      await expect(createKpi(runtime, admin, uptime({ name: 'KPI 13' }))).rejects.toEqual(
        new AdminError(409, 'too_many_kpis', 'A train has at most 12 KPIs, one tile each on the wall: delete one before adding another.'),
      );
      expect(await kpiRows()).toHaveLength(12);
      // Another train has its own twelve.
      expect(await createKpi(runtime, admin, uptime({ trainSlug: 'south', name: 'KPI 13' }))).toMatchObject({ key: 'kpi-13' });
    });

    it('404 for a KPI that does not exist', async () => {
      await expect(updateKpi(runtime, admin, 4242, { target: 1 })).rejects.toEqual(new AdminError(404, 'not_found', 'There is no KPI 4242.'));
      await expect(recordKpiValue(runtime, admin, 4242, { value: 1 })).rejects.toMatchObject({ status: 404 });
      await expect(deleteKpi(runtime, admin, 4242)).rejects.toMatchObject({ status: 404 });
    });

    it('the page lists the chosen train’s KPIs by position with their latest values', async () => {
      const a = await createKpi(runtime, admin, uptime({ position: 2 }));
      await createKpi(runtime, admin, uptime({ name: 'Lead time', unit: 'days', direction: 'lower', target: 10, warnAt: 14, position: 1 }));
      await createKpi(runtime, admin, uptime({ trainSlug: 'south', name: 'South only' }));
      await recordKpiValue(runtime, admin, a.id, { value: 99.2 }, new Date('2026-11-10T09:00:00Z'));
      const page = await loadKpisPage(runtime, admin, {}, new Date('2026-11-10T10:00:00Z'));
      expect(page.trains).toEqual([
        { slug: 'north', name: 'Train north' },
        { slug: 'south', name: 'Train south' },
      ]);
      expect(page.train).toEqual({ slug: 'north', name: 'Train north' });
      expect(page.max).toBe(12);
      expect(page.kpis.map((k) => [k.key, k.value, k.status])).toEqual([
        ['lead-time', null, 'none'],
        ['uptime', 99.2, 'off-target'],
      ]);
      expect((await loadKpisPage(runtime, admin, { train: 'south' })).kpis.map((k) => k.key)).toEqual(['south-only']);
      expect((await loadKpisPage(runtime, admin, { train: 'ghost' })).train).toEqual({ slug: 'north', name: 'Train north' });
    });
  });

  describe('over HTTP', () => {
    const cookieFor = async (principal: UserPrincipal) => `sb_session=${(await createSession(backend.db, principal.userId)).token}`;

    it('201 for a good KPI and a value; 400 naming the fields; 403 for an editor; 404 for an unknown id', async () => {
      const cookie = await cookieFor(admin);
      const created = await handleCreateKpi(request('/api/admin/kpis', 'POST', uptime(), cookie), runtime);
      expect(created.status).toBe(201);
      const { kpi } = (await created.json()) as { kpi: { id: number } };

      const invalid = await handleCreateKpi(request('/api/admin/kpis', 'POST', uptime({ name: ' ', direction: 'sideways', target: null, warnAt: 'high' }), cookie), runtime);
      expect(invalid.status).toBe(400);
      expect((await invalid.json()).issues).toEqual([
        { path: 'name', message: 'is required' },
        { path: 'direction', message: 'must be higher or lower' },
        { path: 'target', message: 'is required' },
        { path: 'warnAt', message: 'must be a number' },
      ]);
      const wrongSide = await handleUpdateKpi(request(`/api/admin/kpis/${kpi.id}`, 'PATCH', { warnAt: 100 }, cookie), runtime, String(kpi.id));
      expect(wrongSide.status).toBe(400);
      expect((await wrongSide.json()).issues).toEqual([{ path: 'warnAt', message: 'must be at or below the target (99.9) when higher is better' }]);

      const value = await handleRecordKpiValue(request(`/api/admin/kpis/${kpi.id}/values`, 'POST', { value: 99.91 }, cookie), runtime, String(kpi.id));
      expect(value.status).toBe(201);
      expect((await value.json()).kpi).toMatchObject({ value: 99.91, status: 'on-target' });

      const asEditor = await handleCreateKpi(request('/api/admin/kpis', 'POST', uptime({ name: 'Other' }), await cookieFor(editor)), runtime);
      expect(asEditor.status).toBe(403);
      expect((await handleUpdateKpi(request('/api/admin/kpis/777', 'PATCH', { target: 1 }, cookie), runtime, '777')).status).toBe(404);
      expect((await handleRecordKpiValue(request('/api/admin/kpis/abc/values', 'POST', { value: 1 }, cookie), runtime, 'abc')).status).toBe(404);
    });
  });
});
