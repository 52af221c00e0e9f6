import { describe, expect, it } from 'vitest';
import { burndownTimeline, idealLine, paceOf, round1, scopeChangesOf } from '../../lib/panels/burndown/math';

// A two-week iteration from Monday 24 March to Friday 4 April 2025.
const START = '2025-03-24';
const END = '2025-04-04';
const WORKING_DAYS = [
  '2025-03-24',
  '2025-03-25',
  '2025-03-26',
  '2025-03-27',
  '2025-03-28',
  '2025-03-31',
  '2025-04-01',
  '2025-04-02',
  '2025-04-03',
  '2025-04-04',
];

describe('burndownTimeline', () => {
  it('before the iteration: day 0, only the start point, read at the start of the first working day', () => {
    for (const today of ['2025-03-21', '2025-03-23']) {
      expect(burndownTimeline(START, END, today)).toEqual({ days: WORKING_DAYS, dayNumber: 0, cutoffs: ['2025-03-24'] });
    }
  });

  it('on day 1 the second point is read at the start of tomorrow', () => {
    expect(burndownTimeline(START, END, '2025-03-24')).toEqual({
      days: WORKING_DAYS,
      dayNumber: 1,
      cutoffs: ['2025-03-24', '2025-03-25'],
    });
  });

  it('mid-iteration on a Thursday: one point per finished day plus today so far', () => {
    const timeline = burndownTimeline(START, END, '2025-03-27');
    expect(timeline.dayNumber).toBe(4);
    expect(timeline.cutoffs).toEqual(['2025-03-24', '2025-03-25', '2025-03-26', '2025-03-27', '2025-03-28']);
  });

  it('on the Saturday in the middle, the last point (Friday) is read at the start of Sunday, so Saturday work shows', () => {
    const timeline = burndownTimeline(START, END, '2025-03-29');
    expect(timeline.dayNumber).toBe(5);
    expect(timeline.cutoffs).toEqual(['2025-03-24', '2025-03-25', '2025-03-26', '2025-03-27', '2025-03-28', '2025-03-30']);
  });

  it('on the Sunday in the middle, the last point is read at the start of Monday', () => {
    const timeline = burndownTimeline(START, END, '2025-03-30');
    expect(timeline.dayNumber).toBe(5);
    expect(timeline.cutoffs.at(-1)).toBe('2025-03-31');
    expect(timeline.cutoffs).toHaveLength(6);
  });

  it('on the Monday after the weekend, Friday\'s point closes at the start of Saturday', () => {
    expect(burndownTimeline(START, END, '2025-03-31').cutoffs).toEqual([
      '2025-03-24',
      '2025-03-25',
      '2025-03-26',
      '2025-03-27',
      '2025-03-28',
      '2025-03-29',
      '2025-04-01',
    ]);
  });

  it('on the last day and after the end: all 10 days, the last point at the start of the day after the end', () => {
    const expected = {
      days: WORKING_DAYS,
      dayNumber: 10,
      cutoffs: [
        '2025-03-24',
        '2025-03-25',
        '2025-03-26',
        '2025-03-27',
        '2025-03-28',
        '2025-03-29',
        '2025-04-01',
        '2025-04-02',
        '2025-04-03',
        '2025-04-04',
        '2025-04-05',
      ],
    };
    expect(burndownTimeline(START, END, '2025-04-04')).toEqual(expected);
    expect(burndownTimeline(START, END, '2025-04-06')).toEqual(expected);
    expect(burndownTimeline(START, END, '2025-05-20')).toEqual(expected);
  });

  it('an iteration without working days has only its start point', () => {
    expect(burndownTimeline('2025-03-29', '2025-03-30', '2025-03-29')).toEqual({ days: [], dayNumber: 0, cutoffs: ['2025-03-29'] });
  });
});

describe('idealLine', () => {
  it('falls in equal steps from the committed work to zero', () => {
    expect(idealLine(18, 10)).toEqual([18, 16.2, 14.4, 12.6, 10.8, 9, 7.2, 5.4, 3.6, 1.8, 0]);
    expect(idealLine(10, 3)).toEqual([10, 6.7, 3.3, 0]);
    expect(idealLine(0, 2)).toEqual([0, 0, 0]);
  });

  it('is the committed work alone when there are no working days', () => {
    expect(idealLine(7.25, 0)).toEqual([7.3]);
    expect(idealLine(0, 0)).toEqual([0]);
  });
});

describe('round1', () => {
  it('rounds to one decimal', () => {
    expect(round1(3.14159)).toBe(3.1);
    expect(round1(2.96)).toBe(3);
    expect(round1(2.25)).toBe(2.3);
    expect(round1(12)).toBe(12);
  });
});

describe('paceOf', () => {
  it('is no-work when there is nothing in scope and nothing left, done when only nothing is left', () => {
    expect(paceOf(0, 0, 0, 0)).toBe('no-work');
    expect(paceOf(0, 5, 10, 10)).toBe('done');
    expect(paceOf(0, 0, 10, 10)).toBe('done');
  });

  it('allows a tenth of the commitment either side of the ideal line', () => {
    // committed 20: tolerance 2.
    expect(paceOf(12, 10, 20, 20)).toBe('on-track');
    expect(paceOf(12.1, 10, 20, 20)).toBe('behind');
    expect(paceOf(8, 10, 20, 20)).toBe('on-track');
    expect(paceOf(7.9, 10, 20, 20)).toBe('ahead');
  });

  it('allows at least one unit for a small commitment', () => {
    // committed 3: a tenth is 0.3, so the tolerance is 1.
    expect(paceOf(3.5, 2.6, 3, 3)).toBe('on-track');
    expect(paceOf(3.7, 2.6, 3, 3)).toBe('behind');
    expect(paceOf(1.5, 2.6, 3, 3)).toBe('ahead');
  });
});

describe('scopeChangesOf', () => {
  it('keeps only the days after the start with a change, rounded to one decimal', () => {
    const points = [
      { added: 4, removed: 0 }, // the start: never a change, whatever the query says
      { added: 0, removed: 0 },
      { added: 2.25, removed: 0 },
      { added: 0, removed: 3.04 },
      { added: 1, removed: 1 },
      { added: 0.04, removed: 0 }, // rounds to 0: no marker
    ];
    expect(scopeChangesOf(points)).toEqual([
      { point: 2, added: 2.3, removed: 0 },
      { point: 3, added: 0, removed: 3 },
      { point: 4, added: 1, removed: 1 },
    ]);
    expect(scopeChangesOf([])).toEqual([]);
  });
});
