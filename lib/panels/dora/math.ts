import type { DoraBand } from './types';

// Client-safe pure helpers of the DORA panel: the performance bands and how values read on the wall.
//
// Bands: the software delivery performance levels of the 2023 Accelerate State of DevOps Report (DORA, Google
// Cloud, https://dora.dev/research/2023/dora-report/), the last report with four levels:
//
//   level   deployment frequency               lead time for changes     change failure rate   time to restore
//   elite   on demand (multiple per day)       less than one day         5 %                   less than one hour
//   high    once per day - once per week       one day - one week        10 %                  less than one day
//   medium  once per week - once per month     one week - one month      15 %                  one day - one week
//   low     once per week - once per month     one week - one month      64 %                  one month - six months
//
// The report describes each level by its typical values, so they overlap or leave gaps; here each level starts
// where the better one ends, and a value exactly on an edge belongs to the better level:
//   frequency: elite >= 1 per day, high >= 1 per week, medium >= 1 per month (30 days), low below (the report's
//     low equals its medium; "less often than monthly" is the only reading that separates them);
//   lead time: elite < 1 day, high < 1 week, medium < 1 month (30 days), low from a month;
//   change failure rate: elite <= 5 %, high <= 10 %, medium <= 15 %, low above (the report's values as upper limits);
//   time to restore: elite < 1 hour, high < 1 day, medium < 1 week, low from a week.

export const DORA_BANDS: DoraBand[] = ['elite', 'high', 'medium', 'low'];

const HOUR = 3600;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
/** A month, for the bands and "per month": 30 days. */
export const MONTH_DAYS = 30;

/** Band of a deployment frequency in successful production deployments per day; null without any. */
export function deploymentFrequencyBand(perDay: number | null): DoraBand | null {
  if (perDay === null || perDay <= 0) return null;
  if (perDay >= 1) return 'elite';
  if (perDay >= 1 / 7) return 'high';
  if (perDay >= 1 / MONTH_DAYS) return 'medium';
  return 'low';
}

/** Band of a median lead time for changes in seconds; null without one. */
export function leadTimeBand(seconds: number | null): DoraBand | null {
  if (seconds === null) return null;
  if (seconds < DAY) return 'elite';
  if (seconds < WEEK) return 'high';
  if (seconds < MONTH_DAYS * DAY) return 'medium';
  return 'low';
}

/** Band of a change failure rate (0..1); null when no production deployment finished. */
export function changeFailureRateBand(rate: number | null): DoraBand | null {
  if (rate === null) return null;
  // Compared in whole tenths of a percent, so 1/20 is exactly 5 % and not a float's hair above it.
  const permille = Math.round(rate * 1000);
  if (permille <= 50) return 'elite';
  if (permille <= 100) return 'high';
  if (permille <= 150) return 'medium';
  return 'low';
}

/** Band of a median time to restore service in seconds; null when no incident was restored. */
export function timeToRestoreBand(seconds: number | null): DoraBand | null {
  if (seconds === null) return null;
  if (seconds < HOUR) return 'elite';
  if (seconds < DAY) return 'high';
  if (seconds < WEEK) return 'medium';
  return 'low';
}

/** Deployments per day over a window of `days` days; null when there were none. */
export function perDay(count: number, days: number): number | null {
  return count > 0 && days > 0 ? count / days : null;
}

/** Failed over finished deployments; null when none finished. */
export function failureRate(failed: number, finished: number): number | null {
  return finished > 0 ? failed / finished : null;
}

/** A figure as the wall prints it: the number big, its unit beside it. */
export interface Reading {
  value: string;
  unit: string;
}

/** One decimal below 10, whole numbers from 10; never a trailing ".0": 3.24 → "3.2", 4.0 → "4", 12.6 → "13". */
export function shortNumber(n: number): string {
  return n >= 10 ? String(Math.round(n)) : String(Math.round(n * 10) / 10);
}

/**
 * A deployment rate in the largest unit that reads as at least one: 3.2 → "3.2 per day", 4/7 → "4 per week",
 * 1/30 → "1 per month". Rounding never turns a rate below one per unit into "1 per" it.
 */
export function frequencyReading(perDayRate: number | null): Reading {
  if (perDayRate === null || perDayRate <= 0) return { value: '0', unit: 'in 30 days' };
  if (perDayRate >= 1) return { value: shortNumber(perDayRate), unit: 'per day' };
  if (perDayRate * 7 >= 1) return { value: shortNumber(perDayRate * 7), unit: 'per week' };
  return { value: shortNumber(perDayRate * MONTH_DAYS), unit: 'per month' };
}

/** A duration: "45 min" under an hour, "5.5 h" under two days, "3.2 days" from then on. */
export function durationReading(seconds: number | null): Reading {
  if (seconds === null) return { value: '–', unit: '' };
  const minutes = seconds / 60;
  if (minutes < 59.5) return { value: String(Math.max(1, Math.round(minutes))), unit: 'min' };
  const hours = seconds / HOUR;
  if (hours < 48) return { value: shortNumber(hours), unit: 'h' };
  return { value: shortNumber(seconds / DAY), unit: 'days' };
}

/** A share as a whole percentage: 2/16 → "13 %"; null → "–". */
export function percentReading(rate: number | null): Reading {
  if (rate === null) return { value: '–', unit: '' };
  return { value: String(Math.round(rate * 100)), unit: '%' };
}

/** The band's word, and a shape that tells it without colour: elite ★, high ▲, medium ◆, low ▼. */
export const BAND_LABEL: Record<DoraBand, { word: string; icon: string }> = {
  elite: { word: 'Elite', icon: '★' },
  high: { word: 'High', icon: '▲' },
  medium: { word: 'Medium', icon: '◆' },
  low: { word: 'Low', icon: '▼' },
};

/** Heights of a trend's bars as shares 0..1 of its largest value; nulls stay null (no bar). */
export function trendHeights(values: (number | null)[]): (number | null)[] {
  const top = Math.max(0, ...values.map((v) => v ?? 0));
  return values.map((v) => (v === null ? null : top === 0 ? 0 : v / top));
}
