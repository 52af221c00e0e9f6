// Client-safe and pure: SAFe predictability from business value (BV) totals.
import type { ObjectivesDto, PredictabilityState, TeamObjectives } from './types';

/**
 * Predictability in percent: actual BV over planned BV of the committed objectives, both over rated objectives
 * only. Unrounded; null when nothing planned has been rated yet (planned = 0).
 *   predictabilityPercent(8, 10) → 80
 */
export function predictabilityPercent(actual: number, planned: number): number | null {
  if (!(planned > 0)) return null;
  return (actual / planned) * 100;
}

/** The target band of SAFe's Program Predictability Measure. */
export const TARGET_BAND = { low: 80, high: 100 } as const;

/** A percentage as the screen shows it: whole numbers. */
export function roundPercent(percent: number | null): number | null {
  return percent === null ? null : Math.round(percent);
}

/**
 * Where a percentage stands against the 80-100 % band, judged on the rounded value the screen shows (79.6 reads
 * "80 %", so it is in the band). 'none' when there is nothing to rate: no objectives at all.
 */
export function predictabilityState(percent: number | null, total: number): PredictabilityState {
  if (total === 0) return 'none';
  const shown = roundPercent(percent);
  if (shown === null) return 'unrated';
  if (shown < TARGET_BAND.low) return 'below';
  if (shown > TARGET_BAND.high) return 'above';
  return 'predictable';
}

/** "3 of 5 rated". */
export function ratedLabel(rated: number, total: number): string {
  return `${rated} of ${total} rated`;
}

/** "87 %", or an en dash when there is nothing to show. */
export function formatPercent(percent: number | null): string {
  const shown = roundPercent(percent);
  return shown === null ? '–' : `${shown} %`;
}

/** One team's BV sums, as db/queries/objectives.ts aggregates them (rated sums count rated objectives only). */
export interface TeamBreakdown {
  teamSlug: string;
  teamName: string;
  committedPlanned: number;
  committedActual: number;
  uncommittedPlanned: number;
  uncommittedActual: number;
  rated: number;
  total: number;
  committedCount: number;
  uncommittedCount: number;
  committedPlannedAll: number;
  uncommittedPlannedAll: number;
}

/** A team's figures as the panel shows them. */
export function teamObjectives(row: TeamBreakdown): TeamObjectives {
  const percent = roundPercent(predictabilityPercent(row.committedActual + row.uncommittedActual, row.committedPlanned));
  return {
    slug: row.teamSlug,
    name: row.teamName,
    committed: { count: row.committedCount, planned: row.committedPlannedAll, ratedPlanned: row.committedPlanned, actual: row.committedActual },
    uncommitted: { count: row.uncommittedCount, planned: row.uncommittedPlannedAll, achieved: row.uncommittedActual },
    rated: row.rated,
    total: row.total,
    percent,
    state: predictabilityState(percent, row.total),
  };
}

/** The ART Predictability Measure: Σ actual over Σ planned of all teams, never the mean of their percentages. */
export function artPredictability(rows: TeamBreakdown[]): ObjectivesDto['art'] {
  const sum = (pick: (row: TeamBreakdown) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const planned = sum((r) => r.committedPlanned);
  const actual = sum((r) => r.committedActual + r.uncommittedActual);
  const total = sum((r) => r.total);
  const percent = roundPercent(predictabilityPercent(actual, planned));
  return { percent, state: predictabilityState(percent, total), planned, actual, rated: sum((r) => r.rated), total };
}

/** Each state as an icon and a word: never colour alone. */
export const PREDICTABILITY_LABEL: Record<PredictabilityState, { icon: string; word: string }> = {
  predictable: { icon: '▲', word: 'Predictable' },
  above: { icon: '▲', word: 'Above 100 %' },
  below: { icon: '▼', word: 'Below 80 %' },
  unrated: { icon: '○', word: 'Not rated yet' },
  none: { icon: '○', word: 'No objectives' },
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "13 Oct – 19 Dec" for a PI's dates ('YYYY-MM-DD', both included). */
export function piDatesLabel(startDate: string, endDate: string): string {
  const label = (date: string) => `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1] ?? ''}`;
  return `${label(startDate)} – ${label(endDate)}`;
}

/** "PI 26.4" whether the PI is named "26.4" or "PI 26.4". */
export function piLabel(name: string): string {
  return /^PI\b/i.test(name) ? name : `PI ${name}`;
}
