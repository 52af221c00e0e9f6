// Client-safe and pure: what a wall plays, and how its rotation moves. Tested in test/unit/wall-plan.test.ts.
import type { DisplayItem, DisplayModel, PlaylistEntry } from '@/lib/display/types';
import type { DisplayConfig } from '@/lib/displays/types';
import { panelKey } from '@/lib/panels/keys';
import { resolveActiveProgram } from '@/lib/schedule/resolve';

export type Program =
  | { kind: 'playlist'; id: string; name: string | null; items: PlaylistEntry[] }
  | { kind: 'screen-off'; id: string };

/** A wall's source of programs: a public wall's fixed playlist, or a paired display's configuration. */
export interface WallPlan {
  train: DisplayModel['train'];
  display: { id: number; name: string } | null;
  /** The configuration version; null for a public wall, whose playlist never changes while it runs. */
  version: string | null;
  /**
   * Every panel this wall can show, and its header strip's cadence: watched on the socket, revalidated on reconnect,
   * the only keys cached.
   */
  keys: string[];
  programAt(now: Date): Program;
}

export function planFromModel(model: DisplayModel): WallPlan {
  const program: Program = { kind: 'playlist', id: 'public', name: null, items: model.items };
  return { train: model.train, display: null, version: null, keys: wallKeys(model.train.slug, model.items), programAt: () => program };
}

export function planFromConfig(config: DisplayConfig): WallPlan {
  const items = Object.values(config.playlists).flatMap((playlist) => playlist.items);
  return {
    train: config.train,
    display: config.display,
    version: config.version,
    keys: wallKeys(config.train.slug, items),
    programAt(now) {
      const active = resolveActiveProgram(config, now);
      if (active.kind === 'screen-off') return { kind: 'screen-off', id: `off:${active.ruleId}` };
      const playlist = active.playlistId === null ? undefined : config.playlists[active.playlistId];
      return { kind: 'playlist', id: `playlist:${active.playlistId ?? 'none'}`, name: playlist?.name ?? null, items: playlist?.items ?? [] };
    },
  };
}

export interface RotationState {
  plan: WallPlan;
  /** A configuration received since the last boundary: it takes over at the next one. */
  pending: WallPlan | null;
  program: Program;
  index: number;
  /** Counts boundaries: each showing of a panel is a fresh mount. */
  step: number;
}

export type RotationAction = { type: 'boundary'; now: Date } | { type: 'config'; plan: WallPlan };

export function startRotation(plan: WallPlan, now: Date): RotationState {
  return { plan, pending: null, program: plan.programAt(now), index: 0, step: 0 };
}

export function rotate(state: RotationState, action: RotationAction): RotationState {
  if (action.type === 'config') {
    const known = state.pending?.version ?? state.plan.version;
    return action.plan.version === known ? state : { ...state, pending: action.plan };
  }
  const plan = state.pending ?? state.plan;
  const program = plan.programAt(action.now);
  const samePlaylist = program.kind === 'playlist' && program.id === state.program.id;
  const length = program.kind === 'playlist' ? program.items.length : 0;
  const index = samePlaylist && length > 0 ? (state.index + 1) % length : 0;
  return { plan, pending: null, program, index, step: state.step + 1 };
}

export function isPanel(item: PlaylistEntry): item is DisplayItem {
  return item.kind !== 'screen-off';
}

export function currentItem(state: RotationState): PlaylistEntry | undefined {
  return state.program.kind === 'playlist' ? state.program.items[state.index] : undefined;
}

/** How long until the next boundary: the item's time on screen, or a periodic look at the schedule when nothing rotates. */
export const IDLE_BOUNDARY_MS = 5_000;

export function boundaryDelayMs(state: RotationState): number {
  const item = currentItem(state);
  return item ? item.seconds * 1000 : IDLE_BOUNDARY_MS;
}

/** The key of the header strip every panel of the train's wall shows. */
export function cadenceKeyOf(train: string): string {
  return panelKey({ kind: 'cadence', train });
}

function wallKeys(train: string, items: PlaylistEntry[]): string[] {
  return unique([...items.filter(isPanel).map((item) => item.key), cadenceKeyOf(train)]);
}

function unique(keys: string[]): string[] {
  return keys.filter((key, i) => keys.indexOf(key) === i);
}
