import { describe, expect, it } from 'vitest';
import { createRefetchSchedule, refetchDelayMs } from '@/lib/client/refetch-schedule';

describe('refetch once out of date', () => {
  it('the refetch waits 0 to 60 s at random', () => {
    expect(refetchDelayMs(0)).toBe(0);
    expect(refetchDelayMs(0.5)).toBe(30_000);
    expect(refetchDelayMs(0.99999)).toBe(59_999);
    expect(refetchDelayMs(7)).toBe(60_000);
    expect(refetchDelayMs(-1)).toBe(0);
  });

  it('the wait is drawn once per change and counts down across remounts, as a panel is mounted at every rotation step', () => {
    const schedule = createRefetchSchedule();
    let draws = 0;
    const random = () => (++draws, 0.5);
    const change = '2026-11-24T17:00:00.000Z';
    expect(schedule.delayMs('incidents:demo', change, 1_000, random)).toBe(30_000);
    // Remounted 5 s later: the same due time, not a fresh 0-60 s.
    expect(schedule.delayMs('incidents:demo', change, 6_000, random)).toBe(25_000);
    expect(schedule.delayMs('incidents:demo', change, 40_000, random)).toBe(0);
    expect(draws).toBe(1);
  });

  it('after the fetch, nothing more for that change; a new change draws a new wait', () => {
    const schedule = createRefetchSchedule();
    const change = '2026-11-24T17:00:00.000Z';
    expect(schedule.delayMs('incidents:demo', change, 0, () => 0.1)).toBe(6_000);
    schedule.fetched('incidents:demo', change);
    // The server's answer still names the same change (its clock is behind the TV's): no second fetch.
    expect(schedule.delayMs('incidents:demo', change, 10_000, () => 0.1)).toBeNull();
    expect(schedule.delayMs('incidents:demo', '2026-11-25T09:00:00.000Z', 20_000, () => 0.25)).toBe(15_000);
  });

  it('keys are independent, and a fetch reported for a stale change does not count for the new one', () => {
    const schedule = createRefetchSchedule();
    expect(schedule.delayMs('cadence:demo', '2026-11-25', 0, () => 0.5)).toBe(30_000);
    expect(schedule.delayMs('releases:demo', '2026-11-24', 0, () => 0)).toBe(0);
    schedule.fetched('releases:demo', '2026-11-24');
    expect(schedule.delayMs('cadence:demo', '2026-11-25', 1_000, () => 0.9)).toBe(29_000);
    expect(schedule.delayMs('releases:demo', '2026-11-25', 1_000, () => 0.5)).toBe(30_000);
    schedule.fetched('releases:demo', '2026-11-24');
    expect(schedule.delayMs('releases:demo', '2026-11-25', 2_000, () => 0.5)).toBe(29_000);
  });
});
