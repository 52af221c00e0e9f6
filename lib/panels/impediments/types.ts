// Client-safe: the shape the impediments panel draws. No server imports here.

export interface ImpedimentsRef {
  kind: 'impediments';
  train: string;
}

/** An open impediment as the wall lists it. */
export interface OpenImpediment {
  key: string;
  title: string;
  /** The team's name; null for the train's own impediment. */
  team: string | null;
  owner: string | null;
  escalated: boolean;
  /** Calendar days since it was opened, in the train's time zone (0: opened today). */
  ageDays: number;
}

/** Open impediments of one team, or of the train itself (slug null, name "Train"). */
export interface TeamOpenCount {
  slug: string | null;
  name: string;
  open: number;
}

/** One week of the PI (from its start date, in the train's zone): impediments opened and resolved in it. */
export interface TrendWeek {
  /** 1 for the PI's first week. */
  number: number;
  startDate: string;
  opened: number;
  resolved: number;
  /** Holds today. */
  current: boolean;
  /** Starts after today: nothing has happened in it yet. */
  future: boolean;
}

/** Open impediments per team, oldest first, opened vs resolved over the PI, average age. */
export interface ImpedimentsDto {
  kind: 'impediments';
  key: string;
  train: { slug: string; name: string };
  /** ISO instant the loader ran. */
  asOf: string;
  /** The train's current PI; null when it has none (the trend is then empty, the open list is not). */
  pi: null | { name: string; startDate: string; endDate: string };
  open: {
    total: number;
    escalated: number;
    /** Mean age of the open ones in days, one decimal; null when none is open. */
    averageAgeDays: number | null;
  };
  /** Every team of the train and the train itself, most open first, then by name. */
  teams: TeamOpenCount[];
  /** The oldest open impediments, oldest first; at most OLDEST_LIMIT (open.total says how many there are). */
  oldest: OpenImpediment[];
  /** Every week of the current PI; empty without one. */
  trend: TrendWeek[];
}
