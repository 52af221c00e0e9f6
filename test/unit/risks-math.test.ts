import { describe, expect, it } from 'vitest';
import { ageInDays, ageLabel, capGroup, compareRisks, moreLabel } from '../../lib/panels/risks/math';
import type { RiskImpact } from '../../lib/panels/risks/types';

const risk = (key: string, impact: RiskImpact, raisedAt: string) => ({ key, impact, raisedAt });

describe('compareRisks: the board order', () => {
  it('puts critical before high before medium before low, whatever their age', () => {
    const risks = [
      risk('L', 'low', '2026-01-01T09:00:00Z'),
      risk('M', 'medium', '2026-01-02T09:00:00Z'),
      risk('C', 'critical', '2026-03-01T09:00:00Z'),
      risk('H', 'high', '2026-02-01T09:00:00Z'),
    ];
    expect([...risks].sort(compareRisks).map((r) => r.key)).toEqual(['C', 'H', 'M', 'L']);
  });

  it('within one impact, the oldest first; the same instant falls back to the key', () => {
    const risks = [
      risk('b', 'high', '2026-02-01T10:00:00Z'),
      risk('late', 'high', '2026-02-03T08:00:00Z'),
      // 09:00 UTC written with an offset: still the earliest.
      risk('early', 'high', '2026-02-01T10:00:00+02:00'),
      risk('a', 'high', '2026-02-01T10:00:00Z'),
    ];
    expect([...risks].sort(compareRisks).map((r) => r.key)).toEqual(['early', 'a', 'b', 'late']);
  });

  it('one risk, or none, sorts to itself', () => {
    expect([risk('x', 'low', '2026-01-01T00:00:00Z')].sort(compareRisks).map((r) => r.key)).toEqual(['x']);
    expect([].sort(compareRisks)).toEqual([]);
    expect(compareRisks(risk('x', 'low', '2026-01-01T00:00:00Z'), risk('x', 'low', '2026-01-01T00:00:00Z'))).toBe(0);
  });
});

describe('ageInDays: calendar days in the train’s zone', () => {
  const amsterdam = 'Europe/Amsterdam';

  it('is 0 on the day it was raised, 1 the next morning, and counts whole dates after that', () => {
    // Raised Monday 2 November 2026, 17:00 in Amsterdam (16:00 UTC).
    const raised = '2026-11-02T16:00:00Z';
    expect(ageInDays(raised, new Date('2026-11-02T22:59:00Z'), amsterdam)).toBe(0); // 23:59 the same day
    expect(ageInDays(raised, new Date('2026-11-02T23:01:00Z'), amsterdam)).toBe(1); // 00:01 on Tuesday
    expect(ageInDays(raised, new Date('2026-11-12T09:00:00Z'), amsterdam)).toBe(10);
  });

  it('uses the train’s zone, not UTC: 23:30 UTC is already tomorrow in Amsterdam but today in São Paulo', () => {
    const raised = '2026-11-02T10:00:00Z';
    const now = new Date('2026-11-02T23:30:00Z');
    expect(ageInDays(raised, now, amsterdam)).toBe(1);
    expect(ageInDays(raised, now, 'America/Sao_Paulo')).toBe(0);
  });

  it('counts days, not 24-hour periods, across the change to winter time', () => {
    // Amsterdam leaves summer time on Sunday 25 October 2026: that day has 25 hours.
    expect(ageInDays('2026-10-24T10:00:00Z', new Date('2026-10-26T10:00:00Z'), amsterdam)).toBe(2);
  });

  it('is never negative when the raising clock ran ahead', () => {
    expect(ageInDays('2026-11-03T10:00:00Z', new Date('2026-11-02T10:00:00Z'), amsterdam)).toBe(0);
  });

  it('reads as new today, 1 day, n days', () => {
    expect([0, 1, 2, 31].map(ageLabel)).toEqual(['new today', '1 day', '2 days', '31 days']);
  });
});

describe('capGroup: lists never outgrow their slots', () => {
  const five = ['a', 'b', 'c', 'd', 'e'];

  it('shows everything when it fits, with no "more" line', () => {
    expect(capGroup(0, [], 3)).toEqual({ items: [], more: 0 });
    expect(capGroup(1, ['a'], 3)).toEqual({ items: ['a'], more: 0 });
    expect(capGroup(3, ['a', 'b', 'c'], 3)).toEqual({ items: ['a', 'b', 'c'], more: 0 });
  });

  it('one past the slots: the last slot becomes "+2 more", so 4 risks in 3 slots show 2', () => {
    expect(capGroup(4, ['a', 'b', 'c'], 3)).toEqual({ items: ['a', 'b'], more: 2 });
  });

  it('counts what is not shown from the total, not from the rows at hand', () => {
    // SQL sends at most `slots` rows of a state; its count says how many there are.
    expect(capGroup(12, five.slice(0, 3), 3)).toEqual({ items: ['a', 'b'], more: 10 });
  });

  it('a single slot holds only the "more" line when there are two or more', () => {
    expect(capGroup(1, ['a'], 1)).toEqual({ items: ['a'], more: 0 });
    expect(capGroup(2, ['a'], 1)).toEqual({ items: [], more: 2 });
  });

  it('reads "+N more"', () => {
    expect(moreLabel(2)).toBe('+2 more');
  });
});
