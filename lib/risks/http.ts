import { AdminError } from '../admin/errors';
import { adminHandler, readJson } from '../admin/http/respond';
import { requireRole } from '../auth/principal';
import { json } from '../http/json';
import type { Runtime } from '../runtime';
import { createRisk, deleteRisk, updateRisk } from './service';

function riskId(raw: string): number {
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0 || id >= 2 ** 31) throw new AdminError(404, 'not_found', `There is no risk ${raw}.`);
  return id;
}

/** POST /api/admin/risks {trainSlug, teamSlug|null, piId|null, title, impact?, owner?, description?} → 201 {risk} */
export function handleCreateRisk(request: Request, runtime: Runtime): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => {
    requireRole(principal, 'editor');
    return json({ risk: await createRisk(runtime, principal, await readJson(request)) }, 201);
  });
}

/** PATCH /api/admin/risks/[id] {teamSlug?, title?, impact?, owner?, description?, roam?} → {risk} */
export function handleUpdateRisk(request: Request, runtime: Runtime, id: string): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => {
    requireRole(principal, 'editor');
    return json({ risk: await updateRisk(runtime, principal, riskId(id), await readJson(request)) });
  });
}

/** DELETE /api/admin/risks/[id] → {deleted: true} */
export function handleDeleteRisk(request: Request, runtime: Runtime, id: string): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => {
    requireRole(principal, 'editor');
    await deleteRisk(runtime, principal, riskId(id));
    return json({ deleted: true });
  });
}
