import { describe, expect, it } from 'vitest';
import {
  changeFailureRateBand,
  deploymentFrequencyBand,
  durationReading,
  failureRate,
  frequencyReading,
  leadTimeBand,
  percentReading,
  perDay,
  shortNumber,
  timeToRestoreBand,
  trendHeights,
} from '../../lib/panels/dora/math';

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;

describe('deployment frequency', () => {
  it('no deployments yet: no rate, no band, and the wall says none in 30 days', () => {
    expect(perDay(0, 30)).toBeNull();
    expect(deploymentFrequencyBand(null)).toBeNull();
    expect(frequencyReading(null)).toEqual({ value: '0', unit: 'in 30 days' });
  });

  it('one deployment in 30 days is once a month: medium', () => {
    expect(perDay(1, 30)).toBe(1 / 30);
    expect(deploymentFrequencyBand(1 / 30)).toBe('medium');
    expect(frequencyReading(1 / 30)).toEqual({ value: '1', unit: 'per month' });
  });

  it('bands on their edges: daily is elite, weekly high, monthly medium; just below each is the next band', () => {
    expect(deploymentFrequencyBand(30 / 30)).toBe('elite');
    expect(deploymentFrequencyBand(29 / 30)).toBe('high');
    expect(deploymentFrequencyBand(1 / 7)).toBe('high');
    // 4 in 30 days: 0.133 a day, under once a week (0.143).
    expect(deploymentFrequencyBand(4 / 30)).toBe('medium');
    expect(deploymentFrequencyBand(5 / 30)).toBe('high');
    expect(deploymentFrequencyBand(1 / 31)).toBe('low');
  });

  it('reads in the largest unit that is at least one: 96 in 30 days → 3.2 per day; 4/7 a day → 4 per week', () => {
    expect(frequencyReading(96 / 30)).toEqual({ value: '3.2', unit: 'per day' });
    expect(frequencyReading(1)).toEqual({ value: '1', unit: 'per day' });
    expect(frequencyReading(4 / 7)).toEqual({ value: '4', unit: 'per week' });
    // 12 in 30 days: 0.4 a day = 2.8 a week.
    expect(frequencyReading(12 / 30)).toEqual({ value: '2.8', unit: 'per week' });
    // 4 in 30 days: 0.93 a week would read as under one, so per month.
    expect(frequencyReading(4 / 30)).toEqual({ value: '4', unit: 'per month' });
    expect(frequencyReading(360 / 30)).toEqual({ value: '12', unit: 'per day' });
  });
});

describe('lead time for changes', () => {
  it('bands: under a day elite, under a week high, under 30 days medium; exactly on an edge is the next band', () => {
    expect(leadTimeBand(null)).toBeNull();
    expect(leadTimeBand(20 * MINUTE)).toBe('elite');
    expect(leadTimeBand(DAY - 1)).toBe('elite');
    expect(leadTimeBand(DAY)).toBe('high');
    expect(leadTimeBand(7 * DAY)).toBe('medium');
    expect(leadTimeBand(30 * DAY - 1)).toBe('medium');
    expect(leadTimeBand(30 * DAY)).toBe('low');
  });
});

describe('change failure rate', () => {
  it('nothing finished: no rate and no band; one finished deployment that failed: 100 %, low', () => {
    expect(failureRate(0, 0)).toBeNull();
    expect(changeFailureRateBand(null)).toBeNull();
    expect(percentReading(null)).toEqual({ value: '–', unit: '' });
    expect(failureRate(1, 1)).toBe(1);
    expect(changeFailureRateBand(1)).toBe('low');
  });

  it('a failed deployment followed by its fix: 1 of 2, 50 %', () => {
    expect(failureRate(1, 2)).toBe(0.5);
    expect(percentReading(0.5)).toEqual({ value: '50', unit: '%' });
    expect(changeFailureRateBand(0.5)).toBe('low');
  });

  it('bands on their edges: 5 % elite, 10 % high, 15 % medium, above that low', () => {
    expect(changeFailureRateBand(0)).toBe('elite');
    expect(changeFailureRateBand(1 / 20)).toBe('elite');
    expect(changeFailureRateBand(2 / 39)).toBe('high');
    expect(changeFailureRateBand(1 / 10)).toBe('high');
    // 3 of 20 is 0.15 exactly, though 3 / 20 in floating point is 0.15000000000000002.
    expect(changeFailureRateBand(3 / 20)).toBe('medium');
    expect(changeFailureRateBand(2 / 13)).toBe('low');
    expect(percentReading(2 / 14)).toEqual({ value: '14', unit: '%' });
  });
});

describe('time to restore service', () => {
  it('bands: under an hour elite, under a day high, under a week medium, from a week low', () => {
    expect(timeToRestoreBand(null)).toBeNull();
    expect(timeToRestoreBand(45 * MINUTE)).toBe('elite');
    expect(timeToRestoreBand(HOUR)).toBe('high');
    expect(timeToRestoreBand(DAY - 1)).toBe('high');
    expect(timeToRestoreBand(DAY)).toBe('medium');
    expect(timeToRestoreBand(7 * DAY)).toBe('low');
  });

  it('durations read as minutes, hours under two days, then days', () => {
    expect(durationReading(null)).toEqual({ value: '–', unit: '' });
    expect(durationReading(20)).toEqual({ value: '1', unit: 'min' });
    expect(durationReading(45 * MINUTE)).toEqual({ value: '45', unit: 'min' });
    // 59 min 40 s would round to "60 min": it reads as an hour.
    expect(durationReading(59 * MINUTE + 40)).toEqual({ value: '1', unit: 'h' });
    expect(durationReading(5.5 * HOUR)).toEqual({ value: '5.5', unit: 'h' });
    expect(durationReading(28.1 * HOUR)).toEqual({ value: '28', unit: 'h' });
    expect(durationReading(48 * HOUR)).toEqual({ value: '2', unit: 'days' });
    expect(durationReading(3.24 * DAY)).toEqual({ value: '3.2', unit: 'days' });
  });
});

describe('numbers and trends', () => {
  it('one decimal under ten, whole from ten, no trailing .0', () => {
    expect(shortNumber(3.24)).toBe('3.2');
    expect(shortNumber(4)).toBe('4');
    expect(shortNumber(9.96)).toBe('10');
    expect(shortNumber(12.6)).toBe('13');
  });

  it('trend bars as shares of the largest week; empty weeks stay empty; all zero is flat', () => {
    expect(trendHeights([2, 4, null, 0, 1])).toEqual([0.5, 1, null, 0, 0.25]);
    expect(trendHeights([0, 0])).toEqual([0, 0]);
    expect(trendHeights([null])).toEqual([null]);
    expect(trendHeights([7])).toEqual([1]);
  });
});
