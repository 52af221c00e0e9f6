// Client-safe: the shape the impediments panel draws. No server imports here.

export interface ImpedimentsRef {
  kind: 'impediments';
  train: string;
}

/** Open impediments per team, oldest first, opened vs resolved over the PI, average age. */
export interface ImpedimentsDto {
  kind: 'impediments';
  key: string;
  train: { slug: string; name: string };
  /** ISO instant the loader ran. */
  asOf: string;
}
