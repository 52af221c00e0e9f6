import { describe, expect, it } from 'vitest';
import { activeAlerts, nextExpiryAt, topAlert } from '../../components/kiosk/alerts';
import {
  freshness,
  refreshAfterMs,
  shiftAt,
  SHIFT_EVERY_MS,
  SHIFT_OFFSETS,
  wantsBuildReload,
  watchdogDue,
} from '../../components/wall/health';
import { createPanelStore } from '../../components/wall/panel-store';
import { boundaryDelayMs, currentItem, IDLE_BOUNDARY_MS, planFromConfig, planFromModel, rotate, startRotation } from '../../components/wall/plan';
import type { AlertDto } from '../../lib/alerts/types';
import type { DisplayItem } from '../../lib/display/types';
import type { DisplayConfig } from '../../lib/displays/types';

const burndown = (team: string, seconds = 20): DisplayItem => ({ key: `burndown:${team}:points`, kind: 'burndown', seconds });
const MIN = 60_000;

// Monday 23 November 2026, 09:00 in Amsterdam (CET, UTC+1).
const MONDAY_9 = new Date('2026-11-23T08:00:00Z');
const MONDAY_23 = new Date('2026-11-23T22:00:00Z');

function config(overrides: Partial<DisplayConfig> = {}): DisplayConfig {
  return {
    display: { id: 7, name: 'Team room 3' },
    train: { slug: 'art', name: 'ART', timeZone: 'Europe/Amsterdam' },
    defaultPlaylistId: 1,
    playlists: {
      1: { id: 1, name: 'Burndowns', items: [burndown('atlas'), burndown('borealis'), burndown('comet')] },
      2: { id: 2, name: 'Stand-up', items: [burndown('atlas', 30), { key: 'screen-off', kind: 'screen-off', seconds: 10 }] },
    },
    // Nights, 22:00–06:00 every day, are dark.
    schedules: [{ id: 11, playlistId: null, screenOff: true, weekdays: [0, 1, 2, 3, 4, 5, 6], startMinute: 22 * 60, endMinute: 6 * 60, cadence: null }],
    cadence: [],
    version: 'v1',
    ...overrides,
  };
}

describe('wall plans', () => {
  it('a public wall plays its fixed items, and watches each key once, and its header\'s cadence', () => {
    const plan = planFromModel({ train: { slug: 'art', name: 'ART', timeZone: 'UTC' }, items: [burndown('atlas'), burndown('atlas')], fallback: {} });
    expect(plan.keys).toEqual(['burndown:atlas:points', 'cadence:art']);
    expect(plan.version).toBeNull();
    expect(plan.programAt(MONDAY_23)).toMatchObject({ kind: 'playlist', items: [burndown('atlas'), burndown('atlas')] });
  });

  it('a paired display follows its schedule, and watches every panel of every playlist and its train\'s cadence, but never "screen-off"', () => {
    const plan = planFromConfig(config());
    expect(plan.keys).toEqual(['burndown:atlas:points', 'burndown:borealis:points', 'burndown:comet:points', 'cadence:art']);
    expect(plan.programAt(MONDAY_9)).toMatchObject({ kind: 'playlist', id: 'playlist:1', name: 'Burndowns' });
    expect(plan.programAt(MONDAY_23)).toEqual({ kind: 'screen-off', id: 'off:11' });
  });

  it('a display without a usable playlist shows an empty program rather than failing', () => {
    const plan = planFromConfig(config({ defaultPlaylistId: null, schedules: [] }));
    expect(plan.programAt(MONDAY_9)).toEqual({ kind: 'playlist', id: 'playlist:none', name: null, items: [] });
  });
});

