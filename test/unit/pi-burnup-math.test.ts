import { describe, expect, it } from 'vitest';
import { burnupForecast, outlookWords, recentRatePerDay } from '../../lib/panels/pi-burnup/math';

const TEN = [10, 10, 10, 10, 10];

describe('burnupForecast', () => {
  it('an empty PI: nothing in scope, no forecast, "no scope yet"', () => {
    const result = burnupForecast({ completed: [0, 0], scopeNow: 0, iterationDays: TEN, elapsedDays: 2 });
    expect(result).toEqual({
      forecast: [null, 0, 0, 0, 0, 0],
      ratePerDay: 0,
      forecastEnd: 0,
      percent: 0,
      outlook: 'no-scope',
    });
    expect(outlookWords(result.outlook, result.percent)).toBe('no scope yet');
  });

  it('before the PI starts: the planned scope, no forecast yet', () => {
    expect(burnupForecast({ completed: [0], scopeNow: 40, iterationDays: TEN, elapsedDays: 0 })).toEqual({
      forecast: [null, null, null, null, null, null],
      ratePerDay: 0,
      forecastEnd: 0,
      percent: 0,
      outlook: 'not-started',
    });
  });

  it('no finished iteration: the rate so far in the current one, per working day', () => {
    // 6 done in the first 3 days: 2 a day. Days ahead: 7 left of It 1, then 10 per iteration.
    // It 2: 6 + 2 × 17 = 40; It 3: 6 + 2 × 27 = 60; It 4: 80; It 5: 6 + 2 × 47 = 100. 100 / 120 = 83 %.
    const result = burnupForecast({ completed: [0, 6], scopeNow: 120, iterationDays: TEN, elapsedDays: 3 });
    expect(result).toEqual({ forecast: [null, 6, 40, 60, 80, 100], ratePerDay: 2, forecastEnd: 100, percent: 83, outlook: 'at-risk' });
    expect(outlookWords(result.outlook, result.percent)).toBe('at risk: 83 % by PI end');
  });

  it('scope growing: the forecast is measured against the scope now', () => {
    // Finished It 1-3 gained 40 in 30 days: 4/3 a day. Now day 4 of It 4 with 52 done: 6 + 10 days ahead.
    // End: 52 + 16 × 4/3 = 73.33 → 73.3; scope grew to 80: 73.3 / 80 = 91.6 % → 92.
    const result = burnupForecast({ completed: [0, 10, 25, 40, 52], scopeNow: 80, iterationDays: TEN, elapsedDays: 4 });
    expect(result.forecast).toEqual([null, null, null, null, 52, 73.3]);
    expect(result.ratePerDay).toBeCloseTo(4 / 3, 10);
    expect(result).toMatchObject({ forecastEnd: 73.3, percent: 92, outlook: 'on-track' });
    expect(outlookWords(result.outlook, result.percent)).toBe('on track: 92 % by PI end');
  });

  it('takes only the last 3 finished iterations, and counts a finished current one among them', () => {
    // It 4 is over (weekend before It 5): finished It 2-4 gained 37 - 2 = 35 in 30 days = 7/6 a day.
    // It 5: 37 + 10 × 7/6 = 48.67 → 48.7; IP (5 days): 37 + 15 × 7/6 = 54.5. 54.5 / 90 = 60.6 % → 61.
    const result = burnupForecast({ completed: [0, 2, 12, 22, 37], scopeNow: 90, iterationDays: [...TEN, 5], elapsedDays: 10 });
    expect(result.forecast).toEqual([null, null, null, null, 37, 48.7, 54.5]);
    expect(result).toMatchObject({ forecastEnd: 54.5, percent: 61, outlook: 'at-risk' });
  });

  it('reopened items lower the completed value and so the pace', () => {
    // 10 done after It 1, reopened down to 8 after It 2: 8 in 20 days = 0.4 a day; It 3: 8 + 10 × 0.4 = 12.
    // 12 / 30 = 40 %.
    const result = burnupForecast({ completed: [0, 10, 8], scopeNow: 30, iterationDays: [10, 10, 10], elapsedDays: 10 });
    expect(result).toEqual({ forecast: [null, null, 8, 12], ratePerDay: 0.4, forecastEnd: 12, percent: 40, outlook: 'off-track' });
    expect(outlookWords(result.outlook, result.percent)).toBe('off track: 40 % by PI end');
  });

  it('a pace below zero (more reopened than done) forecasts no loss: flat from now', () => {
    // 4 done at the start, 2 after 5 days of It 1: -0.4 a day, taken as 0. 2 / 20 = 10 %.
    const result = burnupForecast({ completed: [4, 2], scopeNow: 20, iterationDays: [10, 10], elapsedDays: 5 });
    expect(result).toEqual({ forecast: [null, 2, 2], ratePerDay: 0, forecastEnd: 2, percent: 10, outlook: 'off-track' });
  });

  it('in the last iteration the forecast point is what is expected by its end, never above the scope', () => {
    // Finished It 1-2 gained 20 in 20 days: 1 a day; 5 days left of It 3: 25 + 5 = 30, capped at the scope 28.
    const result = burnupForecast({ completed: [0, 10, 20, 25], scopeNow: 28, iterationDays: [10, 10, 10], elapsedDays: 5 });
    expect(result).toEqual({ forecast: [null, null, null, 28], ratePerDay: 1, forecastEnd: 28, percent: 100, outlook: 'on-track' });
  });

  it('all done is "done", whatever the pace', () => {
    const result = burnupForecast({ completed: [0, 10, 20], scopeNow: 20, iterationDays: [10, 10, 10], elapsedDays: 10 });
    expect(result).toMatchObject({ forecastEnd: 20, percent: 100, outlook: 'done' });
    expect(outlookWords(result.outlook, result.percent)).toBe('done');
  });

  it('after the PI: the forecast is what was completed', () => {
    // Every iteration over: no day ahead. 15 / 20 = 75 %.
    const result = burnupForecast({ completed: [0, 8, 15], scopeNow: 20, iterationDays: [10, 10], elapsedDays: 10 });
    expect(result).toEqual({ forecast: [null, null, 15], ratePerDay: 0.75, forecastEnd: 15, percent: 75, outlook: 'at-risk' });
  });

  it('the words change at 85 % and 60 %', () => {
    const at = (done: number) => burnupForecast({ completed: [0, done], scopeNow: 100, iterationDays: [10], elapsedDays: 10 }).outlook;
    expect([at(85), at(84), at(60), at(59)]).toEqual(['on-track', 'at-risk', 'at-risk', 'off-track']);
  });
});

