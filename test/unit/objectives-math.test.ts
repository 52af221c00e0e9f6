import { describe, expect, it } from 'vitest';
import {
  artPredictability,
  formatPercent,
  piDatesLabel,
  piLabel,
  predictabilityPercent,
  predictabilityState,
  ratedLabel,
  teamObjectives,
  type TeamBreakdown,
} from '../../lib/panels/objectives/math';

const team = (slug: string, sums: Partial<TeamBreakdown>): TeamBreakdown => ({
  teamSlug: slug,
  teamName: `Team ${slug}`,
  committedPlanned: 0,
  committedActual: 0,
  uncommittedPlanned: 0,
  uncommittedActual: 0,
  rated: 0,
  total: 0,
  committedCount: 0,
  uncommittedCount: 0,
  committedPlannedAll: 0,
  uncommittedPlannedAll: 0,
  ...sums,
});

// Team A: committed 10 BV → 8, committed 5 → 5, committed 7 not rated, uncommitted 4 not rated.
//   rated planned = 10 + 5 = 15; actual = 8 + 5 = 13; 13 / 15 = 86.67 % → "87 %", 2 of 4 rated.
const A = team('a', {
  committedPlanned: 15,
  committedActual: 13,
  rated: 2,
  total: 4,
  committedCount: 3,
  uncommittedCount: 1,
  committedPlannedAll: 22,
  uncommittedPlannedAll: 4,
});
// Team B: committed 10 → 9, uncommitted 5 → 4 (achieved).
//   planned = 10 (uncommitted planned is not in the denominator); actual = 9 + 4 = 13; 13 / 10 = 130 %.
const B = team('b', {
  committedPlanned: 10,
  committedActual: 9,
  uncommittedPlanned: 5,
  uncommittedActual: 4,
  rated: 2,
  total: 2,
  committedCount: 1,
  uncommittedCount: 1,
  committedPlannedAll: 10,
  uncommittedPlannedAll: 5,
});

describe('predictabilityPercent', () => {
  it('is actual over planned, times 100, unrounded', () => {
    expect(predictabilityPercent(8, 10)).toBe(80);
    expect(predictabilityPercent(13, 15)).toBeCloseTo(86.667, 3); // 13 / 15 × 100
    expect(predictabilityPercent(13, 10)).toBe(130);
  });

  it('is null when nothing planned is rated', () => {
    expect(predictabilityPercent(0, 0)).toBeNull();
    // Only uncommitted objectives rated: actual without a planned commitment has no percentage.
    expect(predictabilityPercent(4, 0)).toBeNull();
  });
});

describe('predictabilityState', () => {
  it('judges the rounded percentage the screen shows against the 80-100 % band', () => {
    expect(predictabilityState(79.6, 3)).toBe('predictable'); // reads "80 %"
    expect(predictabilityState(79.4, 3)).toBe('below'); // reads "79 %"
    expect(predictabilityState(100.4, 3)).toBe('predictable'); // reads "100 %"
    expect(predictabilityState(100.6, 3)).toBe('above'); // reads "101 %"
  });

  it('tells "not rated yet" from "no objectives"', () => {
    expect(predictabilityState(null, 3)).toBe('unrated');
    expect(predictabilityState(null, 0)).toBe('none');
  });
});

describe('teamObjectives', () => {
  it('no objectives yet: zeros, no percentage, state none', () => {
    expect(teamObjectives(team('a', {}))).toMatchObject({ percent: null, state: 'none', rated: 0, total: 0 });
  });

  it('none rated: the commitment shows, but no percentage', () => {
    // Committed 5 + 3 + 2 = 10 BV planned, nothing rated.
    const row = team('a', { total: 3, committedCount: 3, committedPlannedAll: 10 });
    expect(teamObjectives(row)).toMatchObject({
      committed: { count: 3, planned: 10, ratedPlanned: 0, actual: 0 },
      percent: null,
      state: 'unrated',
    });
    expect(ratedLabel(0, 3)).toBe('0 of 3 rated');
  });

  it('partly rated: only rated objectives count, so 13 / 15 reads 87 %', () => {
    expect(teamObjectives(A)).toEqual({
      slug: 'a',
      name: 'Team a',
      committed: { count: 3, planned: 22, ratedPlanned: 15, actual: 13 },
      uncommitted: { count: 1, planned: 4, achieved: 0 },
      rated: 2,
      total: 4,
      percent: 87,
      state: 'predictable',
    });
    expect(ratedLabel(2, 4)).toBe('2 of 4 rated');
  });

  it('an uncommitted objective achieved raises it over 100 %', () => {
    expect(teamObjectives(B)).toMatchObject({ percent: 130, state: 'above', uncommitted: { count: 1, planned: 5, achieved: 4 } });
    expect(formatPercent(130)).toBe('130 %');
  });

  it('below the band', () => {
    // Committed 9 BV → 7: 7 / 9 = 77.8 % → "78 %".
    expect(teamObjectives(team('c', { committedPlanned: 9, committedActual: 7, rated: 1, total: 1 }))).toMatchObject({ percent: 78, state: 'below' });
  });
});

describe('artPredictability', () => {
  it('is Σ actual / Σ planned over all teams, not the mean of team percentages', () => {
    // Σ planned = 15 + 10 = 25; Σ actual = 13 + 13 = 26; 26 / 25 = 104 %.
    // (The mean of 86.67 % and 130 % would be 108 %.)
    expect(artPredictability([A, B])).toEqual({ percent: 104, state: 'above', planned: 25, actual: 26, rated: 4, total: 6 });
  });

  it('no teams or no objectives: nothing to measure', () => {
    expect(artPredictability([])).toEqual({ percent: null, state: 'none', planned: 0, actual: 0, rated: 0, total: 0 });
    expect(artPredictability([team('a', {}), team('b', {})])).toMatchObject({ percent: null, state: 'none' });
    expect(formatPercent(null)).toBe('–');
  });

  it('objectives but none rated: not rated yet', () => {
    expect(artPredictability([team('a', { total: 2, committedCount: 2, committedPlannedAll: 12 })])).toMatchObject({ percent: null, state: 'unrated', total: 2 });
  });
});

describe('piDatesLabel', () => {
  it('reads day and month', () => {
    expect(piDatesLabel('2026-10-05', '2026-12-11')).toBe('5 Oct – 11 Dec');
  });
});

describe('piLabel', () => {
  it('says PI once', () => {
    expect(piLabel('26.4')).toBe('PI 26.4');
    expect(piLabel('PI 26.4')).toBe('PI 26.4');
  });
});
