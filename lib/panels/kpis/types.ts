// Client-safe: the shape the kpis panel draws. No server imports here.

export interface KpisRef {
  kind: 'kpis';
  train: string;
}

/** The train's KPI tiles. */
export interface KpisDto {
  kind: 'kpis';
  key: string;
  train: { slug: string; name: string };
  /** ISO instant the loader ran. */
  asOf: string;
}