describe('rotation', () => {
  it('advances one item per boundary and wraps around', () => {
    let state = startRotation(planFromConfig(config()), MONDAY_9);
    const seen = [currentItem(state)?.key];
    for (let i = 0; i < 3; i++) {
      state = rotate(state, { type: 'boundary', now: MONDAY_9 });
      seen.push(currentItem(state)?.key);
    }
    expect(seen).toEqual(['burndown:atlas:points', 'burndown:borealis:points', 'burndown:comet:points', 'burndown:atlas:points']);
    expect(state.step).toBe(3);
    expect(boundaryDelayMs(state)).toBe(20_000);
  });

  it('a new configuration waits for the next boundary, then continues from the next position', () => {
    let state = startRotation(planFromConfig(config()), MONDAY_9);
    state = rotate(state, { type: 'boundary', now: MONDAY_9 }); // borealis
    const edited = config({
      version: 'v2',
      playlists: { 1: { id: 1, name: 'Burndowns', items: [burndown('dynamo', 5), burndown('ember', 5), burndown('fjord', 5)] } },
    });
    state = rotate(state, { type: 'config', plan: planFromConfig(edited) });
    expect(currentItem(state)?.key).toBe('burndown:borealis:points');
    expect(state.plan.version).toBe('v1');
    state = rotate(state, { type: 'boundary', now: MONDAY_9 });
    expect(state.plan.version).toBe('v2');
    expect(state.pending).toBeNull();
    expect(currentItem(state)?.key).toBe('burndown:fjord:points');
    expect(boundaryDelayMs(state)).toBe(5_000);
  });

  it('ignores a configuration it already runs', () => {
    const state = startRotation(planFromConfig(config()), MONDAY_9);
    expect(rotate(state, { type: 'config', plan: planFromConfig(config()) })).toBe(state);
  });

  it('a schedule flip starts the other program from its first item at the next boundary', () => {
    let state = startRotation(planFromConfig(config()), MONDAY_9);
    state = rotate(state, { type: 'boundary', now: MONDAY_9 });
    state = rotate(state, { type: 'boundary', now: MONDAY_23 });
    expect(state.program.kind).toBe('screen-off');
    expect(currentItem(state)).toBeUndefined();
    expect(boundaryDelayMs(state)).toBe(IDLE_BOUNDARY_MS);
    state = rotate(state, { type: 'boundary', now: MONDAY_9 });
    expect(currentItem(state)?.key).toBe('burndown:atlas:points');
  });

  it('a playlist step of kind screen-off is an item like any other', () => {
    let state = startRotation(planFromConfig(config({ defaultPlaylistId: 2 })), MONDAY_9);
    state = rotate(state, { type: 'boundary', now: MONDAY_9 });
    expect(currentItem(state)).toEqual({ key: 'screen-off', kind: 'screen-off', seconds: 10 });
    expect(boundaryDelayMs(state)).toBe(10_000);
  });
});

describe('alerts', () => {
  const alert = (id: number, severity: AlertDto['severity'], createdAt: string, expiresAt = '2026-11-23T12:00:00Z'): AlertDto => ({
    id,
    text: `alert ${id}`,
    severity,
    createdAt,
    expiresAt,
  });
  const now = Date.parse('2026-11-23T10:00:00Z');

  it('the most severe alert takes over, the newest among equals', () => {
    const list = [
      alert(1, 'info', '2026-11-23T09:59:00Z'),
      alert(2, 'warning', '2026-11-23T09:00:00Z'),
      alert(3, 'warning', '2026-11-23T09:30:00Z'),
    ];
    expect(topAlert(list, now)?.id).toBe(3);
    expect(topAlert([...list, alert(4, 'critical', '2026-11-23T08:00:00Z')], now)?.id).toBe(4);
  });

  it('expired alerts are ignored, and the next expiry is known', () => {
    const list = [alert(1, 'critical', '2026-11-23T09:00:00Z', '2026-11-23T09:59:59Z'), alert(2, 'info', '2026-11-23T09:00:00Z', '2026-11-23T10:05:00Z')];
    expect(activeAlerts(list, now).map((a) => a.id)).toEqual([2]);
    expect(topAlert(list, now)?.id).toBe(2);
    expect(nextExpiryAt(list, now)).toBe(Date.parse('2026-11-23T10:05:00Z'));
    expect(topAlert(list, Date.parse('2026-11-23T10:05:00Z'))).toBeUndefined();
    expect(nextExpiryAt([], now)).toBeNull();
  });
});

