import { describe, expect, it } from 'vitest';
import { boardName, boardOutOfDate, completeGates, countdownText, dayMonth, shortCalendarDate, shortDate, slipDays, standOuts } from '../../lib/panels/releases/math';
import type { BoardGate } from '../../lib/panels/releases/types';

const TODAY = '2026-11-24'; // a Tuesday

const release = (over: Partial<{ plannedDate: string; targetDate: string; releasedAt: string | null; gates: BoardGate[] }> = {}) => ({
  plannedDate: '2026-11-27',
  targetDate: '2026-11-27',
  releasedAt: null,
  gates: completeGates([], false),
  ...over,
});

describe('countdownText', () => {
  it('counts calendar days to the target in the train’s zone', () => {
    expect(countdownText(release({ targetDate: TODAY }), TODAY)).toBe('Today');
    expect(countdownText(release({ targetDate: '2026-11-25' }), TODAY)).toBe('Tomorrow');
    expect(countdownText(release({ targetDate: '2026-11-27' }), TODAY)).toBe('in 3 days');
    // Across the end of the month and a DST-free stretch: 1 Dec is 7 days after 24 Nov.
    expect(countdownText(release({ targetDate: '2026-12-01' }), TODAY)).toBe('in 7 days');
  });

  it('says how late a target that passed without a release is; a released one has departed', () => {
    expect(countdownText(release({ targetDate: '2026-11-23' }), TODAY)).toBe('1 day late');
    expect(countdownText(release({ targetDate: '2026-11-22' }), TODAY)).toBe('2 days late');
    expect(countdownText(release({ targetDate: '2026-11-22', releasedAt: '2026-11-23T10:00:00Z' }), TODAY)).toBe('Departed');
  });

  it('moves at midnight: the same release reads one day less the next day', () => {
    const r = release({ targetDate: '2026-11-27' });
    expect(countdownText(r, '2026-11-26')).toBe('Tomorrow');
    expect(countdownText(r, '2026-11-28')).toBe('1 day late');
  });
});

describe('slipDays and standOuts', () => {
  it('a release on its planned date does not stand out', () => {
    expect(slipDays(release(), TODAY)).toBe(0);
    expect(standOuts(release(), TODAY)).toEqual([]);
  });

  it('a target later than planned has slipped by the difference', () => {
    const slipped = release({ plannedDate: '2026-11-20', targetDate: '2026-11-27' });
    expect(slipDays(slipped, TODAY)).toBe(7);
    expect(standOuts(slipped, TODAY)).toEqual([{ kind: 'slipped', text: 'Slipped 7 days' }]);
  });

  it('a target that passed without a release slips day by day, to today', () => {
    // Planned and targeted for Monday 23rd, not out on Tuesday 24th: one day; on Thursday 26th: three.
    const late = release({ plannedDate: '2026-11-23', targetDate: '2026-11-23' });
    expect(standOuts(late, TODAY)).toEqual([{ kind: 'slipped', text: 'Slipped 1 day' }]);
    expect(slipDays(late, '2026-11-26')).toBe(3);
    // Slipped from the 20th to the 23rd, then passed: counted from the planned date.
    expect(slipDays(release({ plannedDate: '2026-11-20', targetDate: '2026-11-23' }), TODAY)).toBe(4);
  });

  it('a rejected gate stands out, together with a slip; a departed release no longer does', () => {
    const gates = completeGates([{ gate: 'security_review', state: 'rejected', decidedBy: 'Marco', decidedAt: '2026-11-23T09:30:00Z' }], false);
    expect(standOuts(release({ gates }), TODAY)).toEqual([{ kind: 'rejected', text: 'Gate rejected' }]);
    expect(standOuts(release({ gates, plannedDate: '2026-11-25' }), TODAY).map((s) => s.text)).toEqual(['Gate rejected', 'Slipped 2 days']);
    expect(standOuts(release({ gates, plannedDate: '2026-11-20', releasedAt: '2026-11-24T08:00:00Z' }), TODAY)).toEqual([]);
  });
});

describe('completeGates', () => {
  const pending = (gate: BoardGate['gate']): BoardGate => ({ gate, state: 'pending', decidedBy: null, decidedAt: null });
  const notNeeded: BoardGate = { gate: 'ato', state: 'not_needed', decidedBy: null, decidedAt: null };

  it('a release with no gates: all five pending in board order, ATO not needed unless major', () => {
    expect(completeGates([], false)).toEqual([pending('change_approval'), pending('security_review'), notNeeded, pending('qa_signoff'), pending('dr_docs')]);
    expect(completeGates([], true).map((g) => g.state)).toEqual(['pending', 'pending', 'pending', 'pending', 'pending']);
  });

  it('stored gates, in any order, take their place; an ATO recorded for a release that is not major is not needed', () => {
    const qa: BoardGate = { gate: 'qa_signoff', state: 'approved', decidedBy: 'Lena', decidedAt: '2026-11-20T15:00:00Z' };
    const ato: BoardGate = { gate: 'ato', state: 'rejected', decidedBy: 'AO', decidedAt: '2026-11-20T15:00:00Z' };
    expect(completeGates([qa, ato], false)).toEqual([pending('change_approval'), pending('security_review'), notNeeded, qa, pending('dr_docs')]);
    expect(completeGates([qa, ato], true)[2]).toEqual(ato);
  });
});

describe('dates', () => {
  it('writes an instant’s day in the train’s zone and a calendar date as is', () => {
    // 23:30 UTC on the 24th is already the 25th in Amsterdam.
    expect(shortDate('2026-11-24T23:30:00Z', 'Europe/Amsterdam')).toBe('Wed 25 Nov');
    expect(shortDate('2026-11-24T23:30:00Z', 'America/Sao_Paulo')).toBe('Tue 24 Nov');
    expect(shortCalendarDate('2026-12-04')).toBe('Fri 4 Dec');
    expect(dayMonth('2026-11-24T23:30:00Z', 'Europe/Amsterdam')).toBe('25 Nov');
  });

  it('writes a decider’s name as a board does', () => {
    expect(boardName('Marco Bianchi')).toBe('M. Bianchi');
    expect(boardName('ana maria de souza')).toBe('A. maria de souza');
    expect(boardName('  Cher ')).toBe('Cher');
  });

  it('the board is out of date once the wall’s today is past the day it was loaded', () => {
    expect(boardOutOfDate('2026-11-24', '2026-11-24')).toBe(false);
    expect(boardOutOfDate('2026-11-24', '2026-11-25')).toBe(true);
  });
});
