// Client-safe: displays and their schedules as the console shows and edits them.
import type { CadenceKind } from '../schedule/types';

export interface DisplaySummary {
  id: number;
  name: string;
  trainSlug: string;
  trainName: string;
  /** null: the train's first playlist by name (or every team's burndown when the train has none). */
  playlistId: number | null;
  playlistName: string | null;
  teamFilter: string | null;
  scheduleCount: number;
  createdAt: string;
  lastSeenAt: string | null;
}

/** A schedule rule as the console sends it (PUT /api/admin/displays/[id]/schedules {rules}). */
export interface ScheduleRuleInput {
  /** null with screenOff. */
  playlistId: number | null;
  screenOff: boolean;
  /** 0 = Sunday … 6 = Saturday, in the train's time zone. */
  weekdays: number[];
  /** Minutes after local midnight; start > end spans midnight (22:00–06:00). */
  startMinute: number;
  endMinute: number;
  cadence: CadenceKind | null;
}

export interface DisplayDetail extends DisplaySummary {
  timeZone: string;
  schedules: ScheduleRuleInput[];
  /** The train's playlists and teams, for the pickers. */
  playlists: { id: number; name: string }[];
  teams: { slug: string; name: string }[];
}

export interface TrainChoice {
  slug: string;
  name: string;
  playlists: { id: number; name: string }[];
  teams: { slug: string; name: string }[];
}

export const MAX_SCHEDULE_RULES = 50;
