// Client-safe pure helpers of the KPI tiles: the status rule, numbers as the wall writes them, the tile grid and
// the sparkline's geometry.
import type { KpiDirection, KpiStatus, KpiTrendPoint } from './types';

export interface KpiThresholds {
  direction: KpiDirection;
  target: number;
  warnAt: number;
}

/**
 * Green at or past the target, amber up to and including warnAt, red beyond it; mirrored when lower is better.
 * No value: none.
 */
export function kpiStatus(value: number | null, { direction, target, warnAt }: KpiThresholds): KpiStatus {
  if (value === null) return 'none';
  // Lower is better: the same rule on negated numbers.
  const sign = direction === 'higher' ? 1 : -1;
  if (sign * value >= sign * target) return 'on-target';
  if (sign * value >= sign * warnAt) return 'watch';
  return 'off-target';
}

/** Each status as an icon and a word: never colour alone. */
export const KPI_STATUS_LABEL: Record<KpiStatus, { icon: string; word: string }> = {
  'on-target': { icon: '✔', word: 'On target' },
  watch: { icon: '⚠', word: 'Watch' },
  'off-target': { icon: '✖', word: 'Off target' },
  none: { icon: '○', word: 'No value yet' },
};

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const twoDecimals = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const belowOne = new Intl.NumberFormat('en', { maximumSignificantDigits: 3 });

/**
 * A number for the wall, as short as its size allows without hiding what matters near a threshold:
 * 0.35, 3.14, 99.95, 123.5, 1,250, 12.5M. Negative numbers get a true minus sign.
 */
export function formatKpiNumber(value: number): string {
  const size = Math.abs(value);
  const format = size >= 1_000_000 ? compact : size >= 1000 ? whole : size >= 100 ? oneDecimal : size >= 1 ? twoDecimals : belowOne;
  const text = format.format(value);
  return text === '-0' ? '0' : text.replace('-', '−');
}

const CURRENCY = /^[€$£¥₹]/u;

/** A currency symbol goes before the number ("€k": € before, k after); any other unit after it. */
export function unitParts(unit: string): { before: string; after: string } {
  const trimmed = unit.trim();
  return CURRENCY.test(trimmed) ? { before: trimmed.slice(0, 1), after: trimmed.slice(1) } : { before: '', after: trimmed };
}

/** "99.2 %", "2 h", "€38.5k", "4.2/5", "1,250". */
export function formatKpiValue(value: number, unit: string): string {
  const { before, after } = unitParts(unit);
  const gap = after === '' || before !== '' || after.startsWith('/') ? '' : ' ';
  return `${before}${formatKpiNumber(value)}${gap}${after}`;
}

/** "Target ≥ 95 %", "Target ≤ 2 h". */
export function targetLabel({ direction, target }: KpiThresholds, unit: string): string {
  return `Target ${direction === 'higher' ? '≥' : '≤'} ${formatKpiValue(target, unit)}`;
}

/** Columns and rows for 1 to 12 tiles on a 16:9 wall: tiles stay wider than tall, rows never exceed three. */
export function tileGrid(count: number): { columns: number; rows: number } {
  if (count <= 3) return { columns: Math.max(1, count), rows: 1 };
  if (count === 4) return { columns: 2, rows: 2 };
  if (count <= 6) return { columns: 3, rows: 2 };
  if (count <= 8) return { columns: 4, rows: 2 };
  if (count === 9) return { columns: 3, rows: 3 };
  return { columns: 4, rows: 3 };
}

export interface SparklineBox {
  width: number;
  height: number;
  /** Kept free on every side, so that the line and its end dot are never cut. */
  pad: number;
}

export interface SparklineGeometry {
  /** Oldest first, in the box's coordinates (y grows downwards, as in SVG). */
  points: { x: number; y: number }[];
  /** Where the target's line runs; null without points. */
  targetY: number | null;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Places the trend in the box: x by day, from the first point's day at the left to today at the right (a KPI
 * not recorded lately ends short of the edge); y from the lowest to the highest of the values and the target, so
 * the target line is always in view. All values equal: a level line through the middle.
 */
export function sparklineGeometry(trend: KpiTrendPoint[], target: number, box: SparklineBox): SparklineGeometry {
  if (trend.length === 0) return { points: [], targetY: null };
  const first = trend[0]![0];
  const innerWidth = box.width - 2 * box.pad;
  const innerHeight = box.height - 2 * box.pad;
  const values = [...trend.map(([, value]) => value), target];
  const low = Math.min(...values);
  const high = Math.max(...values);
  const y = (value: number) => round(high === low ? box.height / 2 : box.pad + ((high - value) / (high - low)) * innerHeight);
  const x = (daysAgo: number) => round(first === 0 ? box.width - box.pad : box.pad + ((first - daysAgo) / first) * innerWidth);
  return { points: trend.map(([daysAgo, value]) => ({ x: x(daysAgo), y: y(value) })), targetY: y(target) };
}
