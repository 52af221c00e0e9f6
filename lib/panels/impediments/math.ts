// Client-safe and pure: what the impediments panel and console say in words, and how it splits its lists.
import type { TeamOpenCount, TrendWeek } from './types';

/** The wall lists at most this many open impediments; "+N more" says how many it leaves out. */
export const OLDEST_LIMIT = 8;

/** "opened today", "1 day", "12 days". */
export function ageLabel(days: number): string {
  if (days <= 0) return 'today';
  return days === 1 ? '1 day' : `${days} days`;
}

/** A mean age as the wall writes it: "9.4 days", "1 day", "–" when nothing is open. */
export function averageAgeLabel(days: number | null): string {
  if (days === null) return '–';
  const shown = Math.round(days * 10) / 10;
  return shown === 1 ? '1 day' : `${Number.isInteger(shown) ? shown.toFixed(0) : shown.toFixed(1)} days`;
}

/** "+3 more" when the list shows fewer than are open; '' when it shows them all. */
export function moreLabel(total: number, shown: number): string {
  return total > shown ? `+${total - shown} more` : '';
}

/** "1 escalated", "3 escalated" / "none escalated". */
export function escalatedLabel(count: number): string {
  return count === 0 ? 'none escalated' : `${count} escalated`;
}

/** Up to this many names of teams with nothing open are written out; more are counted ("12 teams"). */
export const IDLE_NAMES = 3;

/** "Borealis · Ember", or "12 teams" when there are more than IDLE_NAMES; '' for none. */
export function idleLabel(names: string[]): string {
  if (names.length > IDLE_NAMES) return `${names.length} teams`;
  return names.join(' · ');
}

export interface TeamStrip {
  /** Teams (and the train) with open impediments, most first: each a big count. */
  busy: TeamOpenCount[];
  /** Busy teams beyond the strip's room, as one "+N teams" entry: how many teams and how many open. */
  more: { teams: number; open: number } | null;
  /** Names of those with none open, shown small together. */
  idle: string[];
}

/**
 * Splits the per-team counts (most open first) into up to `tiles` big counts, the rest of the busy ones as one
 * "+N teams" tile (which takes the last tile's place), and the teams with nothing open.
 *   teamStrip([{A 3}, {B 1}, {C 0}], 6) → busy [A, B], more null, idle ['C']
 */
export function teamStrip(teams: TeamOpenCount[], tiles: number): TeamStrip {
  const busy = teams.filter((t) => t.open > 0);
  const idle = teams.filter((t) => t.open === 0).map((t) => t.name);
  if (busy.length <= tiles) return { busy, more: null, idle };
  const shown = busy.slice(0, Math.max(0, tiles - 1));
  const rest = busy.slice(shown.length);
  return { busy: shown, more: { teams: rest.length, open: rest.reduce((n, t) => n + t.open, 0) }, idle };
}

/** The trend as the chart draws it: "W1".. labels ("Now" for this week), and no bars (null) in weeks still to come. */
export function trendSeries(weeks: TrendWeek[]): { labels: string[]; opened: (number | null)[]; resolved: (number | null)[] } {
  return {
    labels: weeks.map((w) => (w.current ? 'Now' : `W${w.number}`)),
    opened: weeks.map((w) => (w.future ? null : w.opened)),
    resolved: weeks.map((w) => (w.future ? null : w.resolved)),
  };
}

/** Opened and resolved over the PI so far, for the line under the chart. */
export function trendTotals(weeks: TrendWeek[]): { opened: number; resolved: number } {
  return weeks.reduce((sum, w) => ({ opened: sum.opened + w.opened, resolved: sum.resolved + w.resolved }), { opened: 0, resolved: 0 });
}

/** "Week 6 of 10" of the PI, or null when today is outside it. */
export function weekOfPiLabel(weeks: TrendWeek[]): string | null {
  const current = weeks.find((w) => w.current);
  return current ? `week ${current.number} of ${weeks.length}` : null;
}
