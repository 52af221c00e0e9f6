// Client-safe: what a display page needs to run its rotation.
import type { RotatingPanelKind } from '../panels/keys';
import type { PanelDto } from '../panels/types';

export interface DisplayItem {
  key: string;
  kind: RotatingPanelKind;
  seconds: number;
}

/** A playlist's scheduled black screen (night mode, burn-in care): no panel, no data; the key is always 'screen-off'. */
export interface ScreenOffItem {
  key: 'screen-off';
  kind: 'screen-off';
  seconds: number;
}

/** One step of a paired display's playlist: a panel, or a stretch of black screen. */
export type PlaylistEntry = DisplayItem | ScreenOffItem;

export interface DisplayModel {
  train: { slug: string; name: string; timeZone: string };
  /** What the wall plays in turn; a playlist's screen-off stretch included. */
  items: PlaylistEntry[];
  /** Each panel's data (and the header's cadence) as the server rendered it: SWR's fallback, so the first paint has data. */
  fallback: Record<string, PanelDto>;
}
