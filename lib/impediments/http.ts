import { AdminError } from '../admin/errors';
import { adminHandler, readJson } from '../admin/http/respond';
import { requireRole } from '../auth/principal';
import { json } from '../http/json';
import type { Runtime } from '../runtime';
import { createImpediment, updateImpediment } from './service';

function impedimentId(raw: string): number {
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0 || id >= 2 ** 31) throw new AdminError(404, 'not_found', `There is no impediment ${raw}.`);
  return id;
}

/** POST /api/admin/impediments {trainSlug, teamSlug (null: whole train), title, owner?, description?, escalated?} → 201 {impediment} */
export function handleCreateImpediment(request: Request, runtime: Runtime): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => {
    requireRole(principal, 'editor');
    return json({ impediment: await createImpediment(runtime, principal, await readJson(request)) }, 201);
  });
}

/** PATCH /api/admin/impediments/[id] {teamSlug?, title?, owner?, description?, escalated?, resolved?} → {impediment} */
export function handleUpdateImpediment(request: Request, runtime: Runtime, id: string): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => {
    requireRole(principal, 'editor');
    return json({ impediment: await updateImpediment(runtime, principal, impedimentId(id), await readJson(request)) });
  });
}