describe('self-healing rules', () => {
  it('a burndown is fresh for 10 minutes, then stale', () => {
    const t = 1_000_000_000;
    expect(freshness('burndown', t, t + 30_000)).toEqual({ ageMs: 30_000, stale: false, label: 'Updated just now' });
    expect(freshness('burndown', t, t + 4 * MIN)).toMatchObject({ stale: false, label: 'Updated 4 min ago' });
    expect(freshness('burndown', t, t + 10 * MIN)).toMatchObject({ stale: false });
    expect(freshness('burndown', t, t + 10 * MIN + 1)).toMatchObject({ stale: true, label: 'Data 10 min old' });
    expect(freshness('burndown', t, t + 3 * 60 * MIN)).toMatchObject({ stale: true, label: 'Data 3 h old' });
    expect(freshness('burndown', undefined, t)).toMatchObject({ stale: true, label: 'No data yet' });
    expect(refreshAfterMs('burndown')).toBe(150_000);
  });

  it('the watchdog reloads only after 5 silent minutes without a socket, and at most once per 10 minutes', () => {
    const now = 100 * MIN;
    expect(watchdogDue({ connected: false, lastContactAt: now - 5 * MIN, lastReloadAt: null, now })).toBe(true);
    expect(watchdogDue({ connected: false, lastContactAt: now - 5 * MIN + 1, lastReloadAt: null, now })).toBe(false);
    expect(watchdogDue({ connected: true, lastContactAt: now - 60 * MIN, lastReloadAt: null, now })).toBe(false);
    expect(watchdogDue({ connected: false, lastContactAt: now - 60 * MIN, lastReloadAt: now - 9 * MIN, now })).toBe(false);
    expect(watchdogDue({ connected: false, lastContactAt: now - 60 * MIN, lastReloadAt: now - 10 * MIN, now })).toBe(true);
  });

  it('a new build asks for one reload per build', () => {
    expect(wantsBuildReload('b1', 'b1', null)).toBe(false);
    expect(wantsBuildReload('b1', 'b2', null)).toBe(true);
    expect(wantsBuildReload('b1', 'b2', 'b2')).toBe(false);
    expect(wantsBuildReload('b1', 'b3', 'b2')).toBe(true);
  });

  it('the burn-in shift starts in place, stays within 4 px and moves every 3 minutes', () => {
    expect(shiftAt(0)).toEqual([0, 0]);
    expect(shiftAt(SHIFT_EVERY_MS - 1)).toEqual([0, 0]);
    expect(shiftAt(SHIFT_EVERY_MS)).toEqual([2, 1]);
    expect(shiftAt(SHIFT_EVERY_MS * SHIFT_OFFSETS.length)).toEqual([0, 0]);
    for (const [x, y] of SHIFT_OFFSETS) expect(Math.max(Math.abs(x), Math.abs(y))).toBeLessThanOrEqual(4);
  });

  it('the panel cache keeps only the keys the plan shows', () => {
    const store = createPanelStore(['a', 'b'], 1_000);
    store.cache.set('a', {});
    store.cache.set('b', {});
    store.cache.set('c', {});
    store.keepOnly(['a']);
    expect([...store.cache.keys()]).toEqual(['a']);
    expect(store.confirmedAt('a')).toBe(1_000);
    expect(store.confirmedAt('b')).toBeUndefined();
    store.noteContact(500);
    expect(store.lastContactAt()).toBe(1_000);
  });

  it('the panel cache tells its listeners of every confirmation, the same data again too, until they leave', () => {
    const store = createPanelStore(['a'], 1_000);
    const seen: (number | undefined)[] = [];
    const leave = store.subscribe(() => seen.push(store.confirmedAt('a')));
    store.confirm('a', 2_000);
    store.confirm('a', 2_000);
    store.confirm('a', 3_500);
    leave();
    store.confirm('a', 9_000);
    expect(seen).toEqual([2_000, 2_000, 3_500]);
    expect(store.confirmedAt('a')).toBe(9_000);
  });
});
