import { adminHandler, readJson } from '../admin/http/respond';
import { requireRole } from '../auth/principal';
import { json } from '../http/json';
import type { Runtime } from '../runtime';
import { saveRotaWeek } from './service';

/** PUT /api/admin/on-call {trainSlug, week, handover, primary, primaryContact, secondary, secondaryContact} → {week} */
export function handleSaveRotaWeek(request: Request, runtime: Runtime): Promise<Response> {
  return adminHandler(runtime, request, async (principal) => {
    requireRole(principal, 'editor');
    return json({ week: await saveRotaWeek(runtime, principal, await readJson(request)) });
  });
}
