// Client-safe: the shape the dora panel draws. No server imports here.

export interface DoraRef {
  kind: 'dora';
  train: string;
}

/** DORA's performance clusters, best first (see math.ts for the thresholds and their source). */
export type DoraBand = 'elite' | 'high' | 'medium' | 'low';

/** One of the four metrics over the window: its value (null without data), its band, and its weekly trend. */
export interface DoraMetric {
  /** Deployments per day, seconds, or a share 0..1; null when the window has nothing to measure. */
  value: number | null;
  /** How many deployments or incidents the value rests on. */
  count: number;
  band: DoraBand | null;
  /** One value per week of `weeks` (null: nothing that week), oldest first. */
  trend: (number | null)[];
}

/** The four DORA metrics with their trends and bands. */
export interface DoraDto {
  kind: 'dora';
  key: string;
  train: { slug: string; name: string };
  /** ISO instant the loader ran. */
  asOf: string;
  /** The metrics cover [from, to): the last `days` days ending at asOf. */
  window: { from: string; to: string; days: number };
  /** The Mondays (train's zone) of the trend's weeks, oldest first; the last is the current, unfinished week. */
  weeks: string[];
  /** Successful production deployments per day; the trend counts them per week. */
  deploymentFrequency: DoraMetric;
  /** Median seconds from commit to successful production deployment. */
  leadTime: DoraMetric;
  /** Failed or rolled back production deployments over the finished ones (0..1); `failed` of `count`. */
  changeFailureRate: DoraMetric & { failed: number };
  /** Median seconds from an incident's start to its restore, over incidents restored in the window. */
  timeToRestore: DoraMetric;
}
