// Client-safe: the shape the burndown component draws. No server imports here.

export type BurndownMeasure = 'points' | 'hours';

export interface BurndownRef {
  kind: 'burndown';
  team: string;
  measure: BurndownMeasure;
}

/** Where the team stands against the ideal line today. */
export type BurndownPace = 'ahead' | 'on-track' | 'behind' | 'done' | 'no-work';

export interface BurndownDto {
  kind: 'burndown';
  key: string;
  team: { slug: string; name: string };
  train: { slug: string; name: string };
  measure: BurndownMeasure;
  /** null when the train has no iteration planned. */
  iteration: null | {
    number: number;
    /** What ingest events name the iteration by. */
    code: string;
    name: string;
    piName: string;
    startDate: string;
    endDate: string;
    dayNumber: number;
    workingDays: number;
  };
  /** "Start" then one label per working day. */
  labels: string[];
  ideal: number[];
  /** null for days still to come. */
  remaining: (number | null)[];
  remainingNow: number;
  scopeAtStart: number;
  scopeNow: number;
  /** The ideal line's value today. */
  idealNow: number;
  pace: BurndownPace;
  /** ISO instant the loader ran. */
  asOf: string;
}
