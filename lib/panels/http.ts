import { canReadPanel } from '../auth/panel-access';
import { principalTokens, resolvePrincipal } from '../auth/principal';
import { json, problem } from '../http/json';
import type { Runtime } from '../runtime';
import { parsePanelKey } from './keys';

/**
 * GET /api/v1/panels/:key: the panel's current data, the same DTO the server pushes after writes.
 * Readable by console users, by displays whose playlists show it, and by anyone for public walls.
 */
export async function handlePanelRequest(request: Request, runtime: Runtime, key: string): Promise<Response> {
  if (!parsePanelKey(key)) return problem(400, 'invalid_panel_key', `"${key}" is not a panel key.`);
  const principal = await resolvePrincipal(runtime.db, principalTokens(request.headers.get('cookie')));
  if (!(await canReadPanel(runtime, principal, key))) return problem(403, 'forbidden', `You may not read panel "${key}".`);
  const data = await runtime.publisher.get(key);
  if (!data) return problem(404, 'panel_not_found', `No data for panel "${key}".`);
  return json(data);
}
