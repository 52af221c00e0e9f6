// Client-safe and pure: the arithmetic of the flow panel, kept out of SQL where it is about presentation.
import { addDays, isWorkingDay, type CalendarDate } from '../../time/calendar';
import type { TrendDirection } from './types';

const DAY_SECONDS = 86_400;

/**
 * Whole percentages of each count in the total that add up to exactly 100 (largest remainder: the parts that
 * lost the most to rounding down get the missing points, earlier ones first on a tie). All 0 when the total is 0.
 *   sharesOf([1, 1, 1]) → [34, 33, 33]
 */
export function sharesOf(counts: number[]): number[] {
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (total <= 0) return counts.map(() => 0);
  const exact = counts.map((n) => (n / total) * 100);
  const shares = exact.map(Math.floor);
  const missing = 100 - shares.reduce((sum, n) => sum + n, 0);
  const order = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (let i = 0; i < missing; i++) shares[order[i]!.index]! += 1;
  return shares;
}

/** part / whole as a whole percent; null when the whole is 0 (nothing to measure). */
export function percentOf(part: number, whole: number): number | null {
  if (!(whole > 0)) return null;
  return Math.round((part / whole) * 100);
}

/** Seconds as days to one decimal; null stays null. */
export function secondsToDays(seconds: number | null): number | null {
  if (seconds === null) return null;
  return Math.round((seconds / DAY_SECONDS) * 10) / 10;
}

/** "4.5 d", "9 d", or an en dash when there is nothing to show. */
export function formatDays(days: number | null): string {
  if (days === null) return '–';
  return `${Number.isInteger(days) ? days : days.toFixed(1)} d`;
}

/** "85 %", or an en dash when there is nothing to show. */
export function formatPercent(percent: number | null): string {
  return percent === null ? '–' : `${percent} %`;
}

/**
 * Which way a series moved from its first to its last value. A change of at most a tenth of the first value (and
 * never less than 1 item) is steady: a wall should not cry "rising" over one more story among fifty.
 *   trendDirection([10, 12, 14]) → 'rising' (14 − 10 = 4 > max(1, 1))
 */
export function trendDirection(values: number[]): TrendDirection {
  const first = values[0];
  const last = values[values.length - 1];
  if (first === undefined || last === undefined) return 'steady';
  const tolerance = Math.max(1, first / 10);
  if (last - first > tolerance) return 'rising';
  if (first - last > tolerance) return 'falling';
  return 'steady';
}

/** The words a trend direction is shown with, next to its icon. */
export const TREND_WORDS: Record<TrendDirection, { icon: string; word: string }> = {
  rising: { icon: '▲', word: 'Rising' },
  falling: { icon: '▼', word: 'Falling' },
  steady: { icon: '●', word: 'Steady' },
};

/** "1–3 d"-style labels of a histogram whose buckets end at these day counts; the last is open ("20+ d"). */
export function bucketLabels(upperDays: readonly number[]): string[] {
  const labels = upperDays.map((days, index) => (index === 0 ? `<${days}` : `${upperDays[index - 1]}–${days}`));
  const last = upperDays[upperDays.length - 1];
  return last === undefined ? ['all'] : [...labels, `${last}+`];
}

/** The `count` working days up to today (today included when it is one), oldest first. */
export function lastWorkingDays(today: CalendarDate, count: number): CalendarDate[] {
  const days: CalendarDate[] = [];
  for (let day = today; days.length < count; day = addDays(day, -1)) if (isWorkingDay(day)) days.unshift(day);
  return days;
}

/** "PI 26.4" whether the tracker names it "26.4" or "PI 26.4". */
export function piLabel(name: string): string {
  return /^pi\b/i.test(name) ? name : `PI ${name}`;
}
