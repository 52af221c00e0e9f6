// Client-safe: the shape the risks panel draws. No server imports here.

export interface RisksRef {
  kind: 'risks';
  train: string;
}

/** The ROAM board of the current PI's risks. */
export interface RisksDto {
  kind: 'risks';
  key: string;
  train: { slug: string; name: string };
  /** ISO instant the loader ran. */
  asOf: string;
}
