import { AdminError } from '../admin/errors';
import { adminHandler, readJson } from '../admin/http/respond';
import { requireRole } from '../auth/principal';
import { json } from '../http/json';
import type { Runtime } from '../runtime';
import { createObjective, deleteObjective, updateObjective } from './service';

function objectiveId(raw: string): number {
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0 || id >= 2 ** 31) throw new AdminError(404, 'not_found', `There is no objective ${raw}.`);
  return id;
}

/** POST /api/admin/objectives {piId, teamSlug, title, committed, plannedValue, actualValue?} → 201 {objective} */
export function handleCreateObjective(request: Request, runtime: Runtime): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => {
    requireRole(principal, 'editor');
    return json({ objective: await createObjective(runtime, principal, await readJson(request)) }, 201);
  });
}

/** PATCH /api/admin/objectives/[id] {teamSlug?, title?, committed?, plannedValue?, actualValue?} → {objective} */
export function handleUpdateObjective(request: Request, runtime: Runtime, id: string): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => {
    requireRole(principal, 'editor');
    return json({ objective: await updateObjective(runtime, principal, objectiveId(id), await readJson(request)) });
  });
}

/** DELETE /api/admin/objectives/[id] → {deleted: true} */
export function handleDeleteObjective(request: Request, runtime: Runtime, id: string): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => {
    requireRole(principal, 'editor');
    await deleteObjective(runtime, principal, objectiveId(id));
    return json({ deleted: true });
  });
}
