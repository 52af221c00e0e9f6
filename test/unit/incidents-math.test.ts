import { describe, expect, it } from 'vitest';
import {
  coverText,
  formatDuration,
  handoverText,
  mttrText,
  nextShiftChange,
  onCallAt,
  onCallNowAndNext,
  onCallOutOfDate,
  openFor,
  piWindow,
} from '../../lib/panels/incidents/math';
import type { OnCallShiftDto } from '../../lib/panels/incidents/types';

const MIN = 60_000;
const HOUR = 60 * MIN;

describe('formatDuration', () => {
  it('writes minutes, hours and minutes, then days and hours', () => {
    expect(formatDuration(0, 'floor')).toBe('0 min');
    expect(formatDuration(42 * MIN, 'floor')).toBe('42 min');
    expect(formatDuration(2 * HOUR + 5 * MIN, 'floor')).toBe('2 h 5 min');
    expect(formatDuration(3 * HOUR, 'floor')).toBe('3 h');
    expect(formatDuration(48 * HOUR, 'floor')).toBe('2 d');
  });

  it('floors time so far: 59 min 59 s is 59 min, 23 h 59 min 59 s is 23 h 59 min, 28 h 40 min is 1 d 4 h', () => {
    expect(formatDuration(59 * MIN + 59_000, 'floor')).toBe('59 min');
    expect(formatDuration(24 * HOUR - 1_000, 'floor')).toBe('23 h 59 min');
    expect(formatDuration(28 * HOUR + 40 * MIN, 'floor')).toBe('1 d 4 h');
  });

  it('rounds a mean to the unit it shows: 59 min 59 s is 1 h, 23 h 59 min 59 s is 1 d, 28 h 40 min is 1 d 5 h', () => {
    expect(formatDuration(59 * MIN + 59_000, 'round')).toBe('1 h');
    expect(formatDuration(24 * HOUR - 1_000, 'round')).toBe('1 d');
    expect(formatDuration(28 * HOUR + 40 * MIN, 'round')).toBe('1 d 5 h');
  });

  it('never goes below zero (a wall clock a little behind the incident tool)', () => {
    expect(formatDuration(-30_000, 'floor')).toBe('0 min');
    expect(openFor('2026-11-24T10:00:30Z', new Date('2026-11-24T10:00:00Z'))).toBe('0 min');
  });

  it('openFor counts from the start to the wall’s now: 09:47:10 to 11:00:00 is 1 h 12 min', () => {
    expect(openFor('2026-11-24T09:47:10Z', new Date('2026-11-24T11:00:00Z'))).toBe('1 h 12 min');
  });
});

describe('mean time to restore', () => {
  it('rounds to the minute: 12,270 s (204.5 min) reads 3 h 25 min, 12,269 s reads 3 h 24 min', () => {
    expect(mttrText(12_270)).toBe('3 h 25 min');
    expect(mttrText(12_269)).toBe('3 h 24 min');
  });

  it('a dash when nothing was restored, and says how many incidents it covers', () => {
    expect(mttrText(null)).toBe('–');
    expect(coverText(0)).toBe('no incident restored this PI yet');
    expect(coverText(1)).toBe('over 1 incident');
    expect(coverText(7)).toBe('over 7 incidents');
  });

  it('the PI’s window runs from its first local midnight to the one after its last day, across the DST change', () => {
    // Amsterdam: 5 October is summer time (UTC+2), 12 December winter time (UTC+1).
    const window = piWindow({ startDate: '2026-10-05', endDate: '2026-12-11' }, 'Europe/Amsterdam');
    expect(window.from.toISOString()).toBe('2026-10-04T22:00:00.000Z');
    expect(window.to.toISOString()).toBe('2026-12-11T23:00:00.000Z');
  });
});

// Weekly hand-overs on Mondays at 09:00 Amsterdam (08:00Z in winter): Ada, then Ben, then Cem.
const shift = (person: string, startsAt: string, endsAt: string, contact: string | null = null): OnCallShiftDto => ({ person, contact, startsAt, endsAt });
const ADA = shift('Ada', '2026-11-23T08:00:00.000Z', '2026-11-30T08:00:00.000Z', '+31 20 555 0100');
const BEN = shift('Ben', '2026-11-30T08:00:00.000Z', '2026-12-07T08:00:00.000Z');
const CEM = shift('Cem', '2026-12-07T08:00:00.000Z', '2026-12-14T08:00:00.000Z');
const WEEKS = [ADA, BEN, CEM];
/** Ben covers Wednesday 09:00 to Thursday 09:00 of Ada's week. */
const SWAP = shift('Ben', '2026-11-25T08:00:00.000Z', '2026-11-26T08:00:00.000Z');
const at = (iso: string) => new Date(iso);

