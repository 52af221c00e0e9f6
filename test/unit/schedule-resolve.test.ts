import { describe, expect, it } from 'vitest';
import { nextChangeAt, resolveActiveProgram, wallClock, type ScheduleInput } from '../../lib/schedule/resolve';
import type { CadenceWindow, ScheduleRule } from '../../lib/schedule/types';

// Europe/Amsterdam is UTC+1 in winter (CET) and UTC+2 in summer (CEST). In 2026 summer time starts on Sunday
// 29 March (02:00 CET → 03:00 CEST, at 01:00Z) and ends on Sunday 25 October (03:00 CEST → 02:00 CET, at 01:00Z).
// Monday 23 November 2026 … Sunday 29 November 2026 is the week most tests use (CET: local = UTC + 1 h).
const ZONE = 'Europe/Amsterdam';
const WEEKDAYS = [1, 2, 3, 4, 5];
const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];

let nextId = 1;
function rule(partial: Partial<ScheduleRule> & Pick<ScheduleRule, 'startMinute' | 'endMinute'>): ScheduleRule {
  return { id: nextId++, playlistId: 2, screenOff: false, weekdays: EVERY_DAY, cadence: null, ...partial };
}

function config(schedules: ScheduleRule[], cadence: CadenceWindow[] = []): ScheduleInput {
  return { schedules, cadence, defaultPlaylistId: 1, train: { slug: 'art', name: 'ART', timeZone: ZONE } };
}

const at = (iso: string) => new Date(iso);
const hm = (h: number, m = 0) => h * 60 + m;

describe('wallClock', () => {
  it('reads the train-local date, weekday and minute', () => {
    expect(wallClock(ZONE, at('2026-11-23T08:15:00Z'))).toEqual({ date: '2026-11-23', weekday: 1, minute: hm(9, 15) });
    // 23:30Z on Sunday is already Monday 00:30 in Amsterdam.
    expect(wallClock(ZONE, at('2026-11-22T23:30:00Z'))).toEqual({ date: '2026-11-23', weekday: 1, minute: 30 });
    expect(wallClock('America/New_York', at('2026-11-23T03:00:00Z'))).toEqual({ date: '2026-11-22', weekday: 0, minute: hm(22) });
  });

  it('reads midnight as minute 0', () => {
    expect(wallClock(ZONE, at('2026-11-23T23:00:00Z'))).toEqual({ date: '2026-11-24', weekday: 2, minute: 0 });
  });
});

describe('resolveActiveProgram: time of day and weekdays', () => {
  const standUp = rule({ weekdays: WEEKDAYS, startMinute: hm(9, 15), endMinute: hm(9, 30), playlistId: 5 });
  const cfg = config([standUp]);

  it.each([
    ['2026-11-23T08:14:59Z', null],
    ['2026-11-23T08:15:00Z', standUp.id],
    ['2026-11-23T08:29:59Z', standUp.id],
    ['2026-11-23T08:30:00Z', null],
    ['2026-11-27T08:20:00Z', standUp.id],
  ])('Monday-Friday stand-up rule at %s → rule %s', (iso, ruleId) => {
    const program = resolveActiveProgram(cfg, at(iso));
    expect(program).toEqual(ruleId === null ? { kind: 'playlist', playlistId: 1, ruleId: null } : { kind: 'playlist', playlistId: 5, ruleId });
  });

  it('does not apply on the weekend', () => {
    expect(resolveActiveProgram(cfg, at('2026-11-28T08:20:00Z'))).toEqual({ kind: 'playlist', playlistId: 1, ruleId: null });
    expect(resolveActiveProgram(cfg, at('2026-11-29T08:20:00Z'))).toEqual({ kind: 'playlist', playlistId: 1, ruleId: null });
  });

  it('takes the first matching rule in order', () => {
    const wide = rule({ startMinute: hm(8), endMinute: hm(18), playlistId: 6 });
    expect(resolveActiveProgram(config([standUp, wide]), at('2026-11-23T08:20:00Z'))).toMatchObject({ ruleId: standUp.id });
    expect(resolveActiveProgram(config([wide, standUp]), at('2026-11-23T08:20:00Z'))).toMatchObject({ ruleId: wide.id, playlistId: 6 });
  });

  it('treats start === end as the whole day', () => {
    const allDay = rule({ weekdays: [2], startMinute: 0, endMinute: 0, playlistId: 9 });
    expect(resolveActiveProgram(config([allDay]), at('2026-11-23T23:00:00Z'))).toMatchObject({ ruleId: allDay.id });
    expect(resolveActiveProgram(config([allDay]), at('2026-11-24T22:59:00Z'))).toMatchObject({ ruleId: allDay.id });
    expect(resolveActiveProgram(config([allDay]), at('2026-11-24T23:00:00Z'))).toMatchObject({ ruleId: null });
  });

  it('falls back to a null default playlist when none is set', () => {
    expect(resolveActiveProgram({ ...cfg, defaultPlaylistId: null }, at('2026-11-28T08:20:00Z'))).toEqual({ kind: 'playlist', playlistId: null, ruleId: null });
  });
});

