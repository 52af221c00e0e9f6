import type { BurndownPace, ScopeChange } from './types';
import { addDays, workingDaysBetween, type CalendarDate } from '../../time/calendar';

/**
 * A burndown has one point per boundary between working days: point 0 is the start of the first working day,
 * point i the end of working day i. Past and present points are read from history; later ones are the future.
 */
export interface BurndownTimeline {
  /** The iteration's working days. */
  days: CalendarDate[];
  /** Working days started so far, 0 before the iteration, days.length after it: "day X of Y". */
  dayNumber: number;
  /**
   * For points 0..dayNumber: the calendar date at whose start (in the train's zone) each point's state is read.
   * The last one is the start of tomorrow (or of the day after the iteration), so weekend work shows at once.
   */
  cutoffs: CalendarDate[];
}

export function burndownTimeline(start: CalendarDate, end: CalendarDate, today: CalendarDate): BurndownTimeline {
  const days = workingDaysBetween(start, end);
  if (days.length === 0) return { days, dayNumber: 0, cutoffs: [start] };
  const dayNumber = days.filter((day) => day <= today).length;
  const cutoffs: CalendarDate[] = [days[0]!];
  for (let i = 1; i < dayNumber; i++) cutoffs.push(addDays(days[i - 1]!, 1));
  if (dayNumber > 0) cutoffs.push(addDays(today < end ? today : end, 1));
  return { days, dayNumber, cutoffs };
}

/** The ideal line: from the committed work at the start straight to zero at the end of the last working day. */
export function idealLine(committed: number, workingDays: number): number[] {
  if (workingDays === 0) return [round1(committed)];
  return Array.from({ length: workingDays + 1 }, (_, i) => round1((committed * (workingDays - i)) / workingDays));
}

export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Ahead or behind the ideal line by more than a tenth of the commitment (and at least one unit), or on track. */
export function paceOf(remainingNow: number, idealNow: number, committed: number, scopeNow: number): BurndownPace {
  if (scopeNow === 0 && remainingNow === 0) return 'no-work';
  if (remainingNow === 0) return 'done';
  const tolerance = Math.max(1, committed * 0.1);
  if (remainingNow - idealNow > tolerance) return 'behind';
  if (idealNow - remainingNow > tolerance) return 'ahead';
  return 'on-track';
}

/** The days after the start on which work joined or left the scope (rounded), from each point's added and removed. */
export function scopeChangesOf(points: { added: number; removed: number }[]): ScopeChange[] {
  const changes: ScopeChange[] = [];
  points.forEach((point, index) => {
    const added = round1(point.added);
    const removed = round1(point.removed);
    if (index > 0 && (added > 0 || removed > 0)) changes.push({ point: index, added, removed });
  });
  return changes;
}
