import { AdminError } from '../admin/errors';
import { adminHandler, readJson } from '../admin/http/respond';
import { requireRole } from '../auth/principal';
import { json } from '../http/json';
import type { Runtime } from '../runtime';
import { createKpi, deleteKpi, recordKpiValue, updateKpi } from './service';

function kpiId(raw: string): number {
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0 || id >= 2 ** 31) throw new AdminError(404, 'not_found', `There is no KPI ${raw}.`);
  return id;
}

/** POST /api/admin/kpis {trainSlug, name, key?, unit, direction, target, warnAt, position} → 201 {kpi} */
export function handleCreateKpi(request: Request, runtime: Runtime): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => {
    requireRole(principal, 'admin');
    return json({ kpi: await createKpi(runtime, principal, await readJson(request)) }, 201);
  });
}

/** PATCH /api/admin/kpis/[id] {name?, unit?, direction?, target?, warnAt?, position?} → {kpi} */
export function handleUpdateKpi(request: Request, runtime: Runtime, id: string): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => {
    requireRole(principal, 'admin');
    return json({ kpi: await updateKpi(runtime, principal, kpiId(id), await readJson(request)) });
  });
}

/** DELETE /api/admin/kpis/[id] → {deleted: true}; its values go with it. */
export function handleDeleteKpi(request: Request, runtime: Runtime, id: string): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => {
    requireRole(principal, 'admin');
    await deleteKpi(runtime, principal, kpiId(id));
    return json({ deleted: true });
  });
}

/** POST /api/admin/kpis/[id]/values {value} → 201 {kpi}: a value observed now. */
export function handleRecordKpiValue(request: Request, runtime: Runtime, id: string): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => {
    requireRole(principal, 'admin');
    return json({ kpi: await recordKpiValue(runtime, principal, kpiId(id), await readJson(request)) }, 201);
  });
}
