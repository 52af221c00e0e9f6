import { describe, expect, it } from 'vitest';
import {
  cadenceOutOfDate,
  cadenceStrip,
  daysBetween,
  iterationLabel,
  iterationProgress,
  nextCountdown,
  piLabel,
  progressText,
} from '../../lib/panels/cadence/math';
import type { CadenceDto, CadenceEntry } from '../../lib/panels/cadence/types';
import { todayIn, workingDaysBetween } from '../../lib/time/calendar';

// Iteration 4: Monday 16 to Friday 27 November 2026. Working days 16-20 and 23-27: ten.
const ITERATION = {
  number: 4,
  name: 'Iteration 4',
  kind: 'regular' as const,
  startDate: '2026-11-16',
  endDate: '2026-11-27',
  workingDays: workingDaysBetween('2026-11-16', '2026-11-27'),
};
const DEMO: CadenceEntry = { kind: 'system_demo', title: 'System demo 4', startDate: '2026-11-27', endDate: '2026-11-27' };
const PLANNING: CadenceEntry = { kind: 'pi_planning', title: 'PI planning 27.1', startDate: '2026-12-14', endDate: '2026-12-15' };

const dto = (over: Partial<CadenceDto> = {}): CadenceDto => ({
  kind: 'cadence',
  key: 'cadence:north',
  train: { slug: 'north', name: 'North', timeZone: 'Europe/Amsterdam' },
  asOf: '2026-11-24T09:00:00.000Z',
  pi: { name: '26.4', startDate: '2026-10-05', endDate: '2026-12-11' },
  iteration: ITERATION,
  upcoming: [DEMO, PLANNING],
  changesOn: '2026-11-28',
  ...over,
});

describe('iteration progress in working days', () => {
  it('counts working days reached: Tuesday of the second week is day 7 of 10', () => {
    // 16, 17, 18, 19, 20, 23, 24: seven working days up to Tuesday 24.
    expect(iterationProgress(ITERATION, '2026-11-24')).toEqual({ state: 'running', day: 7, of: 10 });
    expect(iterationProgress(ITERATION, '2026-11-16')).toEqual({ state: 'running', day: 1, of: 10 });
    expect(iterationProgress(ITERATION, '2026-11-27')).toEqual({ state: 'running', day: 10, of: 10 });
  });

  it('a weekend inside the iteration shows the last working day reached', () => {
    // Saturday 21 and Sunday 22: 16-20 reached, day 5.
    expect(iterationProgress(ITERATION, '2026-11-21')).toEqual({ state: 'running', day: 5, of: 10 });
    expect(iterationProgress(ITERATION, '2026-11-22')).toEqual({ state: 'running', day: 5, of: 10 });
  });

  it('before its start it counts down in calendar days; after its end it has ended', () => {
    // Saturday 14 to Monday 16: 2 days.
    expect(iterationProgress(ITERATION, '2026-11-14')).toEqual({ state: 'upcoming', startsInDays: 2 });
    expect(progressText(iterationProgress(ITERATION, '2026-11-14'))).toBe('Starts in 2 days');
    expect(progressText(iterationProgress(ITERATION, '2026-11-15'))).toBe('Starts tomorrow');
    expect(iterationProgress(ITERATION, '2026-11-28')).toEqual({ state: 'ended' });
    expect(progressText({ state: 'running', day: 7, of: 10 })).toBe('Day 7 of 10');
  });

  it('an IP iteration reads "IP Iteration" whatever its name; a PI is always called PI', () => {
    expect(iterationLabel({ name: 'Iteration 5', kind: 'ip' })).toBe('IP Iteration');
    expect(iterationLabel({ name: 'Sprint 4', kind: 'regular' })).toBe('Sprint 4');
    expect(piLabel('26.4')).toBe('PI 26.4');
    expect(piLabel('PI 26.4')).toBe('PI 26.4');
    expect(piLabel('Pilot')).toBe('PI Pilot');
  });

  it('an IP iteration of one week: Wednesday is day 3 of 5', () => {
    // Monday 30 November to Friday 4 December: 30, 1, 2 reached by Wednesday 2.
    const ip = { startDate: '2026-11-30', endDate: '2026-12-04', workingDays: workingDaysBetween('2026-11-30', '2026-12-04') };
    expect(iterationProgress(ip, '2026-12-02')).toEqual({ state: 'running', day: 3, of: 5 });
  });
});

describe('the countdown to the next PI planning or system demo', () => {
  it('names the nearest entry in calendar days', () => {
    // Tuesday 24 to Friday 27: 3 days.
    expect(nextCountdown([DEMO, PLANNING], '2026-11-24')).toEqual({ kind: 'system_demo', title: 'System demo 4', inDays: 3, text: 'System demo in 3 days' });
    expect(nextCountdown([DEMO, PLANNING], '2026-11-26')?.text).toBe('System demo tomorrow');
  });

  it('an entry today says today, and once it has passed the next one counts', () => {
    expect(nextCountdown([DEMO, PLANNING], '2026-11-27')?.text).toBe('System demo today');
    // Saturday 28 November to Monday 14 December: 2 days to the 30th, then 14 more: 16.
    expect(nextCountdown([DEMO, PLANNING], '2026-11-28')?.text).toBe('PI planning in 16 days');
    // Wednesday 2 to Monday 14 December: 12 days.
    expect(nextCountdown([DEMO, PLANNING], '2026-12-02')?.text).toBe('PI planning in 12 days');
    // PI planning runs 14-15 December: on its second day it is still under way.
    expect(nextCountdown([DEMO, PLANNING], '2026-12-15')?.text).toBe('PI planning today');
    expect(nextCountdown([DEMO, PLANNING], '2026-12-16')).toBeUndefined();
    expect(nextCountdown([], '2026-11-24')).toBeUndefined();
  });

  it('counts calendar days across a daylight saving change without drifting', () => {
    // Europe leaves summer time on Sunday 25 October 2026: Saturday 24 to Monday 26 is still 2 days.
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-12-14', '2026-11-24')).toBe(-20);
  });
});

describe('the strip for today', () => {
  it('right after midnight in the train zone the strip moves on without new data', () => {
    // 23:30 UTC on Thursday 26 November is 00:30 on Friday 27 in Amsterdam: the demo is today, day 10 of 10.
    const today = todayIn('Europe/Amsterdam', new Date('2026-11-26T23:30:00Z'));
    expect(today).toBe('2026-11-27');
    expect(cadenceStrip(dto(), today)).toEqual({
      pi: 'PI 26.4',
      iteration: 'Iteration 4',
      progress: 'Day 10 of 10',
      countdown: { kind: 'system_demo', title: 'System demo 4', inDays: 0, text: 'System demo today' },
    });
  });

  it('a train with no PI shows only what it has', () => {
    expect(cadenceStrip(dto({ pi: null, iteration: null, upcoming: [], changesOn: null }), '2026-11-24')).toEqual({
      pi: null,
      iteration: null,
      progress: null,
      countdown: undefined,
    });
  });

  it('the data goes out of date on its changesOn date, not before; without one, never', () => {
    expect(cadenceOutOfDate(dto(), '2026-11-27')).toBe(false);
    expect(cadenceOutOfDate(dto(), '2026-11-28')).toBe(true);
    expect(cadenceOutOfDate(dto(), '2026-12-01')).toBe(true);
    expect(cadenceOutOfDate(dto({ changesOn: null }), '2027-06-01')).toBe(false);
  });

});
