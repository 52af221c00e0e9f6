import { describe, expect, it } from 'vitest';
import {
  ageLabel,
  averageAgeLabel,
  escalatedLabel,
  idleLabel,
  moreLabel,
  teamStrip,
  trendSeries,
  trendTotals,
  weekOfPiLabel,
} from '../../lib/panels/impediments/math';
import type { TeamOpenCount, TrendWeek } from '../../lib/panels/impediments/types';

const team = (name: string, open: number, slug: string | null = name.toLowerCase()): TeamOpenCount => ({ slug, name, open });
const week = (number: number, opened: number, resolved: number, state: 'past' | 'current' | 'future' = 'past'): TrendWeek => ({
  number,
  startDate: `2026-10-${String(5 + 7 * (number - 1)).padStart(2, '0')}`,
  opened,
  resolved,
  current: state === 'current',
  future: state === 'future',
});

describe('ageLabel and averageAgeLabel', () => {
  it('says today, one day, or n days', () => {
    expect(ageLabel(0)).toBe('today');
    expect(ageLabel(1)).toBe('1 day');
    expect(ageLabel(12)).toBe('12 days');
  });

  it('writes a mean with one decimal, whole numbers without, a dash for none', () => {
    expect(averageAgeLabel(null)).toBe('–');
    expect(averageAgeLabel(0)).toBe('0 days');
    expect(averageAgeLabel(1)).toBe('1 day');
    expect(averageAgeLabel(9.4)).toBe('9.4 days');
    // (3 + 4 + 4) / 3 = 3.666… → 3.7
    expect(averageAgeLabel(11 / 3)).toBe('3.7 days');
    expect(averageAgeLabel(6.96)).toBe('7 days');
  });
});

describe('moreLabel and escalatedLabel', () => {
  it('counts what the list leaves out', () => {
    expect(moreLabel(0, 0)).toBe('');
    expect(moreLabel(5, 5)).toBe('');
    expect(moreLabel(11, 8)).toBe('+3 more');
  });

  it('names escalated ones, or none', () => {
    expect(escalatedLabel(0)).toBe('none escalated');
    expect(escalatedLabel(1)).toBe('1 escalated');
    expect(escalatedLabel(4)).toBe('4 escalated');
  });
});

describe('teamStrip', () => {
  it('is empty for a train without teams or impediments', () => {
    expect(teamStrip([], 6)).toEqual({ busy: [], more: null, idle: [] });
    expect(teamStrip([team('Train', 0, null)], 6)).toEqual({ busy: [], more: null, idle: ['Train'] });
  });

  it('keeps the busy ones in their order as tiles and collects the idle names', () => {
    const teams = [team('Atlas', 3), team('Train', 1, null), team('Borealis', 0), team('Ember', 0)];
    expect(teamStrip(teams, 6)).toEqual({ busy: [teams[0], teams[1]], more: null, idle: ['Borealis', 'Ember'] });
  });

  it('exactly as many busy teams as tiles: no "+N teams"', () => {
    const teams = [team('A', 2), team('B', 1), team('C', 1)];
    expect(teamStrip(teams, 3)).toEqual({ busy: teams, more: null, idle: [] });
  });

  it('more busy teams than tiles: the last tile sums the rest', () => {
    // A 5, B 3 shown; C 2 + D 1 + E 1 = 4 open in 3 teams.
    const teams = [team('A', 5), team('B', 3), team('C', 2), team('D', 1), team('E', 1), team('F', 0)];
    expect(teamStrip(teams, 3)).toEqual({ busy: [teams[0], teams[1]], more: { teams: 3, open: 4 }, idle: ['F'] });
  });

  it('writes up to three idle names, and counts more', () => {
    expect(idleLabel([])).toBe('');
    expect(idleLabel(['Borealis'])).toBe('Borealis');
    expect(idleLabel(['Borealis', 'Ember', 'Train'])).toBe('Borealis · Ember · Train');
    expect(idleLabel(['A', 'B', 'C', 'D'])).toBe('4 teams');
  });
});

describe('the trend', () => {
  const weeks = [week(1, 2, 0), week(2, 1, 3), week(3, 0, 1, 'current'), week(4, 0, 0, 'future')];

  it('labels weeks W1.., this week "Now", and leaves weeks to come without bars', () => {
    expect(trendSeries(weeks)).toEqual({ labels: ['W1', 'W2', 'Now', 'W4'], opened: [2, 1, 0, null], resolved: [0, 3, 1, null] });
    expect(trendSeries([])).toEqual({ labels: [], opened: [], resolved: [] });
  });

  it('sums opened and resolved over the PI so far', () => {
    // opened 2 + 1 + 0 = 3, resolved 0 + 3 + 1 = 4
    expect(trendTotals(weeks)).toEqual({ opened: 3, resolved: 4 });
    expect(trendTotals([])).toEqual({ opened: 0, resolved: 0 });
  });

  it('says which week of the PI it is, or nothing outside it', () => {
    expect(weekOfPiLabel(weeks)).toBe('week 3 of 4');
    expect(weekOfPiLabel([week(1, 0, 0)])).toBeNull();
    expect(weekOfPiLabel([])).toBeNull();
  });
});
