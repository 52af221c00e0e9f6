import { addDays, mondayOf, todayIn, weekday, workingDaysBetween, zonedTimeToUtc, type CalendarDate } from '../time/calendar';

export interface DemoIteration {
  number: number;
  code: string;
  name: string;
  kind: 'regular' | 'ip';
  startDate: CalendarDate;
  endDate: CalendarDate;
}

export interface DemoCalendar {
  piName: string;
  startDate: CalendarDate;
  endDate: CalendarDate;
  iterations: DemoIteration[];
  /** The iteration that holds today: always the third, so the wall has history to show. */
  current: DemoIteration;
  /** The PI's working days; work happens at (day index, minute of the day) on them. */
  workingDays: CalendarDate[];
  /** The Friday before the PI, when PI planning ended and the PI's plan went into the tracker. */
  planningDate: CalendarDate;
  nextPiName: string;
}

export interface DemoCalendarEntry {
  key: string;
  kind: 'pi_planning' | 'system_demo';
  title: string;
  startDate: CalendarDate;
  endDate: CalendarDate;
}

/** Iterations are two weeks: ten working days each, so iteration n starts at working day 10 (n - 1). */
export const DAYS_PER_ITERATION = 10;

/** A PI of four two-week iterations and an IP iteration, placed so that today falls in iteration 3. */
export function demoCalendar(now: Date, timeZone: string): DemoCalendar {
  const today = todayIn(timeZone, now);
  const day = weekday(today);
  // Early in the week, today is in the iteration's second week; later on, in its first.
  const thirdStart = day >= 1 && day <= 3 ? addDays(mondayOf(today), -7) : mondayOf(today);
  const piStart = addDays(thirdStart, -28);
  const year = Number(piStart.slice(2, 4));
  const quarter = Math.floor((Number(piStart.slice(5, 7)) - 1) / 3) + 1;
  const piCode = `${year}.${quarter}`;
  const iterations = [1, 2, 3, 4, 5].map((number): DemoIteration => {
    const startDate = addDays(piStart, 14 * (number - 1));
    const ip = number === 5;
    return {
      number,
      code: `${piCode}-${number}`,
      name: ip ? 'IP Iteration' : `Iteration ${number}`,
      kind: ip ? 'ip' : 'regular',
      startDate,
      endDate: addDays(startDate, 11),
    };
  });
  const endDate = iterations[4]!.endDate;
  return {
    piName: `PI ${piCode}`,
    startDate: piStart,
    endDate,
    iterations,
    current: iterations[2]!,
    workingDays: workingDaysBetween(piStart, endDate),
    planningDate: addDays(piStart, -3),
    nextPiName: quarter === 4 ? `PI ${year + 1}.1` : `PI ${year}.${quarter + 1}`,
  };
}

/**
 * The train's calendar: a system demo on the last day of each regular iteration, and the next PI's two-day PI
 * planning on the first two working days after the IP iteration.
 */
export function demoCalendarEntries(calendar: DemoCalendar): DemoCalendarEntry[] {
  const demos = calendar.iterations
    .filter((it) => it.kind === 'regular')
    .map((it): DemoCalendarEntry => ({
      key: `system-demo-${it.code}`,
      kind: 'system_demo',
      title: `System demo · ${it.name}`,
      startDate: it.endDate,
      endDate: it.endDate,
    }));
  const [first, second] = workingDaysBetween(addDays(calendar.endDate, 1), addDays(calendar.endDate, 7));
  const planning: DemoCalendarEntry = {
    key: `pi-planning-${calendar.nextPiName.replace('PI ', '')}`,
    kind: 'pi_planning',
    title: `PI planning · ${calendar.nextPiName}`,
    startDate: first!,
    endDate: second!,
  };
  return [...demos, planning];
}

/** The instant of a moment of the PI: a working day (its index in the PI) and the minute of that day, in the train's zone. */
export function atWorkingDay(calendar: DemoCalendar, timeZone: string, day: number, minute: number): Date {
  const date = calendar.workingDays[day];
  if (!date) throw new RangeError(`working day ${day} is outside the PI`);
  return zonedTimeToUtc(date, minute, timeZone);
}
