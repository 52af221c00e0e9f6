// Client-safe: the shape the burndown component draws. No server imports here.

export type BurndownMeasure = 'points' | 'hours';

export interface BurndownRef {
  kind: 'burndown';
  team: string;
  measure: BurndownMeasure;
}

/** Where the team stands against the ideal line today. */
export type BurndownPace = 'ahead' | 'on-track' | 'behind' | 'done' | 'no-work';

/** Work that joined and left the scope during one working day (point i is the end of working day i). */
export interface ScopeChange {
  point: number;
  added: number;
  removed: number;
}

export interface BurndownDto {
  kind: 'burndown';
  key: string;
  /** A team's work, or every team's work in the train ('train': team holds the train's slug and name). */
  scope: 'team' | 'train';
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
  /** Days after the start on which work joined or left the scope; only days with a change. */
  scopeChanges: ScopeChange[];
  pace: BurndownPace;
  /** ISO instant the loader ran. */
  asOf: string;
}

/** The whole train's burndown: every team's work in the current iteration, drawn by the same component. */
export interface TrainBurndownRef {
  kind: 'train-burndown';
  train: string;
  measure: BurndownMeasure;
}
