// Client-safe: PI objectives as the console lists and edits them.
import type { ObjectivesDto, TeamObjectives } from '../panels/objectives/types';

export interface ObjectiveDto {
  id: number;
  /** From the feed, or "console-…" for objectives entered here. */
  key: string;
  teamSlug: string;
  title: string;
  committed: boolean;
  /** Business value, 1-10. */
  plannedValue: number;
  /** 0-10; null until rated at the system demo. */
  actualValue: number | null;
  changedAt: string;
}

export interface PiChoice {
  id: number;
  name: string;
  startDate: string;
  endDate: string;
  current: boolean;
}

export interface ObjectivesPageData {
  trains: { slug: string; name: string }[];
  /** null when there is no train at all. */
  train: { slug: string; name: string } | null;
  pis: PiChoice[];
  /** The PI shown; null when the train has none. */
  pi: PiChoice | null;
  /** Every team of the train with its objectives in the PI and its predictability. */
  teams: { slug: string; name: string; editable: boolean; summary: TeamObjectives; objectives: ObjectiveDto[] }[];
  art: ObjectivesDto['art'];
  /** Teams the user may add objectives to (editors: their own team only). */
  editableTeams: { slug: string; name: string }[];
}
