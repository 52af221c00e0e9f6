import { z } from 'zod';
import type { Runtime } from '../../runtime';
import { newUserSchema, userChangesSchema } from '../schemas';
import { createUser, listUsers, revokeUserSessions, updateUser } from '../users';
import { adminHandler, json, readJson } from './respond';

const idSchema = z.coerce.number().int().positive();

/** GET /api/admin/users → {users} (admin). */
export function handleListUsers(runtime: Runtime, request: Request): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => json({ users: await listUsers(runtime.db, principal) }));
}

/** POST /api/admin/users {email, name, password, role, teamSlug?} → 201 {user} (admin). */
export function handleCreateUser(runtime: Runtime, request: Request): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => {
    const input = newUserSchema.parse(await readJson(request));
    const { id } = await createUser(runtime.db, principal, input);
    const user = (await listUsers(runtime.db, principal)).find((u) => u.id === id);
    return json({ user }, 201);
  });
}

/**
 * PATCH /api/admin/users/[id] {role?, disabled?, name?, teamSlug?, password?, currentPassword?} → {updated: id}.
 * Anyone may change their own name and password (with currentPassword); everything else needs an admin.
 */
export function handleUpdateUser(runtime: Runtime, request: Request, rawId: string): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => {
    const id = idSchema.parse(rawId);
    const changes = userChangesSchema.parse(await readJson(request));
    await updateUser(runtime.db, principal, id, changes);
    return json({ updated: id });
  });
}

/** POST /api/admin/users/[id]/revoke-sessions → {revoked: n} (admin). */
export function handleRevokeUserSessions(runtime: Runtime, request: Request, rawId: string): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => {
    const id = idSchema.parse(rawId);
    return json({ revoked: await revokeUserSessions(runtime.db, principal, id) });
  });
}
