// Client-safe: the shape the kpis panel draws. No server imports here.

export interface KpisRef {
  kind: 'kpis';
  train: string;
}

export type KpiDirection = 'higher' | 'lower';

/** Green, amber, red against the KPI's target and warn threshold; none while it has no value. */
export type KpiStatus = 'on-target' | 'watch' | 'off-target' | 'none';

/** The last value of one day in the train's zone; daysAgo 0 is today. A pair: a tile may carry 90 of them. */
export type KpiTrendPoint = [daysAgo: number, value: number];

export interface KpiTile {
  key: string;
  name: string;
  /** As typed in the console, e.g. "%", "h", "€k"; may be empty. */
  unit: string;
  direction: KpiDirection;
  target: number;
  /** Amber from the target up to here; past it, red. */
  warnAt: number;
  /** The latest value; null when none was recorded yet. */
  value: number | null;
  /** ISO instant of the latest value. */
  observedAt: string | null;
  status: KpiStatus;
  /** Oldest first: one point per day that has a value, over the last KPI_TREND_DAYS days. */
  trend: KpiTrendPoint[];
}

/** The train's KPI tiles. */
export interface KpisDto {
  kind: 'kpis';
  key: string;
  train: { slug: string; name: string };
  /** ISO instant the loader ran. */
  asOf: string;
  /** By position, then name; at most MAX_KPI_TILES. */
  tiles: KpiTile[];
  /** Days the sparklines cover, today included. */
  trendDays: number;
}

/** A wall shows at most this many tiles; the console refuses a 13th KPI. */
export const MAX_KPI_TILES = 12;
/** Each sparkline covers this many days, today included. */
export const KPI_TREND_DAYS = 90;
