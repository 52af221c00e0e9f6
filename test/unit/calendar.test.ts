import { describe, expect, it } from 'vitest';
import {
  addDays,
  isValidTimeZone,
  isWorkingDay,
  mondayOf,
  shortDayLabel,
  todayIn,
  weekday,
  workingDaysBetween,
  zonedTimeToUtc,
} from '../../lib/time/calendar';

describe('todayIn', () => {
  // 23:30 UTC on Monday 10 March 2025: New York is on EDT (-4) since 9 March, Auckland on NZDT (+13).
  const lateMonday = new Date('2025-03-10T23:30:00Z');

  it.each([
    ['UTC', '2025-03-10'],
    ['Europe/London', '2025-03-10'],
    ['Europe/Amsterdam', '2025-03-11'],
    ['America/New_York', '2025-03-10'],
    ['America/Los_Angeles', '2025-03-10'],
    ['Asia/Tokyo', '2025-03-11'],
    ['Pacific/Auckland', '2025-03-11'],
    ['Pacific/Pago_Pago', '2025-03-10'],
  ])('at 2025-03-10T23:30Z it is %s %s', (zone, date) => {
    expect(todayIn(zone, lateMonday)).toBe(date);
  });

  it('turns the date at local midnight, also at a half-hour offset (Asia/Kolkata, +05:30)', () => {
    expect(todayIn('Asia/Kolkata', new Date('2025-03-10T18:29:59Z'))).toBe('2025-03-10');
    expect(todayIn('Asia/Kolkata', new Date('2025-03-10T18:30:00Z'))).toBe('2025-03-11');
  });

  it('is still last year in New York half an hour into a UTC new year', () => {
    expect(todayIn('America/New_York', new Date('2025-01-01T00:30:00Z'))).toBe('2024-12-31');
    expect(todayIn('UTC', new Date('2025-01-01T00:30:00Z'))).toBe('2025-01-01');
  });
});

describe('workingDaysBetween', () => {
  it('lists Monday to Friday, both ends included, skipping the weekend', () => {
    // Friday 7 March 2025 to Monday 17 March 2025.
    expect(workingDaysBetween('2025-03-07', '2025-03-17')).toEqual([
      '2025-03-07',
      '2025-03-10',
      '2025-03-11',
      '2025-03-12',
      '2025-03-13',
      '2025-03-14',
      '2025-03-17',
    ]);
  });

  it('crosses a month and a year end', () => {
    expect(workingDaysBetween('2024-12-30', '2025-01-06')).toEqual([
      '2024-12-30',
      '2024-12-31',
      '2025-01-01',
      '2025-01-02',
      '2025-01-03',
      '2025-01-06',
    ]);
  });

  it('is empty for a weekend and for an end before the start; one day for a single working day', () => {
    expect(workingDaysBetween('2025-03-08', '2025-03-09')).toEqual([]);
    expect(workingDaysBetween('2025-03-14', '2025-03-10')).toEqual([]);
    expect(workingDaysBetween('2025-03-12', '2025-03-12')).toEqual(['2025-03-12']);
  });
});

