// Client-safe: the shape the flow metrics component draws. No server imports here.
import type { PredictabilityState } from '../objectives/types';

export interface FlowRef {
  kind: 'flow';
  train: string;
}

/** SAFe's flow distribution groups: stories, features, tasks and anything else are features. */
export type WorkType = 'features' | 'enablers' | 'defects' | 'risks';

/** Which way work in progress moved over the trend's days. */
export type TrendDirection = 'rising' | 'falling' | 'steady';

/** SAFe's six flow metrics of a train's current PI, all teams together. */
export interface FlowDto {
  kind: 'flow';
  key: string;
  train: { slug: string; name: string };
  /** ISO instant the loader ran. */
  asOf: string;
  /** The PI containing today (train's zone), else the latest started, else the next; null when the train has none. */
  pi: null | { name: string; startDate: string; endDate: string };
  /** The PI's work by type: every item planned into one of its iterations. */
  distribution: {
    total: number;
    /** Always the four types in this order; percents are whole and add up to 100 (or all 0 when total is 0). */
    types: { type: WorkType; count: number; percent: number }[];
  };
  /** Items (and their points) done in each iteration of the PI that has started. */
  velocity: {
    iterations: { number: number; name: string; items: number; points: number; finished: boolean }[];
    /** The last finished iteration, else the one under way; null before the PI's first iteration. */
    headline: null | { name: string; items: number; points: number; finished: boolean };
  };
  /** Flow time (done − started) of the items done in the PI, in days to one decimal. */
  time: {
    items: number;
    medianDays: number | null;
    p85Days: number | null;
    /** How many items took how long. */
    histogram: { label: string; count: number }[];
  };
  /** Work in progress (active or waiting). */
  load: {
    now: number;
    /** At the end of each of the last 10 working days; today's point is now. */
    trend: { label: string; count: number }[];
    direction: TrendDirection;
  };
  /** Active time over flow time of the items done in the PI: whole percent, null when none is done. */
  efficiency: { items: number; percent: number | null };
  /** The ART's predictability from PI objectives: Σ actual BV / Σ planned BV of rated objectives, whole percent. */
  predictability: {
    percent: number | null;
    state: PredictabilityState;
    rated: number;
    total: number;
    target: { low: number; high: number };
  };
}