describe('recentRatePerDay', () => {
  it('items moved between teams leave the train totals, and so the pace, unchanged', () => {
    // The same train totals whichever team holds the work: 12 over 10 days either way.
    const before = recentRatePerDay({ completed: [0, 12, 15], scopeNow: 40, iterationDays: [10, 10], elapsedDays: 3 });
    expect(before).toBeCloseTo(1.2, 10);
  });

  it('is 0 before the first iteration has a day behind it', () => {
    expect(recentRatePerDay({ completed: [0], scopeNow: 10, iterationDays: [10], elapsedDays: 0 })).toBe(0);
    expect(recentRatePerDay({ completed: [0, 0], scopeNow: 10, iterationDays: [10], elapsedDays: 0 })).toBe(0);
  });
});

describe('outlookWords', () => {
  it('says every outlook in words', () => {
    expect(outlookWords('on-track', 92)).toBe('on track: 92 % by PI end');
    expect(outlookWords('at-risk', 70)).toBe('at risk: 70 % by PI end');
    expect(outlookWords('off-track', 41)).toBe('off track: 41 % by PI end');
    expect(outlookWords('done', 100)).toBe('done');
    expect(outlookWords('no-scope', 0)).toBe('no scope yet');
    expect(outlookWords('not-started', 0)).toBe('PI not started yet');
  });
});
