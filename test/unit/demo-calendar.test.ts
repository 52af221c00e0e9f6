import { describe, expect, it } from 'vitest';
import { atWorkingDay, demoCalendar, demoCalendarEntries } from '../../lib/demo/calendar';

const ZONE = 'Europe/Amsterdam';

describe('demoCalendar', () => {
  it('places today in iteration 3: a PI of four two-week iterations and an IP iteration', () => {
    // Thursday 26 November 2026: iteration 3 starts that Monday (23 Nov), the PI 4 weeks before (26 Oct).
    const calendar = demoCalendar(new Date('2026-11-26T14:00:00Z'), ZONE);
    expect(calendar).toMatchObject({
      piName: 'PI 26.4', // October is in the fourth quarter
      startDate: '2026-10-26',
      endDate: '2027-01-01',
      planningDate: '2026-10-23', // the Friday before the PI
      nextPiName: 'PI 27.1',
    });
    expect(calendar.iterations.map((it) => [it.code, it.name, it.kind, it.startDate, it.endDate])).toEqual([
      ['26.4-1', 'Iteration 1', 'regular', '2026-10-26', '2026-11-06'],
      ['26.4-2', 'Iteration 2', 'regular', '2026-11-09', '2026-11-20'],
      ['26.4-3', 'Iteration 3', 'regular', '2026-11-23', '2026-12-04'],
      ['26.4-4', 'Iteration 4', 'regular', '2026-12-07', '2026-12-18'],
      ['26.4-5', 'IP Iteration', 'ip', '2026-12-21', '2027-01-01'],
    ]);
    expect(calendar.current).toBe(calendar.iterations[2]);
    // Ten weeks of five working days; day 20 is the Monday iteration 3 starts.
    expect(calendar.workingDays).toHaveLength(50);
    expect(calendar.workingDays[20]).toBe('2026-11-23');
  });

  it('early in the week today is in the iteration’s second week, later in its first: always day 4 to 8', () => {
    const piStart = (iso: string) => demoCalendar(new Date(iso), ZONE).startDate;
    expect(piStart('2026-11-30T07:30:00Z')).toBe('2026-10-26'); // Monday 30 Nov: day 6 of the iteration of 23 Nov
    expect(piStart('2026-12-02T16:00:00Z')).toBe('2026-10-26'); // Wednesday 2 Dec: day 8
    expect(piStart('2026-11-29T12:00:00Z')).toBe('2026-10-26'); // Sunday 29 Nov: after day 5
    expect(piStart('2026-12-03T09:00:00Z')).toBe('2026-11-02'); // Thursday 3 Dec: day 4 of the iteration of 30 Nov
    // 23:30 UTC on Wednesday is already Thursday in Amsterdam.
    expect(piStart('2026-12-02T23:30:00Z')).toBe('2026-11-02');
  });

  it('a working day and minute of the PI is an instant in the train’s zone', () => {
    const calendar = demoCalendar(new Date('2026-11-26T14:00:00Z'), ZONE);
    // Day 20 (Monday 23 Nov) at 09:30 in Amsterdam, UTC+1 in winter.
    expect(atWorkingDay(calendar, ZONE, 20, 9 * 60 + 30).toISOString()).toBe('2026-11-23T08:30:00.000Z');
    expect(() => atWorkingDay(calendar, ZONE, 50, 0)).toThrow(RangeError);
  });
});

describe('demoCalendarEntries', () => {
  it('a system demo on the last day of each regular iteration, then PI planning on the two working days after the IP iteration', () => {
    const calendar = demoCalendar(new Date('2026-11-26T14:00:00Z'), ZONE);
    expect(demoCalendarEntries(calendar)).toEqual([
      { key: 'system-demo-26.4-1', kind: 'system_demo', title: 'System demo · Iteration 1', startDate: '2026-11-06', endDate: '2026-11-06' },
      { key: 'system-demo-26.4-2', kind: 'system_demo', title: 'System demo · Iteration 2', startDate: '2026-11-20', endDate: '2026-11-20' },
      { key: 'system-demo-26.4-3', kind: 'system_demo', title: 'System demo · Iteration 3', startDate: '2026-12-04', endDate: '2026-12-04' },
      { key: 'system-demo-26.4-4', kind: 'system_demo', title: 'System demo · Iteration 4', startDate: '2026-12-18', endDate: '2026-12-18' },
      // The IP iteration ends on Friday 1 January; the next working days are Monday 4 and Tuesday 5.
      { key: 'pi-planning-27.1', kind: 'pi_planning', title: 'PI planning · PI 27.1', startDate: '2027-01-04', endDate: '2027-01-05' },
    ]);
  });
});
