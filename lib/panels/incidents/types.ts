// Client-safe: the shape the incidents panel draws. No server imports here.

export interface IncidentsRef {
  kind: 'incidents';
  train: string;
}

/** P1 (most urgent) to P5. */
export type IncidentPriority = 1 | 2 | 3 | 4 | 5;

export interface OpenIncident {
  key: string;
  priority: IncidentPriority;
  title: string;
  service: string | null;
  /** The team's name; null for an incident of the whole train. */
  team: string | null;
  /** ISO instant: the wall counts "open for" from here with its own clock. */
  startedAt: string;
}

export type OnCallRoleName = 'primary' | 'secondary';

/** A shift of the rota: on call from startsAt until endsAt (exclusive), ISO instants. */
export interface OnCallShiftDto {
  person: string;
  contact: string | null;
  startsAt: string;
  endsAt: string;
}

/** Open production incidents, mean time to restore this PI, and who is on call now and next. */
export interface IncidentsDto {
  kind: 'incidents';
  key: string;
  train: { slug: string; name: string; timeZone: string };
  /** ISO instant the loader ran. */
  asOf: string;
  /** The train's current PI; null when it has none. */
  pi: null | { name: string; startDate: string; endDate: string };
  open: {
    total: number;
    /** P1 to P5, each with its count of open incidents (zeros included). */
    byPriority: { priority: IncidentPriority; count: number }[];
    /** The most urgent first (P1, then the oldest), at most a screenful; `total` counts them all. */
    incidents: OpenIncident[];
  };
  /** Mean time to restore over the incidents restored within the current PI's dates (train's zone). */
  mttr: { meanSeconds: number | null; count: number };
  /**
   * Per role, the shifts not over at asOf, by start (a few): the wall picks who is on call now and next with its
   * own clock, so the names stay right between fetches.
   */
  onCall: Record<OnCallRoleName, OnCallShiftDto[]>;
  /** The first instant after asOf at which a shift starts or ends: the wall fetches the key again from then. */
  changesAt: string | null;
}
