// Client-safe: playlists as the console shows and edits them.
import type { BurndownMeasure } from '../panels/burndown/types';
import type { BurnupMeasure } from '../panels/pi-burnup/types';

/** One playlist item as stored and edited (lib/playlists/schema.ts validates it). */
export type PlaylistItemInput =
  | {
      kind: 'burndown';
      /** team: that team's; neither team nor scope 'train': one panel per team; scope 'train': the whole train's. */
      params: { team?: string; measure?: BurndownMeasure; scope?: 'teams' | 'train' };
      seconds: number;
    }
  | { kind: 'pi-burnup'; params: { measure?: BurnupMeasure }; seconds: number }
  | { kind: 'announcement'; params: { id: number }; seconds: number }
  | { kind: 'objectives' | 'flow' | 'impediments' | 'risks' | 'incidents' | 'kpis' | 'releases' | 'dora' | 'quality' | 'screen-off'; params: Record<string, never>; seconds: number };

export type PlaylistItemKind = PlaylistItemInput['kind'];

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
  /** The train's announcements, for the item editor's announcement picker. */
  announcements: { id: number; title: string }[];
  updatedAt: string;
}

export const MIN_ITEM_SECONDS = 3;
export const MAX_ITEM_SECONDS = 3600;
export const MAX_PLAYLIST_ITEMS = 100;
