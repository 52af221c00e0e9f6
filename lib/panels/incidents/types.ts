// Client-safe: the shape the incidents panel draws. No server imports here.

export interface IncidentsRef {
  kind: 'incidents';
  train: string;
}

/** Open production incidents, mean time to restore this PI, and who is on call now and next. */
export interface IncidentsDto {
  kind: 'incidents';
  key: string;
  train: { slug: string; name: string };
  /** ISO instant the loader ran. */
  asOf: string;
}
