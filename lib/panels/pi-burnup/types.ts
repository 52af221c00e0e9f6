// Client-safe: the shape the PI burnup component draws. No server imports here.

/** Points: story points of the PI's stories. Features: count of the PI's features and enablers. */
export type BurnupMeasure = 'points' | 'features';

export interface PiBurnupRef {
  kind: 'pi-burnup';
  train: string;
  measure: BurnupMeasure;
}

/** Where the forecast lands at the PI's end, as a share of the scope now (on track ≥ 85 %, at risk ≥ 60 %). */
export type BurnupOutlook = 'on-track' | 'at-risk' | 'off-track' | 'done' | 'no-scope' | 'not-started';

export interface PiBurnupDto {
  kind: 'pi-burnup';
  key: string;
  train: { slug: string; name: string };
  measure: BurnupMeasure;
  /** ISO instant the loader ran. */
  asOf: string;
  /** null when the train has no PI. */
  pi: null | {
    name: string;
    startDate: string;
    endDate: string;
    /** Iterations of the PI. */
    iterations: number;
    /** Iterations started so far (0 before the PI starts): the sample that is now. */
    nowIndex: number;
  };
  /** "Start", then one per iteration ("It 1", ..., "IP"): the state at its end, or now for the current one. */
  labels: string[];
  /** Done at each sample; null for iterations to come. */
  completed: (number | null)[];
  /** Everything in scope at each sample; null for iterations to come. */
  scope: (number | null)[];
  /** null before now; from the completed value now to the projection at the PI's end. */
  forecast: (number | null)[];
  completedNow: number;
  scopeNow: number;
  /** The forecast at the PI's end. */
  forecastEnd: number;
  /** forecastEnd as a share of scopeNow, 0-100. */
  percent: number;
  outlook: BurnupOutlook;
  /** The outlook as the wall says it, e.g. "on track: 92 % by PI end". */
  words: string;
}
