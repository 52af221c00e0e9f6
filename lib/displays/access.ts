import { panelKey } from '../panels/keys';
import type { Runtime } from '../runtime';
import { loadDisplayConfig } from './config';

/** Every panel a display may read: those of the playlists its configuration can show, and its own train's cadence (the header). */
export async function allowedPanelKeys(runtime: Runtime, displayId: number): Promise<Set<string>> {
  const config = await loadDisplayConfig(runtime, displayId);
  const keys = new Set<string>();
  if (!config) return keys;
  for (const playlist of Object.values(config.playlists)) for (const item of playlist.items) if (item.kind !== 'screen-off') keys.add(item.key);
  keys.add(panelKey({ kind: 'cadence', train: config.train.slug }));
  return keys;
}