describe('resolveActiveProgram: overnight rules', () => {
  // Friday night off: Friday 22:00 to Saturday 06:00.
  const fridayNight = rule({ weekdays: [5], startMinute: hm(22), endMinute: hm(6), screenOff: true, playlistId: null });
  const cfg = config([fridayNight]);

  it.each([
    ['Friday 21:59', '2026-11-27T20:59:00Z', false],
    ['Friday 22:00', '2026-11-27T21:00:00Z', true],
    ['Friday 23:59', '2026-11-27T22:59:00Z', true],
    ['Saturday 00:00', '2026-11-27T23:00:00Z', true],
    ['Saturday 05:59', '2026-11-28T04:59:00Z', true],
    ['Saturday 06:00', '2026-11-28T05:00:00Z', false],
    // The early morning of Friday belongs to Thursday night, which this rule does not cover.
    ['Friday 03:00', '2026-11-27T02:00:00Z', false],
    ['Saturday 22:30', '2026-11-28T21:30:00Z', false],
  ])('%s → screen off %s', (_label, iso, off) => {
    const program = resolveActiveProgram(cfg, at(iso));
    expect(program).toEqual(off ? { kind: 'screen-off', ruleId: fridayNight.id } : { kind: 'playlist', playlistId: 1, ruleId: null });
  });
});

describe('resolveActiveProgram: cadence rules', () => {
  const planning: CadenceWindow = { kind: 'pi_planning', startDate: '2026-11-24', endDate: '2026-11-25' };
  const ip: CadenceWindow = { kind: 'ip_iteration', startDate: '2026-12-07', endDate: '2026-12-11' };
  const planningWall = rule({ cadence: 'pi_planning', startMinute: 0, endMinute: 1440, playlistId: 7 });
  const ipEvenings = rule({ cadence: 'ip_iteration', weekdays: WEEKDAYS, startMinute: hm(20), endMinute: hm(2), playlistId: 8 });
  const cfg = config([planningWall, ipEvenings], [planning, ip]);

  it.each([
    ['the day before PI planning', '2026-11-23T22:59:00Z', null],
    ['the first PI planning day at midnight', '2026-11-23T23:00:00Z', 'planning'],
    ['the second PI planning day', '2026-11-25T12:00:00Z', 'planning'],
    ['the day after PI planning', '2026-11-25T23:00:00Z', null],
    ['a Monday evening in the IP iteration', '2026-12-07T19:30:00Z', 'ip'],
    // Friday 11 Dec is the window's last day: its evening rule still runs past midnight into Saturday.
    ['the night after the last IP day', '2026-12-12T00:30:00Z', 'ip'],
    ['an evening after the IP iteration', '2026-12-14T19:30:00Z', null],
    // Sunday 6 Dec 23:30 is outside the window and a Sunday.
    ['the evening before the IP iteration', '2026-12-06T22:30:00Z', null],
  ])('%s', (_label, iso, which) => {
    const expected = which === 'planning' ? planningWall.id : which === 'ip' ? ipEvenings.id : null;
    expect(resolveActiveProgram(cfg, at(iso)).ruleId).toBe(expected);
  });

  it('ignores windows of the other kind', () => {
    const onlyIp = config([planningWall], [{ ...planning, kind: 'ip_iteration' }]);
    expect(resolveActiveProgram(onlyIp, at('2026-11-24T12:00:00Z')).ruleId).toBeNull();
  });
});

