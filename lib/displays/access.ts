import type { Runtime } from '../runtime';
import { loadDisplayConfig } from './config';

/** Every panel a display may read: those of the playlists its configuration can show. */
export async function allowedPanelKeys(runtime: Runtime, displayId: number): Promise<Set<string>> {
  const config = await loadDisplayConfig(runtime, displayId);
  const keys = new Set<string>();
  if (!config) return keys;
  for (const playlist of Object.values(config.playlists)) for (const item of playlist.items) keys.add(item.key);
  return keys;
}