describe('addDays', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-01-01', -1, '2024-12-31'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2025-03-29', 2, '2025-03-31'], // over the Amsterdam DST change: dates have no clock
    ['2025-03-24', 14, '2025-04-07'],
    ['2025-03-24', 0, '2025-03-24'],
  ])('%s plus %d days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});

describe('weekdays', () => {
  it.each([
    ['2025-03-10', 1, true],
    ['2025-03-14', 5, true],
    ['2025-03-15', 6, false],
    ['2025-03-16', 0, false],
  ])('%s is weekday %d (working day: %s)', (date, day, working) => {
    expect(weekday(date)).toBe(day);
    expect(isWorkingDay(date)).toBe(working);
  });

  it.each([
    ['2025-03-10', '2025-03-10'], // Monday itself
    ['2025-03-12', '2025-03-10'],
    ['2025-03-15', '2025-03-10'], // Saturday
    ['2025-03-16', '2025-03-10'], // Sunday belongs to the week that began on Monday
    ['2025-01-01', '2024-12-30'], // Wednesday; Monday is in the previous year
    ['2025-03-02', '2025-02-24'],
  ])('mondayOf(%s) is %s', (date, monday) => {
    expect(mondayOf(date)).toBe(monday);
  });

  it('labels a day by short weekday name and day of month', () => {
    expect(shortDayLabel('2025-03-24')).toBe('Mon 24');
    expect(shortDayLabel('2025-04-01')).toBe('Tue 1');
    expect(shortDayLabel('2025-03-09')).toBe('Sun 9');
  });
});

describe('zonedTimeToUtc', () => {
  const iso = (date: string, minutes: number, zone: string) => zonedTimeToUtc(date, minutes, zone).toISOString();

  it('converts winter and summer wall times in Europe/Amsterdam (+01:00 / +02:00)', () => {
    expect(iso('2025-01-15', 9 * 60, 'Europe/Amsterdam')).toBe('2025-01-15T08:00:00.000Z');
    expect(iso('2025-07-01', 0, 'Europe/Amsterdam')).toBe('2025-06-30T22:00:00.000Z');
  });

  it('handles the spring-forward day in Europe/Amsterdam (30 March 2025, 02:00 -> 03:00)', () => {
    expect(iso('2025-03-30', 0, 'Europe/Amsterdam')).toBe('2025-03-29T23:00:00.000Z');
    expect(iso('2025-03-30', 60, 'Europe/Amsterdam')).toBe('2025-03-30T00:00:00.000Z');
    expect(iso('2025-03-30', 3 * 60, 'Europe/Amsterdam')).toBe('2025-03-30T01:00:00.000Z');
    expect(iso('2025-03-30', 12 * 60, 'Europe/Amsterdam')).toBe('2025-03-30T10:00:00.000Z');
    // 02:30 does not exist that night: it moves forward to 03:30 CEST.
    expect(iso('2025-03-30', 150, 'Europe/Amsterdam')).toBe('2025-03-30T01:30:00.000Z');
    // The start of the next day (24 h after midnight on the 29th, which is still CET).
    expect(iso('2025-03-29', 24 * 60, 'Europe/Amsterdam')).toBe('2025-03-29T23:00:00.000Z');
  });

  it('handles the fall-back day in Europe/Amsterdam (26 October 2025, 03:00 -> 02:00)', () => {
    expect(iso('2025-10-26', 0, 'Europe/Amsterdam')).toBe('2025-10-25T22:00:00.000Z');
    expect(iso('2025-10-26', 12 * 60, 'Europe/Amsterdam')).toBe('2025-10-26T11:00:00.000Z');
    // 02:30 happens twice; either instant must read 02:30 on an Amsterdam clock.
    expect(['2025-10-26T00:30:00.000Z', '2025-10-26T01:30:00.000Z']).toContain(iso('2025-10-26', 150, 'Europe/Amsterdam'));
  });

  it('handles both DST change days in America/New_York', () => {
    // 9 March 2025: 02:00 EST -> 03:00 EDT.
    expect(iso('2025-03-08', 12 * 60, 'America/New_York')).toBe('2025-03-08T17:00:00.000Z');
    expect(iso('2025-03-09', 0, 'America/New_York')).toBe('2025-03-09T05:00:00.000Z');
    expect(iso('2025-03-09', 12 * 60, 'America/New_York')).toBe('2025-03-09T16:00:00.000Z');
    // 2 November 2025: 02:00 EDT -> 01:00 EST.
    expect(iso('2025-11-02', 0, 'America/New_York')).toBe('2025-11-02T04:00:00.000Z');
    expect(iso('2025-11-02', 12 * 60, 'America/New_York')).toBe('2025-11-02T17:00:00.000Z');
    expect(iso('2025-11-02', 23 * 60 + 30, 'America/New_York')).toBe('2025-11-03T04:30:00.000Z');
  });
});

describe('isValidTimeZone', () => {
  it('accepts IANA zones and refuses made-up ones', () => {
    expect(isValidTimeZone('Europe/Amsterdam')).toBe(true);
    expect(isValidTimeZone('America/New_York')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});