describe('resolveActiveProgram: DST change days in Europe/Amsterdam', () => {
  it('spring forward (2026-03-29): local minutes follow the new offset', () => {
    const nine = rule({ startMinute: hm(9), endMinute: hm(10), playlistId: 4 });
    const cfg = config([nine]);
    // Saturday 28 March: CET, 09:00 = 08:00Z. Sunday 29 March: CEST, 09:00 = 07:00Z.
    expect(resolveActiveProgram(cfg, at('2026-03-28T07:30:00Z')).ruleId).toBeNull();
    expect(resolveActiveProgram(cfg, at('2026-03-28T08:30:00Z')).ruleId).toBe(nine.id);
    expect(resolveActiveProgram(cfg, at('2026-03-29T07:30:00Z')).ruleId).toBe(nine.id);
    expect(resolveActiveProgram(cfg, at('2026-03-29T08:30:00Z')).ruleId).toBeNull();
  });

  it('spring forward: a rule inside the skipped hour never matches, one across it does', () => {
    const skipped = rule({ startMinute: hm(2), endMinute: hm(2, 30), playlistId: 4 });
    const across = rule({ startMinute: hm(1), endMinute: hm(3, 30), playlistId: 5 });
    const cfg = config([skipped, across]);
    expect(resolveActiveProgram(cfg, at('2026-03-29T00:30:00Z'))).toMatchObject({ ruleId: across.id }); // 01:30 CET
    expect(resolveActiveProgram(cfg, at('2026-03-29T00:59:59Z'))).toMatchObject({ ruleId: across.id }); // 01:59 CET
    expect(resolveActiveProgram(cfg, at('2026-03-29T01:00:00Z'))).toMatchObject({ ruleId: across.id }); // 03:00 CEST
    expect(resolveActiveProgram(cfg, at('2026-03-29T01:30:00Z'))).toMatchObject({ ruleId: null }); // 03:30 CEST
  });

  it('fall back (2026-10-25): a rule in the repeated hour matches both times', () => {
    const repeated = rule({ startMinute: hm(2), endMinute: hm(2, 30), playlistId: 4 });
    const cfg = config([repeated]);
    expect(resolveActiveProgram(cfg, at('2026-10-25T00:15:00Z')).ruleId).toBe(repeated.id); // 02:15 CEST
    expect(resolveActiveProgram(cfg, at('2026-10-25T00:45:00Z')).ruleId).toBeNull(); // 02:45 CEST
    expect(resolveActiveProgram(cfg, at('2026-10-25T01:15:00Z')).ruleId).toBe(repeated.id); // 02:15 CET
    expect(resolveActiveProgram(cfg, at('2026-10-25T01:45:00Z')).ruleId).toBeNull(); // 02:45 CET
  });

  it('fall back: an overnight rule lasts one hour longer in real time', () => {
    const night = rule({ weekdays: [6], startMinute: hm(22), endMinute: hm(6), screenOff: true, playlistId: null });
    const cfg = config([night]);
    // Saturday 24 Oct 22:00 CEST = 20:00Z; Sunday 25 Oct 06:00 CET = 05:00Z: nine hours.
    expect(resolveActiveProgram(cfg, at('2026-10-24T19:59:00Z')).kind).toBe('playlist');
    expect(resolveActiveProgram(cfg, at('2026-10-24T20:00:00Z')).kind).toBe('screen-off');
    expect(resolveActiveProgram(cfg, at('2026-10-25T04:59:00Z')).kind).toBe('screen-off');
    expect(resolveActiveProgram(cfg, at('2026-10-25T05:00:00Z')).kind).toBe('playlist');
    expect(nextChangeAt(cfg, at('2026-10-24T12:00:00Z'))).toEqual(at('2026-10-24T20:00:00Z'));
    expect(nextChangeAt(cfg, at('2026-10-24T20:00:00Z'))).toEqual(at('2026-10-25T05:00:00Z'));
  });
});

