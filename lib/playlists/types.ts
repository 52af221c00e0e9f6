// Client-safe: playlists as the console shows and edits them.
import type { BurndownMeasure } from '../panels/burndown/types';

export type PlaylistItemKind = 'burndown' | 'screen-off';

export interface PlaylistItemInput {
  kind: PlaylistItemKind;
  /** burndown: team (absent: one panel per team of the train) and measure (absent: points). */
  params: { team?: string; measure?: BurndownMeasure };
  seconds: number;
}

export interface PlaylistSummary {
  id: number;
  name: string;
  trainSlug: string;
  trainName: string;
  itemCount: number;
  displayCount: number;
  updatedAt: string;
}

export interface PlaylistDetail {
  id: number;
  name: string;
  trainSlug: string;
  trainName: string;
  items: PlaylistItemInput[];
  /** The train's teams, for the item editor's team picker. */
  teams: { slug: string; name: string }[];
  updatedAt: string;
}

export const MIN_ITEM_SECONDS = 3;
export const MAX_ITEM_SECONDS = 3600;
export const MAX_PLAYLIST_ITEMS = 100;
