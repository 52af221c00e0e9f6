import { round1 } from '../burndown/math';
import type { BurnupOutlook } from './types';

/** What has happened in the PI so far, per sample: index 0 is the PI's start, index k the end of iteration k. */
export interface BurnupHistory {
  /** Completed at each sample up to now; the last one is now (length: iterations started + 1). */
  completed: number[];
  /** Everything in scope now. */
  scopeNow: number;
  /** Working days of each of the PI's iterations, in order. */
  iterationDays: number[];
  /** Working days of the latest started iteration gone by, today included (its length once it is over). */
  elapsedDays: number;
}

export interface BurnupForecast {
  /** Per sample: null before now, the completed value now, then the projection at each later iteration's end. */
  forecast: (number | null)[];
  /** Completed per working day at the recent pace. */
  ratePerDay: number;
  /** The projection at the PI's end, never above the scope. */
  forecastEnd: number;
  /** forecastEnd as a whole percentage of the scope now. */
  percent: number;
  outlook: BurnupOutlook;
}

/** How many finished iterations the recent pace is taken from. */
const RECENT_ITERATIONS = 3;

/**
 * The recent pace per working day: the completed gain over the last (up to 3) finished iterations divided by their
 * working days (= the average per iteration over their average length). Before any iteration has finished, the
 * gain so far in the current one over its days gone by. Never negative: reopened work does not forecast a loss.
 */
export function recentRatePerDay(history: BurnupHistory): number {
  const { completed, iterationDays, elapsedDays } = history;
  const started = completed.length - 1;
  if (started === 0) return 0;
  const lastOver = elapsedDays >= (iterationDays[started - 1] ?? 0);
  const finished = lastOver ? started : started - 1;
  let gain = 0;
  let days = 0;
  if (finished > 0) {
    for (let k = finished; k > Math.max(0, finished - RECENT_ITERATIONS); k--) {
      gain += completed[k]! - completed[k - 1]!;
      days += iterationDays[k - 1]!;
    }
  } else {
    gain = completed[started]! - completed[started - 1]!;
    days = elapsedDays;
  }
  return days > 0 ? Math.max(0, gain / days) : 0;
}

/**
 * The forecast line to the PI's last iteration end at the recent pace, and what share of the scope it reaches.
 * The current iteration's sample is now, so its rest is added to every later point; when the last iteration is the
 * current one, its point holds what is expected by its end (the forecast), above the completed value now.
 */
export function burnupForecast(history: BurnupHistory): BurnupForecast {
  const { completed, scopeNow, iterationDays, elapsedDays } = history;
  const samples = iterationDays.length + 1;
  const nowIndex = completed.length - 1;
  const completedNow = completed[nowIndex] ?? 0;
  const ratePerDay = recentRatePerDay(history);
  const forecast: (number | null)[] = Array.from({ length: samples }, () => null);
  const projected = (days: number) => round1(Math.max(completedNow, Math.min(scopeNow, completedNow + ratePerDay * days)));

  let forecastEnd = round1(completedNow);
  if (nowIndex > 0) {
    let daysAhead = Math.max(0, (iterationDays[nowIndex - 1] ?? 0) - elapsedDays);
    forecast[nowIndex] = round1(completedNow);
    for (let k = nowIndex + 1; k < samples; k++) {
      daysAhead += iterationDays[k - 1]!;
      forecast[k] = projected(daysAhead);
    }
    forecastEnd = projected(daysAhead);
    forecast[samples - 1] = forecastEnd;
  }
  const percent = scopeNow > 0 ? Math.round((Math.min(forecastEnd, scopeNow) / scopeNow) * 100) : 0;
  return { forecast, ratePerDay, forecastEnd, percent, outlook: outlookOf(completedNow, scopeNow, percent, nowIndex > 0) };
}

function outlookOf(completedNow: number, scopeNow: number, percent: number, started: boolean): BurnupOutlook {
  if (scopeNow <= 0) return 'no-scope';
  if (completedNow >= scopeNow) return 'done';
  if (!started) return 'not-started';
  if (percent >= 85) return 'on-track';
  if (percent >= 60) return 'at-risk';
  return 'off-track';
}

/** The outlook in words, as the wall says it: "on track: 92 % by PI end". */
export function outlookWords(outlook: BurnupOutlook, percent: number): string {
  switch (outlook) {
    case 'on-track':
      return `on track: ${percent} % by PI end`;
    case 'at-risk':
      return `at risk: ${percent} % by PI end`;
    case 'off-track':
      return `off track: ${percent} % by PI end`;
    case 'done':
      return 'done';
    case 'no-scope':
      return 'no scope yet';
    case 'not-started':
      return 'PI not started yet';
  }
}
