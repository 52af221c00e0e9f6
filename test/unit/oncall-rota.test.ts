import { describe, expect, it } from 'vitest';
import { isMonday, isRotaKey, localMoment, localTime, minutesOfDay, rotaKey, weekLabel, weekShiftBounds } from '../../lib/oncall/rota';

const ZONE = 'Europe/Amsterdam';

describe('the rota’s weeks', () => {
  it('a winter week: Monday 09:00 to the next Monday 09:00, 08:00Z both, seven days', () => {
    const { startsAt, endsAt } = weekShiftBounds('2026-11-30', '09:00', ZONE);
    expect(startsAt.toISOString()).toBe('2026-11-30T08:00:00.000Z');
    expect(endsAt.toISOString()).toBe('2026-12-07T08:00:00.000Z');
  });

  it('the week summer time ends (Sunday 25 October 2026): 09:00 local at both ends, seven days and an hour', () => {
    const { startsAt, endsAt } = weekShiftBounds('2026-10-19', '09:00', ZONE);
    expect(startsAt.toISOString()).toBe('2026-10-19T07:00:00.000Z');
    expect(endsAt.toISOString()).toBe('2026-10-26T08:00:00.000Z');
    expect(endsAt.getTime() - startsAt.getTime()).toBe((7 * 24 + 1) * 3_600_000);
  });

  it('the week summer time starts (Sunday 28 March 2027): an hour short of seven days', () => {
    const { startsAt, endsAt } = weekShiftBounds('2027-03-22', '07:30', ZONE);
    expect(startsAt.toISOString()).toBe('2027-03-22T06:30:00.000Z');
    expect(endsAt.toISOString()).toBe('2027-03-29T05:30:00.000Z');
  });

  it('labels, keys, Mondays and times of day', () => {
    expect(weekLabel('2026-11-30')).toBe('Week of Mon 30 Nov');
    expect(weekLabel('2027-01-04')).toBe('Week of Mon 4 Jan');
    expect(rotaKey('demo', '2026-11-30', 'secondary')).toBe('rota-demo-2026-11-30-secondary');
    expect(isRotaKey('demo', 'rota-demo-2026-11-30-primary')).toBe(true);
    expect(isRotaKey('demo', 'rota-demo-x-2026-11-30-primary')).toBe(false);
    expect(isRotaKey('demo', 'pager-override-2026-12-09')).toBe(false);
    expect(isMonday('2026-11-30')).toBe(true);
    expect(isMonday('2026-12-01')).toBe(false);
    expect(minutesOfDay('09:30')).toBe(570);
    expect(minutesOfDay('00:00')).toBe(0);
  });

  it('reads instants on the train’s clock', () => {
    expect(localTime(new Date('2026-10-19T07:00:00Z'), ZONE)).toBe('09:00');
    expect(localMoment(new Date('2026-12-09T08:00:00Z'), ZONE)).toBe('Wed 9 Dec 09:00');
  });
});
