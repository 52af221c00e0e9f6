/**
 * Calendar dates as 'YYYY-MM-DD' strings. Which date it is "today" depends on the train's IANA time zone;
 * once a date is known, weekday and day arithmetic are the same everywhere, so they run in UTC.
 */
export type CalendarDate = string;

const DAY_MS = 86_400_000;
const todayFormatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date at `now` in the given IANA zone. */
export function todayIn(timeZone: string, now: Date): CalendarDate {
  let format = todayFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    todayFormatters.set(timeZone, format);
  }
  // From parts, not the formatted string: locales' date layouts have changed between ICU versions.
  const parts = Object.fromEntries(format.formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

function toUtcMs(date: CalendarDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return new Date(toUtcMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: CalendarDate): number {
  return new Date(toUtcMs(date)).getUTCDay();
}

export function isWorkingDay(date: CalendarDate): boolean {
  const day = weekday(date);
  return day !== 0 && day !== 6;
}

/** Working days (Monday to Friday) from start to end, both included. */
export function workingDaysBetween(start: CalendarDate, end: CalendarDate): CalendarDate[] {
  const days: CalendarDate[] = [];
  for (let day = start; day <= end; day = addDays(day, 1)) {
    if (isWorkingDay(day)) days.push(day);
  }
  return days;
}

/** Monday of the week that holds the date. */
export function mondayOf(date: CalendarDate): CalendarDate {
  return addDays(date, -((weekday(date) + 6) % 7));
}

const SHORT_DAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** "Mon 9": short enough for an axis label read from across the room. */
export function shortDayLabel(date: CalendarDate): string {
  return `${SHORT_DAY[weekday(date)]} ${Number(date.slice(8, 10))}`;
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** Milliseconds the zone is ahead of UTC at the given instant. */
function zoneOffsetMs(timeZone: string, at: number): number {
  let format = offsetFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    offsetFormatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(at)).map((p) => [p.type, Number(p.value)]));
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return asUtc - Math.floor(at / 1000) * 1000;
}

/** The instant a wall clock in the zone shows `minutes` past midnight on the date (DST gaps move forward). */
export function zonedTimeToUtc(date: CalendarDate, minutes: number, timeZone: string): Date {
  const wall = toUtcMs(date) + minutes * 60_000;
  const first = wall - zoneOffsetMs(timeZone, wall);
  const second = wall - zoneOffsetMs(timeZone, first);
  return new Date(second);
}
