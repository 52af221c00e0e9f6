// Client-safe: schedule times as the console's <input type="time"> shows them.

/** 555 → "09:15"; the end of the day (1440) shows as "00:00", read back as midnight at the end. */
export function minuteToTime(minute: number): string {
  const m = minute % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** "09:15" → 555; undefined for anything else. */
export function timeToMinute(time: string): number | undefined {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return hours * 60 + minutes;
}

/** An end time of "00:00" means midnight at the end of the rule's day. */
export function endTimeToMinute(time: string): number | undefined {
  const minute = timeToMinute(time);
  return minute === 0 ? 1440 : minute;
}

/** Monday first, as people read a week; values are 0 = Sunday … 6 = Saturday. */
export const WEEK = [
  { day: 1, short: 'Mon', long: 'Monday' },
  { day: 2, short: 'Tue', long: 'Tuesday' },
  { day: 3, short: 'Wed', long: 'Wednesday' },
  { day: 4, short: 'Thu', long: 'Thursday' },
  { day: 5, short: 'Fri', long: 'Friday' },
  { day: 6, short: 'Sat', long: 'Saturday' },
  { day: 0, short: 'Sun', long: 'Sunday' },
] as const;
