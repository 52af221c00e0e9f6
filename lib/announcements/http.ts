import { AdminError } from '../admin/errors';
import { adminHandler, readJson } from '../admin/http/respond';
import { requireRole } from '../auth/principal';
import { json } from '../http/json';
import type { Runtime } from '../runtime';
import { createAnnouncement, deleteAnnouncement, updateAnnouncement } from './service';

function announcementId(raw: string): number {
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0 || id >= 2 ** 31) throw new AdminError(404, 'not_found', `There is no announcement ${raw}.`);
  return id;
}

/** POST /api/admin/announcements {trainSlug, title, body} → 201 {announcement} */
export function handleCreateAnnouncement(request: Request, runtime: Runtime): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => {
    requireRole(principal, 'editor');
    return json({ announcement: await createAnnouncement(runtime, principal, await readJson(request)) }, 201);
  });
}

/** PATCH /api/admin/announcements/[id] {title?, body?} → {announcement} */
export function handleUpdateAnnouncement(request: Request, runtime: Runtime, id: string): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => {
    requireRole(principal, 'editor');
    return json({ announcement: await updateAnnouncement(runtime, principal, announcementId(id), await readJson(request)) });
  });
}

/** DELETE /api/admin/announcements/[id] → {deleted: true} */
export function handleDeleteAnnouncement(request: Request, runtime: Runtime, id: string): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => {
    requireRole(principal, 'editor');
    await deleteAnnouncement(runtime, principal, announcementId(id));
    return json({ deleted: true });
  });
}
