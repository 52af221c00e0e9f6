import { resolvePrincipal } from '../auth/principal';
import { loadDisplayConfig } from '../displays/config';
import type { DisplayConfig } from '../displays/types';
import { panelKey } from '../panels/keys';
import type { PanelDto } from '../panels/types';
import type { Runtime } from '../runtime';
import { resolveActiveProgram } from '../schedule/resolve';

export type PairedDisplayModel =
  | { kind: 'pairing' }
  | {
      kind: 'wall';
      config: DisplayConfig;
      /** The active playlist's panels and the header's cadence, as SWR's fallback: the first paint has data. */
      fallback: Record<string, PanelDto>;
      build: string;
    };

/** What /display shows for this device token: the display's wall, or the pairing screen when the token opens nothing. */
export async function loadPairedDisplay(runtime: Runtime, token: string | undefined, now = new Date()): Promise<PairedDisplayModel> {
  if (!token) return { kind: 'pairing' };
  const principal = await resolvePrincipal(runtime.db, { display: token }, now);
  if (principal.kind !== 'display') return { kind: 'pairing' };
  const config = await loadDisplayConfig(runtime, principal.displayId);
  if (!config) return { kind: 'pairing' };

  const program = resolveActiveProgram(config, now);
  const playlist = program.kind === 'playlist' && program.playlistId !== null ? config.playlists[program.playlistId] : undefined;
  // A dark screen shows no header either: nothing to load.
  const panels = (playlist?.items ?? []).flatMap((item) => (item.kind === 'screen-off' ? [] : [item.key]));
  const keys = panels.length === 0 ? [] : [...new Set([...panels, panelKey({ kind: 'cadence', train: config.train.slug })])];
  const fallback: Record<string, PanelDto> = {};
  await Promise.all(
    keys.map(async (key) => {
      const data = await runtime.publisher.get(key);
      if (data) fallback[key] = data;
    }),
  );
  return { kind: 'wall', config, fallback, build: runtime.build };
}