describe('nextChangeAt', () => {
  it('is null without rules, or when no rule can ever match', () => {
    expect(nextChangeAt(config([]), at('2026-11-23T12:00:00Z'))).toBeNull();
    expect(nextChangeAt(config([rule({ weekdays: [], startMinute: 0, endMinute: 600 })]), at('2026-11-23T12:00:00Z'))).toBeNull();
    const unusedCadence = rule({ cadence: 'pi_planning', startMinute: 0, endMinute: 1440 });
    expect(nextChangeAt(config([unusedCadence]), at('2026-11-23T12:00:00Z'))).toBeNull();
  });

  it('finds the next start and end of a weekday rule, skipping the weekend', () => {
    const standUp = rule({ weekdays: WEEKDAYS, startMinute: hm(9, 15), endMinute: hm(9, 30) });
    const cfg = config([standUp]);
    expect(nextChangeAt(cfg, at('2026-11-23T07:00:00Z'))).toEqual(at('2026-11-23T08:15:00Z'));
    expect(nextChangeAt(cfg, at('2026-11-23T08:15:00Z'))).toEqual(at('2026-11-23T08:30:00Z'));
    expect(nextChangeAt(cfg, at('2026-11-27T09:00:00Z'))).toEqual(at('2026-11-30T08:15:00Z'));
  });

  it('steps through an overnight rule', () => {
    const fridayNight = rule({ weekdays: [5], startMinute: hm(22), endMinute: hm(6), screenOff: true, playlistId: null });
    const cfg = config([fridayNight]);
    expect(nextChangeAt(cfg, at('2026-11-27T20:00:00Z'))).toEqual(at('2026-11-27T21:00:00Z'));
    expect(nextChangeAt(cfg, at('2026-11-27T23:30:00Z'))).toEqual(at('2026-11-28T05:00:00Z'));
  });

  it('skips a boundary where the program stays the same', () => {
    // Midnight is a candidate boundary, but inside a daily 00:00–24:00 rule it changes nothing: never a change.
    const allDay = rule({ startMinute: 0, endMinute: 1440 });
    expect(nextChangeAt(config([allDay]), at('2026-11-23T12:00:00Z'))).toBeNull();
  });

  it('finds a cadence window far ahead', () => {
    const planningWall = rule({ cadence: 'pi_planning', startMinute: 0, endMinute: 1440, playlistId: 7 });
    const cfg = config([planningWall], [{ kind: 'pi_planning', startDate: '2027-01-20', endDate: '2027-01-21' }]);
    expect(nextChangeAt(cfg, at('2026-11-23T12:00:00Z'))).toEqual(at('2027-01-19T23:00:00Z'));
    expect(nextChangeAt(cfg, at('2027-01-20T10:00:00Z'))).toEqual(at('2027-01-21T23:00:00Z'));
  });

  it('spring forward: the 09:00 rule starts an hour earlier in UTC', () => {
    const nine = rule({ startMinute: hm(9), endMinute: hm(10) });
    expect(nextChangeAt(config([nine]), at('2026-03-28T12:00:00Z'))).toEqual(at('2026-03-29T07:00:00Z'));
  });

  it('fall back: both passes through the repeated hour', () => {
    const repeated = rule({ startMinute: hm(2), endMinute: hm(2, 30) });
    const cfg = config([repeated]);
    expect(nextChangeAt(cfg, at('2026-10-24T23:00:00Z'))).toEqual(at('2026-10-25T00:00:00Z')); // 02:00 CEST
    expect(nextChangeAt(cfg, at('2026-10-25T00:20:00Z'))).toEqual(at('2026-10-25T00:30:00Z')); // 02:30 CEST
    expect(nextChangeAt(cfg, at('2026-10-25T00:40:00Z'))).toEqual(at('2026-10-25T01:00:00Z')); // 02:00 CET
    expect(nextChangeAt(cfg, at('2026-10-25T01:10:00Z'))).toEqual(at('2026-10-25T01:30:00Z')); // 02:30 CET
    expect(nextChangeAt(cfg, at('2026-10-25T01:40:00Z'))).toEqual(at('2026-10-26T01:00:00Z')); // Monday 02:00 CET
  });
});
