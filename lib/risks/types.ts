// Client-safe: ROAM risks as the console lists and edits them.
import type { RiskImpact, RoamState } from '../panels/risks/types';

export interface RiskDto {
  id: number;
  /** From the feed, or "console-…" for risks entered here. */
  key: string;
  title: string;
  description: string | null;
  owner: string | null;
  impact: RiskImpact;
  roam: RoamState;
  /** null: the whole train's risk. */
  team: { slug: string; name: string } | null;
  /** null: not tied to a PI. */
  pi: { id: number; name: string } | null;
  raisedAt: string;
  changedAt: string;
  /** Whole days since raised, in the train's zone. */
  ageDays: number;
  /** The signed-in user may change it. */
  editable: boolean;
}

export interface RisksPageData {
  trains: { slug: string; name: string }[];
  /** null when there is no train at all. */
  train: { slug: string; name: string } | null;
  /** The train's PIs, newest first; `current` marks the one its wall shows. */
  pis: { id: number; name: string; current: boolean }[];
  /** The PI whose risks are listed (with those tied to no PI); null when the train has none. */
  pi: { id: number; name: string } | null;
  /** By ROAM state, what still needs work first (unroamed, owned, mitigated, accepted, resolved); empty states left out. */
  groups: { state: RoamState; risks: RiskDto[] }[];
  /** Teams the user may add risks to: editors only their own. */
  teams: { slug: string; name: string }[];
  /** Admins (the RTE) may add risks of the whole train (no team). */
  wholeTrain: boolean;
  /** The team the quick-add form starts on: the user's own when they may use it, null for the whole train. */
  defaultTeam: string | null;
}
