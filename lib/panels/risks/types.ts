// Client-safe: the shape the risks panel draws. No server imports here.
import type { RiskImpact, RoamState } from '../../../db/schema';

export type { RiskImpact, RoamState };

export interface RisksRef {
  kind: 'risks';
  train: string;
}

/** One risk as the board lists it. */
export interface RiskItem {
  key: string;
  title: string;
  impact: RiskImpact;
  /** null: nobody owns it yet. */
  owner: string | null;
  /** The team's name; null for the whole train's risks. */
  team: string | null;
  /** Whole days since it was raised, in the train's time zone (0: raised today). */
  ageDays: number;
}

/** The risks in one ROAM state: how many, and the first few by impact then age. */
export interface RoamGroup {
  state: RoamState;
  count: number;
  /** The top items, at most as many as fit; `more` counts the rest. */
  items: RiskItem[];
  more: number;
}

/** The ROAM board of the current PI's risks. */
export interface RisksDto {
  kind: 'risks';
  key: string;
  train: { slug: string; name: string };
  /** ISO instant the loader ran. */
  asOf: string;
  /** The current PI; null when the train has none (the board then holds only risks not tied to a PI). */
  pi: null | { name: string; startDate: string; endDate: string };
  /** Every risk on the board. */
  total: number;
  /** Not yet ROAMed: what the RTE must act on. */
  unroamed: RoamGroup;
  /** Resolved, Owned, Accepted, Mitigated, in that order (the 2x2 board). */
  quadrants: RoamGroup[];
}