describe('who is on call', () => {
  it('at the hand-over instant the next shift is on; a millisecond before, the previous', () => {
    expect(onCallAt(WEEKS, Date.parse('2026-11-30T08:00:00.000Z'))).toBe(BEN);
    expect(onCallAt(WEEKS, Date.parse('2026-11-30T07:59:59.999Z'))).toBe(ADA);
    expect(onCallAt(WEEKS, Date.parse('2026-11-23T07:59:59.999Z'))).toBeUndefined();
    expect(onCallAt(WEEKS, Date.parse('2026-12-14T08:00:00.000Z'))).toBeUndefined();
  });

  it('mid-week: now until the hand-over, next from it', () => {
    expect(onCallNowAndNext(WEEKS, at('2026-11-24T10:00:00Z'))).toEqual({
      now: { person: 'Ada', contact: '+31 20 555 0100', until: '2026-11-30T08:00:00.000Z' },
      next: { person: 'Ben', contact: null, from: '2026-11-30T08:00:00.000Z' },
    });
  });

  it('exactly at the hand-over: the new shift is now, the one after it next', () => {
    expect(onCallNowAndNext(WEEKS, at('2026-11-30T08:00:00Z'))).toEqual({
      now: { person: 'Ben', contact: null, until: '2026-12-07T08:00:00.000Z' },
      next: { person: 'Cem', contact: null, from: '2026-12-07T08:00:00.000Z' },
    });
  });

  it('a swap overlays the week: it is next before it starts, now while on, and the week’s person comes back after', () => {
    const shifts = [ADA, SWAP, BEN];
    expect(onCallNowAndNext(shifts, at('2026-11-24T10:00:00Z'))).toMatchObject({
      now: { person: 'Ada', until: '2026-11-25T08:00:00.000Z' },
      next: { person: 'Ben', from: '2026-11-25T08:00:00.000Z' },
    });
    expect(onCallNowAndNext(shifts, at('2026-11-25T12:00:00Z'))).toMatchObject({
      now: { person: 'Ben', until: '2026-11-26T08:00:00.000Z' },
      next: { person: 'Ada', from: '2026-11-26T08:00:00.000Z' },
    });
  });

  it('back-to-back shifts of one person read as one: the hand-over is where the person changes', () => {
    const shifts = [
      shift('Ada', '2026-11-23T08:00:00.000Z', '2026-11-24T08:00:00.000Z'),
      shift('Ada', '2026-11-24T08:00:00.000Z', '2026-11-25T08:00:00.000Z'),
      shift('Ben', '2026-11-25T08:00:00.000Z', '2026-11-26T08:00:00.000Z'),
    ];
    expect(onCallNowAndNext(shifts, at('2026-11-23T12:00:00Z'))).toMatchObject({
      now: { person: 'Ada', until: '2026-11-25T08:00:00.000Z' },
      next: { person: 'Ben', from: '2026-11-25T08:00:00.000Z' },
    });
  });

  it('a gap: nobody now, next from the start of the next shift; the last shift has no next', () => {
    const friday = shift('Ada', '2026-11-23T08:00:00.000Z', '2026-11-27T16:00:00.000Z');
    const shifts = [friday, BEN];
    expect(onCallNowAndNext(shifts, at('2026-11-27T12:00:00Z'))).toMatchObject({
      now: { person: 'Ada', until: '2026-11-27T16:00:00.000Z' },
      next: { person: 'Ben', from: '2026-11-30T08:00:00.000Z' },
    });
    expect(onCallNowAndNext(shifts, at('2026-11-28T12:00:00Z'))).toEqual({ now: null, next: { person: 'Ben', contact: null, from: '2026-11-30T08:00:00.000Z' } });
    expect(onCallNowAndNext([BEN], at('2026-12-01T12:00:00Z'))).toEqual({ now: { person: 'Ben', contact: null, until: '2026-12-07T08:00:00.000Z' }, next: null });
    expect(onCallNowAndNext([], at('2026-12-01T12:00:00Z'))).toEqual({ now: null, next: null });
  });

  it('the data goes out of date at the first shift boundary after its time', () => {
    expect(nextShiftChange([ADA, SWAP, BEN], at('2026-11-24T10:00:00Z'))).toBe('2026-11-25T08:00:00.000Z');
    expect(nextShiftChange([ADA], at('2026-11-30T08:00:00Z'))).toBeNull();
    expect(onCallOutOfDate({ changesAt: null }, at('2030-01-01T00:00:00Z'))).toBe(false);
    expect(onCallOutOfDate({ changesAt: '2026-11-30T08:00:00.000Z' }, at('2026-11-30T07:59:59Z'))).toBe(false);
    expect(onCallOutOfDate({ changesAt: '2026-11-30T08:00:00.000Z' }, at('2026-11-30T08:00:00Z'))).toBe(true);
  });
});

describe('handoverText', () => {
  // Tuesday 24 November 2026, 11:00 in Amsterdam (UTC+1).
  const now = at('2026-11-24T10:00:00Z');
  const zone = 'Europe/Amsterdam';

  it('today, tomorrow, a weekday within the coming week, else the date', () => {
    expect(handoverText('2026-11-24T16:00:00Z', now, zone)).toBe('today 17:00');
    expect(handoverText('2026-11-25T08:00:00Z', now, zone)).toBe('tomorrow 09:00');
    expect(handoverText('2026-11-30T08:00:00Z', now, zone)).toBe('Mon 09:00');
    expect(handoverText('2026-12-01T08:00:00Z', now, zone)).toBe('Tue 1 Dec 09:00');
  });

  it('reads the train’s clock: 23:30Z is already Wednesday in Amsterdam, and in New York still Tuesday', () => {
    const late = at('2026-11-24T23:30:00Z');
    expect(handoverText('2026-11-25T08:00:00Z', late, zone)).toBe('today 09:00');
    expect(handoverText('2026-11-25T14:00:00Z', late, 'America/New_York')).toBe('tomorrow 09:00');
  });
});
