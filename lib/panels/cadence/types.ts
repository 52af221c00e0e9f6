// Client-safe: what the wall's header strip shows on every panel: train, PI, iteration, day X of Y, next event.

export interface CadenceRef {
  kind: 'cadence';
  train: string;
}

export type CadenceEntryKind = 'pi_planning' | 'system_demo';

/** A PI planning or system demo on the train's calendar; dates are calendar dates in the train's zone. */
export interface CadenceEntry {
  kind: CadenceEntryKind;
  title: string;
  startDate: string;
  endDate: string;
}

export interface CadenceIteration {
  number: number;
  name: string;
  kind: 'regular' | 'ip';
  startDate: string;
  endDate: string;
  /** Monday to Friday from start to end: "day X of Y" counts these. */
  workingDays: string[];
}

export interface CadenceDto {
  kind: 'cadence';
  key: string;
  train: { slug: string; name: string; timeZone: string };
  /** ISO instant the loader ran. */
  asOf: string;
  /** The PI holding today in the train's zone, else the next one; null when none is planned. */
  pi: null | { name: string; startDate: string; endDate: string };
  /** The PI's latest started iteration, else its next; null without a PI or iterations. */
  iteration: CadenceIteration | null;
  /** The next PI planning and system demo entries starting today or later, soonest first (a few, not all). */
  upcoming: CadenceEntry[];
  /**
   * The first date after the loader's today on which this data goes out of date (an iteration or PI starts, the PI
   * ends, an entry passes); the wall fetches the key again from then. null: nothing planned changes it.
   */
  changesOn: string | null;
}
