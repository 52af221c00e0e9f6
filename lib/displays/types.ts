// Client-safe: what a paired display receives to run itself. Produced by lib/displays/config.ts.
import type { PlaylistEntry } from '../display/types';
import type { ScheduleRule, CadenceWindow } from '../schedule/types';

export interface PlaylistDto {
  id: number;
  name: string;
  /** Expanded for this display: team filter applied, one item per panel (or a screen-off stretch), each with its own duration. */
  items: PlaylistEntry[];
}

export interface DisplayConfig {
  display: { id: number; name: string };
  train: { slug: string; name: string; timeZone: string };
  /**
   * Shown when no schedule rule matches. loadDisplayConfig always sets it and it is always a key of `playlists`: the
   * display's own playlist, else its train's first playlist by name, else 0 (IMPLICIT_PLAYLIST_ID in
   * lib/displays/config.ts: every team's burndown, for a train without playlists).
   */
  defaultPlaylistId: number | null;
  playlists: Record<number, PlaylistDto>;
  /** In order: the first rule that matches the train's local time wins. */
  schedules: ScheduleRule[];
  /** PI planning days and IP iterations, for cadence-aware rules. */
  cadence: CadenceWindow[];
  /** Bumped by every change; the display applies a new config at its next rotation boundary. */
  version: string;
}
