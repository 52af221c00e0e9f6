import { adminHandler, readJson } from '../admin/http/respond';
import { requireRole } from '../auth/principal';
import { json } from '../http/json';
import type { Runtime } from '../runtime';
import { addCalendarEvent, listCalendar, removeCalendarEvent } from './service';

export function handleListCalendar(request: Request, runtime: Runtime): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => json({ events: await listCalendar(runtime, principal) }));
}

/** POST /api/admin/calendar {trainSlug, kind:'pi_planning'|'system_demo', title, startDate, endDate} → 201 {event} */
export function handleAddCalendarEvent(request: Request, runtime: Runtime): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => {
    requireRole(principal, 'editor');
    return json({ event: await addCalendarEvent(runtime, principal, await readJson(request)) }, 201);
  });
}

/** DELETE /api/admin/calendar {id} (or ?id=…) */
export function handleRemoveCalendarEvent(request: Request, runtime: Runtime): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => {
    requireRole(principal, 'editor');
    const fromQuery = new URL(request.url).searchParams.get('id');
    const body = fromQuery !== null ? { id: Number(fromQuery) } : await readJson(request);
    await removeCalendarEvent(runtime, principal, body);
    return json({ deleted: true });
  });
}
