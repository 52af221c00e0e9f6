import { AdminError } from '../admin/errors';
import { adminHandler, readJson } from '../admin/http/respond';
import { requireRole } from '../auth/principal';
import { json } from '../http/json';
import type { Runtime } from '../runtime';
import { createEnvironment, createRelease, decideGate, deleteEnvironment, updateEnvironment, updateRelease } from './service';

function idOf(raw: string, what: string): number {
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0 || id >= 2 ** 31) throw new AdminError(404, 'not_found', `There is no ${what} ${raw}.`);
  return id;
}

/** POST /api/admin/releases {trainSlug, name, version, targetDate, major} → 201 {release} */
export function handleCreateRelease(request: Request, runtime: Runtime): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => {
    requireRole(principal, 'editor');
    return json({ release: await createRelease(runtime, principal, await readJson(request)) }, 201);
  });
}

/** PATCH /api/admin/releases/[id] {name?, version?, targetDate?, major?, released?: true, cancelled?: true} → {release} */
export function handleUpdateRelease(request: Request, runtime: Runtime, id: string): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => {
    requireRole(principal, 'editor');
    return json({ release: await updateRelease(runtime, principal, idOf(id, 'release'), await readJson(request)) });
  });
}

/** PUT /api/admin/releases/[id]/gates/[gate] {state, note?} → {release} */
export function handleDecideGate(request: Request, runtime: Runtime, id: string, gate: string): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => {
    requireRole(principal, 'editor');
    return json({ release: await decideGate(runtime, principal, idOf(id, 'release'), gate, await readJson(request)) });
  });
}

/** POST /api/admin/environments {trainSlug, key, name, production?} → 201 {environment} */
export function handleCreateEnvironment(request: Request, runtime: Runtime): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => {
    requireRole(principal, 'admin');
    return json({ environment: await createEnvironment(runtime, principal, await readJson(request)) }, 201);
  });
}

/** PATCH /api/admin/environments/[id] {name?, production?, move?: 'up' | 'down'} → {environment} */
export function handleUpdateEnvironment(request: Request, runtime: Runtime, id: string): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => {
    requireRole(principal, 'admin');
    return json({ environment: await updateEnvironment(runtime, principal, idOf(id, 'environment'), await readJson(request)) });
  });
}

/** DELETE /api/admin/environments/[id] → {deleted: true}; 409 environment_in_use while deployments name it. */
export function handleDeleteEnvironment(request: Request, runtime: Runtime, id: string): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => {
    requireRole(principal, 'admin');
    await deleteEnvironment(runtime, principal, idOf(id, 'environment'));
    return json({ deleted: true });
  });
}
