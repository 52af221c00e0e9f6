// Client-safe: the shape the quality panel draws. No server imports here.

export interface QualityRef {
  kind: 'quality';
  train: string;
}

export type QualitySeverity = 'critical' | 'high' | 'medium' | 'low';
export type FindingSource = 'sast' | 'dependency' | 'dast';

/** One sampled day of a trend (a calendar date in the train's zone) and its value; null: nothing known yet. */
export interface QualityTrendPoint {
  day: string;
  value: number | null;
}

export interface RepositoryBuilds {
  repository: string;
  /** The last finished main-line builds, oldest first. */
  marks: ('succeeded' | 'failed')[];
  /** How many of the newest builds share the newest's status. */
  streak: { status: 'succeeded' | 'failed'; count: number };
}

/** Is the product healthy: tests, coverage, defects, builds and security findings of the train. */
export interface QualityDto {
  kind: 'quality';
  key: string;
  train: { slug: string; name: string };
  /** ISO instant the loader ran. */
  asOf: string;
  /** The train's current PI, whose days the trends cover; null when it has none (then the last 10 weeks). */
  pi: null | { name: string; startDate: string; endDate: string };
  tests: {
    /** Passed / (passed + failed) over each suite's latest run, 0..1; null without any run. */
    passRate: number | null;
    passed: number;
    failed: number;
    skipped: number;
    suites: number;
    /** Suites whose latest run failed tests, by name. */
    failingSuites: string[];
    passRateTrend: QualityTrendPoint[];
    /** Automated tests (passed + failed + skipped of each suite's latest run) per sampled day. */
    countTrend: QualityTrendPoint[];
  };
  coverage: {
    /** Mean over components of their latest snapshot, in %; null without snapshots. */
    linePct: number | null;
    branchPct: number | null;
    targetPct: number | null;
    components: number;
    lineTrend: QualityTrendPoint[];
    branchTrend: QualityTrendPoint[];
  };
  defects: {
    open: number;
    bySeverity: { severity: QualitySeverity; count: number }[];
    /** Found in production and opened within the PI's dates. */
    escapedThisPi: number;
    openTrend: QualityTrendPoint[];
  };
  /** Main-line build health per repository, red ones first. */
  builds: RepositoryBuilds[];
  security: {
    open: number;
    bySeverity: { severity: QualitySeverity; count: number }[];
    bySource: { source: FindingSource; count: number }[];
    openTrend: QualityTrendPoint[];
  };
}
