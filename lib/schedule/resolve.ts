// Client-safe and pure: a display resolves its own schedule, so it keeps switching programs while offline.
// Runs on kiosk browsers as old as Chromium 87: Intl with timeZone only, no newer APIs.
import type { DisplayConfig } from '../displays/types';
import { addDays, weekday, zonedTimeToUtc, type CalendarDate } from '../time/calendar';
import type { ActiveProgram, CadenceWindow, ScheduleRule } from './types';

export type ScheduleInput = Pick<DisplayConfig, 'schedules' | 'cadence' | 'defaultPlaylistId' | 'train'>;

const MINUTES_PER_DAY = 1440;
const wallFormatters = new Map<string, Intl.DateTimeFormat>();

export interface WallClock {
  date: CalendarDate;
  weekday: number;
  /** Minutes after local midnight, 0 … 1439. */
  minute: number;
}

/** The train-local date and time of day at an instant (DST-correct: it reads the zone's wall clock). */
export function wallClock(timeZone: string, now: Date): WallClock {
  let format = wallFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    wallFormatters.set(timeZone, format);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(now)) parts[part.type] = part.value;
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  // Some engines print midnight as hour 24 even with h23.
  const minute = (Number(parts.hour) % 24) * 60 + Number(parts.minute);
  return { date, weekday: weekday(date), minute };
}

function inWindow(cadence: CadenceWindow[], kind: ScheduleRule['cadence'], date: CalendarDate): boolean {
  if (kind === null) return true;
  return cadence.some((w) => w.kind === kind && w.startDate <= date && date <= w.endDate);
}

/** The rule applies on this day (its weekday and, for cadence rules, a matching window). */
function appliesOn(rule: ScheduleRule, cadence: CadenceWindow[], date: CalendarDate): boolean {
  return rule.weekdays.indexOf(weekday(date)) >= 0 && inWindow(cadence, rule.cadence, date);
}

/**
 * Whether a rule covers this wall-clock moment. A rule with start > end spans midnight: its early-morning part
 * belongs to the previous day (a Friday 22:00–06:00 rule covers Saturday 03:00, not Friday 03:00).
 * start === end covers the whole day.
 */
export function ruleMatches(rule: ScheduleRule, cadence: CadenceWindow[], clock: WallClock): boolean {
  const { startMinute: start, endMinute: end } = rule;
  if (start === end) return appliesOn(rule, cadence, clock.date);
  if (start < end) return clock.minute >= start && clock.minute < end && appliesOn(rule, cadence, clock.date);
  if (clock.minute >= start) return appliesOn(rule, cadence, clock.date);
  if (clock.minute < end) return appliesOn(rule, cadence, addDays(clock.date, -1));
  return false;
}

/** What the display shows at `now`: the first matching rule in order, else its default playlist. */
export function resolveActiveProgram(config: ScheduleInput, now: Date): ActiveProgram {
  const clock = wallClock(config.train.timeZone, now);
  for (const rule of config.schedules) {
    if (!ruleMatches(rule, config.cadence, clock)) continue;
    if (rule.screenOff) return { kind: 'screen-off', ruleId: rule.id };
    return { kind: 'playlist', playlistId: rule.playlistId, ruleId: rule.id };
  }
  return { kind: 'playlist', playlistId: config.defaultPlaylistId, ruleId: null };
}

export function sameProgram(a: ActiveProgram, b: ActiveProgram): boolean {
  if (a.kind !== b.kind || a.ruleId !== b.ruleId) return false;
  return a.kind === 'screen-off' || a.playlistId === (b as typeof a).playlistId;
}

/** Days scanned for weekly rules; cadence windows further out add their own boundary days. */
const LOOKAHEAD_DAYS = 8;
const HOUR_MS = 3_600_000;

/**
 * The next instant after `now` at which the active program changes, or null when it never does: the display sets
 * one timer for it. Only rule boundaries, midnights and cadence window edges can change the program, so those
 * wall-clock moments are the candidates; on a DST fall-back day a wall time occurs twice, and both are tried.
 */
export function nextChangeAt(config: ScheduleInput, now: Date): Date | null {
  if (config.schedules.length === 0) return null;
  const zone = config.train.timeZone;
  const today = wallClock(zone, now).date;
  const dates = new Set<CalendarDate>();
  for (let i = 0; i <= LOOKAHEAD_DAYS; i += 1) dates.add(addDays(today, i));
  for (const window of config.cadence) {
    for (const date of [window.startDate, addDays(window.endDate, 1), addDays(window.endDate, 2)]) if (date > today) dates.add(date);
  }
  const minutes = new Set<number>([0]);
  for (const rule of config.schedules) for (const m of [rule.startMinute, rule.endMinute]) minutes.add(m % MINUTES_PER_DAY);

  const instants = new Set<number>();
  for (const date of dates) {
    for (const minute of minutes) {
      const at = zonedTimeToUtc(date, minute, zone).getTime();
      instants.add(at);
      for (const other of [at - HOUR_MS, at + HOUR_MS]) {
        const clock = wallClock(zone, new Date(other));
        if (clock.date === date && clock.minute === minute) instants.add(other);
      }
    }
  }

  const current = resolveActiveProgram(config, now);
  const sorted = [...instants].filter((t) => t > now.getTime()).sort((a, b) => a - b);
  for (const t of sorted) {
    if (!sameProgram(current, resolveActiveProgram(config, new Date(t)))) return new Date(t);
  }
  return null;
}
