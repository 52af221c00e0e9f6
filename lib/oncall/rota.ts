// Pure: rota weeks and their shifts' instants in the train's zone (DST-safe through lib/time). Tested in
// test/unit/oncall-rota.test.ts.
import { addDays, weekday, zonedTimeToUtc, type CalendarDate } from '../time/calendar';
import type { RotaRole } from './types';

export const ROTA_ROLES: readonly RotaRole[] = ['primary', 'secondary'];
export const DEFAULT_HANDOVER = '09:00';
/** Weeks the console shows: this one and the seven after it. */
export const ROTA_WEEKS = 8;

/** The key a rota week's shift is stored under; feeds use other keys. */
export function rotaKey(train: string, monday: CalendarDate, role: RotaRole): string {
  return `rota-${train}-${monday}-${role}`;
}

/** True for keys of the console's rota of that train (whichever week); slugs hold no pattern characters. */
export function isRotaKey(train: string, key: string): boolean {
  return new RegExp(`^rota-${train}-\\d{4}-\\d{2}-\\d{2}-(primary|secondary)$`).test(key);
}

export function isMonday(date: CalendarDate): boolean {
  return weekday(date) === 1;
}

/** '09:30' → 570. */
export function minutesOfDay(time: string): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

/**
 * A week's shift: from its Monday at the hand-over time to the next Monday at the same time, both on the train's
 * clock. A week holding a DST change is an hour longer or shorter than seven days, never off by an hour at either end.
 */
export function weekShiftBounds(monday: CalendarDate, handover: string, timeZone: string): { startsAt: Date; endsAt: Date } {
  const minute = minutesOfDay(handover);
  return { startsAt: zonedTimeToUtc(monday, minute, timeZone), endsAt: zonedTimeToUtc(addDays(monday, 7), minute, timeZone) };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Week of Mon 30 Nov". */
export function weekLabel(monday: CalendarDate): string {
  return `Week of Mon ${Number(monday.slice(8, 10))} ${MONTHS[Number(monday.slice(5, 7)) - 1]}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function parts(at: Date, timeZone: string): Record<string, string> {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, format);
  }
  return Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
}

/** 'HH:MM' of an instant on the train's clock. */
export function localTime(at: Date, timeZone: string): string {
  const p = parts(at, timeZone);
  return `${p.hour}:${p.minute}`;
}

/** "Wed 9 Dec 09:00" on the train's clock. */
export function localMoment(at: Date, timeZone: string): string {
  const p = parts(at, timeZone);
  return `${p.weekday} ${p.day} ${p.month} ${p.hour}:${p.minute}`;
}
