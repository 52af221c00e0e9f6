// Client-safe: the shape the PI objectives and predictability component draws. No server imports here.

export interface ObjectivesRef {
  kind: 'objectives';
  train: string;
}

/**
 * Against SAFe's 80-100 % band: predictable in it, above it (uncommitted objectives achieved), below it; unrated
 * when objectives exist but none is rated yet; none when there are no objectives.
 */
export type PredictabilityState = 'predictable' | 'above' | 'below' | 'unrated' | 'none';

/** Business value (BV) sums; `rated` sums count only objectives rated so far. */
export interface TeamObjectives {
  slug: string;
  name: string;
  committed: {
    count: number;
    /** Planned BV of all committed objectives, rated or not. */
    planned: number;
    /** Planned BV of the rated committed objectives: what predictability divides by. */
    ratedPlanned: number;
    /** Actual BV of the committed objectives rated so far. */
    actual: number;
  };
  uncommitted: {
    count: number;
    /** Planned BV of all uncommitted objectives. */
    planned: number;
    /** Actual BV achieved by uncommitted objectives: it counts towards predictability. */
    achieved: number;
  };
  rated: number;
  total: number;
  /** Whole percent; null until something planned is rated. */
  percent: number | null;
  state: PredictabilityState;
}

export interface ObjectivesDto {
  kind: 'objectives';
  key: string;
  train: { slug: string; name: string };
  /** ISO instant the loader ran. */
  asOf: string;
  /** The train's current PI; null when it has none. */
  pi: null | { name: string; startDate: string; endDate: string };
  /** Every team of the train, by name. */
  teams: TeamObjectives[];
  /** The ART Predictability Measure: Σ actual BV / Σ planned BV over all teams (not a mean of percentages). */
  art: {
    percent: number | null;
    state: PredictabilityState;
    planned: number;
    actual: number;
    rated: number;
    total: number;
  };
  /** The train's uncommitted objectives, shown apart from the commitment. */
  uncommitted: { count: number; planned: number; achieved: number };
}
