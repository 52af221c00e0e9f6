import { resolvePrincipal } from '../auth/principal';
import { loadDisplayConfig } from '../displays/config';
import type { DisplayConfig } from '../displays/types';
import type { PanelDto } from '../panels/types';
import type { Runtime } from '../runtime';
import { resolveActiveProgram } from '../schedule/resolve';

export type PairedDisplayModel =
  | { kind: 'pairing' }
  | {
      kind: 'wall';
      config: DisplayConfig;
      /** The active playlist's panels, as SWR's fallback: the first paint has data. */
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
  const fallback: Record<string, PanelDto> = {};
  await Promise.all(
    (playlist?.items ?? []).map(async (item) => {
      const data = await runtime.publisher.get(item.key);
      if (data) fallback[item.key] = data;
    }),
  );
  return { kind: 'wall', config, fallback, build: runtime.build };
}
