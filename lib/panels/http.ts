import { json, problem } from '../http/json';
import type { Runtime } from '../runtime';
import { parsePanelKey } from './keys';

/** GET /api/v1/panels/:key: the panel's current data, the same DTO the server pushes after writes. */
export async function handlePanelRequest(runtime: Runtime, key: string): Promise<Response> {
  if (!parsePanelKey(key)) return problem(400, 'invalid_panel_key', `"${key}" is not a panel key.`);
  const data = await runtime.publisher.get(key);
  if (!data) return problem(404, 'panel_not_found', `No data for panel "${key}".`);
  return json(data);
}
