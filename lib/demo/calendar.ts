import { addDays, mondayOf, todayIn, weekday, type CalendarDate } from '../time/calendar';

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
}

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
  return {
    piName: `PI ${piCode}`,
    startDate: piStart,
    endDate: iterations[4]!.endDate,
    iterations,
    current: iterations[2]!,
  };
}
