// Client-safe and pure: the departure board's rules (countdown, slip, what stands out, gate defaults), from the wall's
// own clock in the train's zone, so the board is right after midnight without a refetch.
// Tested in test/unit/releases-math.test.ts.
import type { CalendarDate } from '../../time/calendar';
import { daysBetween } from '../cadence/math';
import type { BoardGate, BoardRelease, DeploymentState, ReleaseGateName, ReleaseGateState } from './types';

/** Left to right on the board. */
export const GATE_ORDER: ReleaseGateName[] = ['change_approval', 'security_review', 'ato', 'qa_signoff', 'dr_docs'];

/** Short enough for the wall; the console spells them out. */
export const GATE_SHORT: Record<ReleaseGateName, string> = {
  change_approval: 'CAB',
  security_review: 'CISO',
  ato: 'ATO',
  qa_signoff: 'QA',
  dr_docs: 'DR docs',
};

export const GATE_LONG: Record<ReleaseGateName, string> = {
  change_approval: 'Change approval (CAB)',
  security_review: 'Security review (CISO)',
  ato: 'Authorization to Operate (ATO)',
  qa_signoff: 'QA sign-off',
  dr_docs: 'DR docs updated',
};

/** Icon and word: a state never rests on its colour. */
export const GATE_STATE: Record<ReleaseGateState, { icon: string; word: string }> = {
  approved: { icon: '✔', word: 'approved' },
  rejected: { icon: '✖', word: 'rejected' },
  pending: { icon: '…', word: 'pending' },
  not_needed: { icon: '–', word: 'not needed' },
};

export const DEPLOYMENT_STATE: Record<DeploymentState | 'none', { icon: string; word: string }> = {
  succeeded: { icon: '✔', word: 'Deployed' },
  failed: { icon: '✖', word: 'Failed' },
  rolled_back: { icon: '↩', word: 'Rolled back' },
  in_progress: { icon: '⟳', word: 'Deploying' },
  none: { icon: '—', word: 'Not yet' },
};

/**
 * The five gates in board order from the rows stored (any order, some missing): a missing gate is pending; the
 * ATO of a release that is not major is not needed, whatever was recorded for it.
 */
export function completeGates(rows: readonly BoardGate[], major: boolean): BoardGate[] {
  return GATE_ORDER.map((gate) => {
    if (gate === 'ato' && !major) return { gate, state: 'not_needed', decidedBy: null, decidedAt: null };
    return rows.find((r) => r.gate === gate) ?? { gate, state: 'pending', decidedBy: null, decidedAt: null };
  });
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "Departed", "Today", "Tomorrow", "in 3 days", "1 day late". */
export function countdownText(release: Pick<BoardRelease, 'targetDate' | 'releasedAt'>, today: CalendarDate): string {
  if (release.releasedAt !== null) return 'Departed';
  const days = daysBetween(today, release.targetDate);
  if (days === 0) return 'Today';
  if (days === 1) return 'Tomorrow';
  return days > 0 ? `in ${days} days` : `${plural(-days, 'day')} late`;
}

/**
 * Days the release has slipped from the date first promised: to the target date now promised, or, once the target
 * passed without a release, to today. 0 when on time; a departed release no longer counts.
 *   slipDays({ plannedDate: '2026-11-20', targetDate: '2026-11-23', releasedAt: null }, '2026-11-24') → 4
 */
export function slipDays(release: Pick<BoardRelease, 'plannedDate' | 'targetDate' | 'releasedAt'>, today: CalendarDate): number {
  if (release.releasedAt !== null) return 0;
  const due = release.targetDate < today ? today : release.targetDate;
  return Math.max(0, daysBetween(release.plannedDate, due));
}

export interface StandOut {
  kind: 'rejected' | 'slipped';
  text: string;
}

/** Why a release stands out on the board (a frame plus these words); empty when it does not. */
export function standOuts(release: Pick<BoardRelease, 'plannedDate' | 'targetDate' | 'releasedAt' | 'gates'>, today: CalendarDate): StandOut[] {
  if (release.releasedAt !== null) return [];
  const out: StandOut[] = [];
  if (release.gates.some((g) => g.state === 'rejected')) out.push({ kind: 'rejected', text: 'Gate rejected' });
  const slipped = slipDays(release, today);
  if (slipped > 0) out.push({ kind: 'slipped', text: `Slipped ${plural(slipped, 'day')}` });
  return out;
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** An instant's date on the zone's calendar, short: "Tue 24 Nov". */
export function shortDate(instant: string, timeZone: string): string {
  let format = dayFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short' });
    dayFormatters.set(timeZone, format);
  }
  return format.format(new Date(instant)).replace(',', '');
}

/** A calendar date, short: "Fri 4 Dec" (the date is the train's already, so no zone applies). */
export function shortCalendarDate(date: CalendarDate): string {
  return shortDate(`${date}T12:00:00Z`, 'UTC');
}

/** True once the wall's today is past the day the data was loaded on: departed releases may roll off, so fetch again. */
export function boardOutOfDate(asOfToday: CalendarDate, today: CalendarDate): boolean {
  return today > asOfToday;
}

const dayMonthFormatters = new Map<string, Intl.DateTimeFormat>();

/** An instant's day and month on the zone's calendar: "13 Nov" (a gate's decision, beside who took it). */
export function dayMonth(instant: string, timeZone: string): string {
  let format = dayMonthFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'short' });
    dayMonthFormatters.set(timeZone, format);
  }
  return format.format(new Date(instant));
}

/** A person's name as a board writes it: "Marco Bianchi" → "M. Bianchi"; a single name stays as it is. */
export function boardName(name: string): string {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return name.trim();
  return `${words[0]![0]!.toUpperCase()}. ${words.slice(1).join(' ')}`;
}
