// Client-safe and pure: durations, who is on call at an instant, and the hand-over times, from the wall's own clock,
// so that the panel stays right between fetches. Tested in test/unit/incidents-math.test.ts.
import { addDays, todayIn, zonedTimeToUtc } from '../../time/calendar';
import type { IncidentPriority, IncidentsDto, OnCallShiftDto } from './types';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MINUTES = 24 * 60;

/** The word beside each priority, so that a badge never rests on its colour. */
export const PRIORITY_WORD: Record<IncidentPriority, string> = { 1: 'Critical', 2: 'High', 3: 'Moderate', 4: 'Low', 5: 'Minor' };

/**
 * A duration as the wall writes it: "42 min", "2 h 5 min", "3 d 4 h" (from a day on, in whole hours).
 * 'floor' for time so far (an incident open 59 min 59 s is open "59 min"); 'round' for a mean.
 *   formatDuration(2 * 3_600_000 + 5 * 60_000, 'floor') → '2 h 5 min'
 */
export function formatDuration(ms: number, mode: 'floor' | 'round'): string {
  const whole = mode === 'floor' ? Math.floor : Math.round;
  let minutes = Math.max(0, whole(ms / MINUTE_MS));
  if (minutes >= DAY_MINUTES) minutes = Math.max(DAY_MINUTES, whole(ms / HOUR_MS) * 60);
  if (minutes < 60) return `${minutes} min`;
  if (minutes < DAY_MINUTES) {
    const rest = minutes % 60;
    return rest === 0 ? `${minutes / 60} h` : `${Math.floor(minutes / 60)} h ${rest} min`;
  }
  const days = Math.floor(minutes / DAY_MINUTES);
  const hours = (minutes % DAY_MINUTES) / 60;
  return hours === 0 ? `${days} d` : `${days} d ${hours} h`;
}

/** How long an incident has been open at `now`: "1 h 12 min". */
export function openFor(startedAt: string, now: Date): string {
  return formatDuration(now.getTime() - Date.parse(startedAt), 'floor');
}

/** Mean time to restore, rounded to the minute (or, from a day on, the hour); an en dash when none was restored. */
export function mttrText(meanSeconds: number | null): string {
  return meanSeconds === null ? '–' : formatDuration(meanSeconds * 1000, 'round');
}

/** What the mean covers: "over 7 incidents". */
export function coverText(count: number): string {
  if (count === 0) return 'no incident restored this PI yet';
  return `over ${count} incident${count === 1 ? '' : 's'}`;
}

/**
 * The shift on call at `at`: one that has started and not ended (ends are exclusive, so at the hand-over instant
 * the next shift is on). Of overlapping shifts, the one that started last wins: a one-day swap overlays the week.
 */
export function onCallAt(shifts: readonly OnCallShiftDto[], at: number): OnCallShiftDto | undefined {
  let found: OnCallShiftDto | undefined;
  for (const shift of shifts) {
    const start = Date.parse(shift.startsAt);
    if (start <= at && at < Date.parse(shift.endsAt) && (!found || start > Date.parse(found.startsAt))) found = shift;
  }
  return found;
}

export interface OnCallNow {
  /** Who is on call at `now`, and until when (ISO); null when nobody is. */
  now: { person: string; contact: string | null; until: string } | null;
  /** Who takes over next, and from when (ISO); null when nobody is planned. */
  next: { person: string; contact: string | null; from: string } | null;
}

/** Every instant after `after` at which some shift starts or ends, in order. */
function boundariesAfter(shifts: readonly OnCallShiftDto[], after: number): number[] {
  const instants = new Set<number>();
  for (const shift of shifts) {
    for (const at of [Date.parse(shift.startsAt), Date.parse(shift.endsAt)]) if (at > after) instants.add(at);
  }
  return [...instants].sort((a, b) => a - b);
}

/**
 * Who is on call at `now` and until when, and who is next from when. A hand-over is where the person changes:
 * back-to-back shifts of one person read as one ("until Mon 09:00", not "until tomorrow").
 */
export function onCallNowAndNext(shifts: readonly OnCallShiftDto[], now: Date): OnCallNow {
  const at = now.getTime();
  const current = onCallAt(shifts, at);
  const boundaries = boundariesAfter(shifts, at);
  const personAt = (t: number) => onCallAt(shifts, t)?.person;
  // The last boundary is an end nobody covers, so a current shift always has a hand-over.
  const handover = current ? boundaries.find((t) => personAt(t) !== current.person) : at;
  // After a gap the same person may come back: next is whoever is on first from the hand-over on.
  const from = handover === undefined ? undefined : boundaries.find((t) => t >= handover && personAt(t) !== undefined);
  const nextShift = from === undefined ? undefined : onCallAt(shifts, from);
  return {
    now: current && handover !== undefined ? { person: current.person, contact: current.contact, until: new Date(handover).toISOString() } : null,
    next: nextShift && from !== undefined ? { person: nextShift.person, contact: nextShift.contact, from: new Date(from).toISOString() } : null,
  };
}

/** The first instant after `now` at which any shift starts or ends (ISO), or null: when the picture can change. */
export function nextShiftChange(shifts: readonly OnCallShiftDto[], now: Date): string | null {
  const first = boundariesAfter(shifts, now.getTime())[0];
  return first === undefined ? null : new Date(first).toISOString();
}

/** True once the wall's clock has reached the instant the data said who is on call changes. */
export function onCallOutOfDate(dto: Pick<IncidentsDto, 'changesAt'>, now: Date): boolean {
  return dto.changesAt !== null && now.getTime() >= Date.parse(dto.changesAt);
}

const localFormatters = new Map<string, Intl.DateTimeFormat>();

/** Weekday, day, month and time of an instant on the zone's wall clock. */
function localParts(at: Date, timeZone: string): Record<'weekday' | 'day' | 'month' | 'hour' | 'minute', string> {
  let format = localFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    localFormatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
  return { weekday: parts.weekday!, day: parts.day!, month: parts.month!, hour: parts.hour!, minute: parts.minute! };
}

/**
 * A hand-over instant as the train's clock reads it, as short as is unambiguous: "today 17:00", "tomorrow 09:00",
 * "Mon 09:00" within the coming week, else "Mon 7 Dec 09:00".
 */
export function handoverText(instant: string, now: Date, timeZone: string): string {
  const at = new Date(instant);
  const { weekday, day, month, hour, minute } = localParts(at, timeZone);
  const time = `${hour}:${minute}`;
  const today = todayIn(timeZone, now);
  const date = todayIn(timeZone, at);
  if (date === today) return `today ${time}`;
  if (date === addDays(today, 1)) return `tomorrow ${time}`;
  if (date > today && date < addDays(today, 7)) return `${weekday} ${time}`;
  return `${weekday} ${day} ${month} ${time}`;
}

/**
 * The instants a PI's dates span in the train's zone: from its first day's midnight to the midnight after its last
 * day (a DST change inside the PI moves neither end).
 */
export function piWindow(pi: { startDate: string; endDate: string }, timeZone: string): { from: Date; to: Date } {
  return { from: zonedTimeToUtc(pi.startDate, 0, timeZone), to: zonedTimeToUtc(addDays(pi.endDate, 1), 0, timeZone) };
}
