import { describe, expect, it } from 'vitest';
import { bucketLabels, formatDays, formatPercent, lastWorkingDays, percentOf, piLabel, secondsToDays, sharesOf, trendDirection } from '../../lib/panels/flow/math';

describe('sharesOf', () => {
  it('whole percents that add up to 100, the largest remainders rounded up', () => {
    expect(sharesOf([1, 1, 1])).toEqual([34, 33, 33]); // 33.3 each: one point missing, the first takes it
    expect(sharesOf([31, 8, 10, 1])).toEqual([62, 16, 20, 2]); // of 50: exact
    expect(sharesOf([2, 1, 0, 0])).toEqual([67, 33, 0, 0]); // 66.67 → 67, 33.33 → 33
    expect(sharesOf([1, 1, 1, 1, 1, 1, 1])).toEqual([15, 15, 14, 14, 14, 14, 14]); // 14.29 × 7 = 98 + 2
    expect(sharesOf([5, 0, 0, 1])).toEqual([83, 0, 0, 17]); // 83.33 → 83, 16.67 → 17
  });

  it('all 0 when there is nothing', () => {
    expect(sharesOf([0, 0, 0, 0])).toEqual([0, 0, 0, 0]);
    expect(sharesOf([])).toEqual([]);
  });
});

describe('percentOf', () => {
  it('rounds to a whole percent', () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(45, 100)).toBe(45);
    expect(percentOf(5, 4)).toBe(125);
  });
  it('is null with nothing to divide by', () => {
    expect(percentOf(0, 0)).toBeNull();
    expect(percentOf(3, 0)).toBeNull();
  });
});

describe('days', () => {
  it('seconds to days with one decimal', () => {
    expect(secondsToDays(4.5 * 86_400)).toBe(4.5);
    expect(secondsToDays(100_000)).toBe(1.2); // 1.157 d
    expect(secondsToDays(0)).toBe(0);
    expect(secondsToDays(null)).toBeNull();
  });
  it('formats whole and fractional days, and nothing as a dash', () => {
    expect(formatDays(4.5)).toBe('4.5 d');
    expect(formatDays(9)).toBe('9 d');
    expect(formatDays(null)).toBe('–');
    expect(formatPercent(38)).toBe('38 %');
    expect(formatPercent(null)).toBe('–');
  });
});

describe('trendDirection', () => {
  it('rising or falling beyond a tenth of the first value', () => {
    expect(trendDirection([10, 12, 14])).toBe('rising'); // +4 > max(1, 1)
    expect(trendDirection([50, 40, 44])).toBe('falling'); // −6 > 5
    expect(trendDirection([0, 0, 2])).toBe('rising'); // +2 > the minimum of 1
  });
  it('steady within the tolerance, or with too little to say', () => {
    expect(trendDirection([50, 60, 55])).toBe('steady'); // +5 is not more than 5
    expect(trendDirection([3, 4])).toBe('steady'); // +1 is not more than 1
    expect(trendDirection([7])).toBe('steady');
    expect(trendDirection([])).toBe('steady');
  });
});

describe('lastWorkingDays', () => {
  it('counts back over weekends, today included on a working day', () => {
    // Wed 2 Apr 2025 back to Thu 20 Mar: 3 days this week, 5 last week, Thu and Fri before.
    expect(lastWorkingDays('2025-04-02', 10)).toEqual([
      '2025-03-20', '2025-03-21', '2025-03-24', '2025-03-25', '2025-03-26', '2025-03-27', '2025-03-28', '2025-03-31', '2025-04-01', '2025-04-02',
    ]);
  });
  it('on a Sunday, ends with Friday', () => {
    expect(lastWorkingDays('2025-03-30', 3)).toEqual(['2025-03-26', '2025-03-27', '2025-03-28']);
  });
});

describe('bucketLabels', () => {
  it('names each bucket by its bounds, the last open', () => {
    expect(bucketLabels([1, 3, 5, 10, 20])).toEqual(['<1', '1–3', '3–5', '5–10', '10–20', '20+']);
  });
});

describe('piLabel', () => {
  it('adds "PI" only when the name lacks it', () => {
    expect(piLabel('25.1')).toBe('PI 25.1');
    expect(piLabel('PI 26.4')).toBe('PI 26.4');
    expect(piLabel('pi-7')).toBe('pi-7');
    expect(piLabel('Pilot')).toBe('PI Pilot');
  });
});
