import { expect, it } from 'vitest';
import { AdminError } from '../../lib/admin/errors';
import { resolvePrincipal } from '../../lib/auth/principal';
import { hashToken } from '../../lib/auth/tokens';
import { allowedPanelKeys } from '../../lib/displays/access';
import { loadDisplayConfig } from '../../lib/displays/config';
import { createPairingRequest } from '../../lib/displays/pairing';
import {
  claimPairingCode,
  createKioskToken,
  getDisplayDetail,
  listDisplaySummaries,
  revokeDisplay,
  saveSchedules,
  updateDisplay,
} from '../../lib/displays/service';
import { displayRoom } from '../../lib/realtime/events';
import { describeEachBackend } from '../support/databases';
import { insertTrain } from '../support/fixtures';
import { insertUserPrincipal } from '../support/principals';
import { testRuntime } from '../support/runtime';

// "Today" is Tuesday 24 November 2026 in Amsterdam; cadence windows within 120 days either side travel along.
const NOW = new Date('2026-11-24T09:00:00Z');

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

const burndown = (team: string, seconds: number, measure = 'points') => ({ key: `burndown:${team}:${measure}`, kind: 'burndown', seconds });

describeEachBackend('display configuration and management', (backend) => {
  async function setup() {
    const runtime = testRuntime(backend, { rotationSeconds: 25 });
    // Team names are "Team <slug>": name order is atlas, borealis, cygnus.
    const north = await insertTrain(backend.db, {
      slug: 'north',
      timeZone: 'Europe/Amsterdam',
      teams: ['cygnus', 'atlas', 'borealis'],
      pi: { name: 'PI 26.4', startDate: '2026-10-05', endDate: '2027-01-15' },
      iterations: [
        { code: '26.4-1', startDate: '2026-10-05', endDate: '2026-10-16' },
        { code: '26.4-IP', startDate: '2026-12-07', endDate: '2026-12-18', kind: 'ip' },
        { code: '25.4-IP', startDate: '2025-12-08', endDate: '2025-12-19', kind: 'ip' },
      ],
    });
    const south = await insertTrain(backend.db, {
      slug: 'south',
      timeZone: 'Europe/Amsterdam',
      teams: ['delta'],
      pi: { name: 'PI 26.4', startDate: '2026-10-05', endDate: '2026-12-11' },
      iterations: [],
    });
    const admin = await insertUserPrincipal(backend.db, 'admin');
    const playlist = async (trainId: number, name: string, items: { kind: string; params: object; seconds: number }[]) => {
      const row = await backend.db.insertInto('playlists').values({ train_id: trainId, name }).returning('id').executeTakeFirstOrThrow();
      if (items.length > 0) {
        await backend.db
          .insertInto('playlist_items')
          .values(items.map((item, position) => ({ playlist_id: row.id, position, kind: item.kind, params: JSON.stringify(item.params), seconds: item.seconds })))
          .execute();
      }
      return row.id;
    };
    const pair = async (name: string, trainSlug: string, extra: { playlistId?: number | null; teamFilter?: string | null } = {}) => {
      const ticket = await createPairingRequest(backend.db, NOW);
      const display = await claimPairingCode(runtime, admin, { code: ticket.code, name, trainSlug, ...extra }, NOW);
      return { id: display.id, secret: ticket.secret };
    };
    return { runtime, north, south, admin, playlist, pair };
  }

  it('expands a playlist: a team-less burndown is one panel per team in name order, screen-off stays', async () => {
    const { runtime, north, playlist, pair } = await setup();
    const wall = await playlist(north.trainId, 'Wall', [
      { kind: 'burndown', params: {}, seconds: 15 },
      { kind: 'burndown', params: { team: 'cygnus', measure: 'hours' }, seconds: 30 },
      { kind: 'screen-off', params: {}, seconds: 60 },
    ]);
    const { id } = await pair('Lobby', 'north', { playlistId: wall });

    const config = await loadDisplayConfig(runtime, id, NOW);
    expect(config).toMatchObject({
      display: { id, name: 'Lobby' },
      train: { slug: 'north', name: 'Train north', timeZone: 'Europe/Amsterdam' },
      defaultPlaylistId: wall,
      schedules: [],
    });
    expect(config!.playlists).toEqual({
      [wall]: {
        id: wall,
        name: 'Wall',
        items: [
          burndown('atlas', 15),
          burndown('borealis', 15),
          burndown('cygnus', 15),
          burndown('cygnus', 30, 'hours'),
          { key: 'screen-off', kind: 'screen-off', seconds: 60 },
        ],
      },
    });
    expect(config!.version).toMatch(/^[0-9a-f]{12}$/);
  });

  it('applies the team filter to every playlist it can show', async () => {
    const { runtime, north, playlist, pair } = await setup();
    const wall = await playlist(north.trainId, 'Wall', [
      { kind: 'burndown', params: { measure: 'hours' }, seconds: 15 },
      { kind: 'burndown', params: { team: 'cygnus' }, seconds: 30 },
      { kind: 'burndown', params: { team: 'borealis' }, seconds: 20 },
    ]);
    const { id } = await pair('Borealis room', 'north', { playlistId: wall, teamFilter: 'borealis' });
    const config = await loadDisplayConfig(runtime, id, NOW);
    expect(config!.playlists[wall]!.items).toEqual([burndown('borealis', 15, 'hours'), burndown('borealis', 20)]);
    // Its own train's header strip too, never another train's.
    expect([...(await allowedPanelKeys(runtime, id))].sort()).toEqual(['burndown:borealis:hours', 'burndown:borealis:points', 'cadence:north']);
  });

  it('without its own playlist shows the train’s first playlist by name, or every team’s burndown', async () => {
    const { runtime, north, playlist, pair } = await setup();
    const bare = await pair('Bare', 'north');
    const implicit = await loadDisplayConfig(runtime, bare.id, NOW);
    expect(implicit!.defaultPlaylistId).toBe(0);
    expect(implicit!.playlists).toEqual({
      0: { id: 0, name: "All teams' burndowns", items: [burndown('atlas', 25), burndown('borealis', 25), burndown('cygnus', 25)] },
    });

    await playlist(north.trainId, 'Zebra', [{ kind: 'burndown', params: { team: 'atlas' }, seconds: 10 }]);
    const alpha = await playlist(north.trainId, 'Alpha', [{ kind: 'burndown', params: { team: 'cygnus' }, seconds: 12 }]);
    const config = await loadDisplayConfig(runtime, bare.id, NOW);
    expect(config!.defaultPlaylistId).toBe(alpha);
    expect(Object.keys(config!.playlists)).toEqual([String(alpha)]);
    expect(config!.playlists[alpha]!.items).toEqual([burndown('cygnus', 12)]);
  });

  it('carries the schedules in order, the playlists they use, and the cadence windows around today', async () => {
    const { runtime, north, south, admin, playlist, pair } = await setup();
    const day = await playlist(north.trainId, 'Day', [{ kind: 'burndown', params: { team: 'atlas' }, seconds: 20 }]);
    const standUp = await playlist(north.trainId, 'Stand-up', [{ kind: 'burndown', params: { team: 'borealis', measure: 'hours' }, seconds: 40 }]);
    const planning = await playlist(north.trainId, 'Planning', [{ kind: 'burndown', params: {}, seconds: 10 }]);
    await playlist(north.trainId, 'Unused', [{ kind: 'burndown', params: { team: 'cygnus' }, seconds: 10 }]);
    await backend.db
      .insertInto('calendar_events')
      .values([
        { train_id: north.trainId, kind: 'pi_planning', title: 'PI 27.1 planning', start_date: '2027-01-18', end_date: '2027-01-19' },
        { train_id: north.trainId, kind: 'system_demo', title: 'Demo', start_date: '2026-12-04', end_date: '2026-12-04' },
        { train_id: north.trainId, kind: 'pi_planning', title: 'Long ago', start_date: '2026-01-19', end_date: '2026-01-20' },
        { train_id: south.trainId, kind: 'pi_planning', title: 'Other train', start_date: '2026-11-30', end_date: '2026-12-01' },
      ])
      .execute();
    const { id } = await pair('Lobby', 'north', { playlistId: day });

    const rules = [
      { playlistId: standUp, screenOff: false, weekdays: [5, 1, 2, 3, 4], startMinute: 555, endMinute: 570, cadence: null },
      { playlistId: null, screenOff: true, weekdays: [0, 1, 2, 3, 4, 5, 6], startMinute: 1320, endMinute: 360, cadence: null },
      { playlistId: planning, screenOff: false, weekdays: [1, 2, 3, 4, 5], startMinute: 0, endMinute: 1440, cadence: 'pi_planning' },
    ];
    const saved = await saveSchedules(runtime, admin, id, { rules });
    expect(saved.map((r) => r.weekdays)).toEqual([[1, 2, 3, 4, 5], [0, 1, 2, 3, 4, 5, 6], [1, 2, 3, 4, 5]]);

    const config = await loadDisplayConfig(runtime, id, NOW);
    expect(config!.schedules.map((rule) => ({ ...rule, id: 0 }))).toEqual([
      { id: 0, playlistId: standUp, screenOff: false, weekdays: [1, 2, 3, 4, 5], startMinute: 555, endMinute: 570, cadence: null },
      { id: 0, playlistId: null, screenOff: true, weekdays: [0, 1, 2, 3, 4, 5, 6], startMinute: 1320, endMinute: 360, cadence: null },
      { id: 0, playlistId: planning, screenOff: false, weekdays: [1, 2, 3, 4, 5], startMinute: 0, endMinute: 1440, cadence: 'pi_planning' },
    ]);
    expect(Object.keys(config!.playlists).map(Number).sort((a, b) => a - b)).toEqual([day, standUp, planning].sort((a, b) => a - b));
    expect(config!.playlists[planning]!.items).toEqual([burndown('atlas', 10), burndown('borealis', 10), burndown('cygnus', 10)]);
    // 2025-12 IP and January 2026 planning are more than 120 days back; the system demo is no cadence window.
    expect(config!.cadence).toEqual([
      { kind: 'ip_iteration', startDate: '2026-12-07', endDate: '2026-12-18' },
      { kind: 'pi_planning', startDate: '2027-01-18', endDate: '2027-01-19' },
    ]);
  });

  it('keeps the version while nothing changes and bumps it on a change', async () => {
    const { runtime, north, admin, playlist, pair } = await setup();
    const wall = await playlist(north.trainId, 'Wall', [{ kind: 'burndown', params: {}, seconds: 15 }]);
    const { id } = await pair('Lobby', 'north', { playlistId: wall });
    const first = await loadDisplayConfig(runtime, id, NOW);
    expect((await loadDisplayConfig(runtime, id, NOW))!.version).toBe(first!.version);
    await updateDisplay(runtime, admin, id, { teamFilter: 'atlas' });
    expect((await loadDisplayConfig(runtime, id, NOW))!.version).not.toBe(first!.version);
  });

  it('is undefined for unknown and revoked displays', async () => {
    const { runtime, admin, pair } = await setup();
    const { id } = await pair('Lobby', 'north');
    expect(await loadDisplayConfig(runtime, id + 100, NOW)).toBeUndefined();
    await revokeDisplay(runtime, admin, id, NOW);
    expect(await loadDisplayConfig(runtime, id, NOW)).toBeUndefined();
    expect((await allowedPanelKeys(runtime, id)).size).toBe(0);
  });

  it('updates a display (admin only), audits it and pushes the new configuration to its room', async () => {
    const { runtime, north, south, admin, playlist, pair } = await setup();
    const wall = await playlist(north.trainId, 'Wall', [{ kind: 'burndown', params: {}, seconds: 15 }]);
    const southWall = await playlist(south.trainId, 'South', []);
    const { id } = await pair('Lobby', 'north');
    runtime.io.emitted.length = 0;

    const detail = await updateDisplay(runtime, admin, id, { name: 'Lobby east', playlistId: wall, teamFilter: 'cygnus' });
    expect(detail).toMatchObject({ name: 'Lobby east', playlistId: wall, playlistName: 'Wall', teamFilter: 'cygnus', timeZone: 'Europe/Amsterdam' });
    expect(runtime.io.emitted).toHaveLength(1);
    expect(runtime.io.emitted[0]).toMatchObject({ room: displayRoom(id), event: 'display-config' });
    expect((runtime.io.emitted[0]!.args[0] as { playlists: Record<number, { items: unknown[] }> }).playlists[wall]!.items).toEqual([burndown('cygnus', 15)]);
    const audit = await backend.db.selectFrom('audit_log').select(['action', 'subject', 'details']).where('action', '=', 'display.updated').execute();
    expect(audit).toEqual([{ action: 'display.updated', subject: `display ${id}`, details: { name: 'Lobby east', playlistId: wall, teamFilter: 'cygnus' } }]);

    // Back to the train's default, no filter: null clears, an absent field stays.
    expect(await updateDisplay(runtime, admin, id, { playlistId: null, teamFilter: null })).toMatchObject({ name: 'Lobby east', playlistId: null, teamFilter: null });

    expect(await rejection(updateDisplay(runtime, admin, id, { playlistId: southWall }))).toMatchObject({ status: 400, code: 'unknown_playlist' });
    expect(await rejection(updateDisplay(runtime, admin, id, { teamFilter: 'delta' }))).toMatchObject({ status: 400, code: 'unknown_team' });
    expect(await rejection(updateDisplay(runtime, admin, id, { name: '  ' }))).toMatchObject({ name: 'ZodError' });
    expect(await rejection(updateDisplay(runtime, admin, id + 100, { name: 'X' }))).toMatchObject({ status: 404 });
    const editor = await insertUserPrincipal(backend.db, 'editor');
    expect(await rejection(updateDisplay(runtime, editor, id, { name: 'X' }))).toMatchObject({ status: 403 });
    expect(await rejection(saveSchedules(runtime, editor, id, { rules: [] }))).toMatchObject({ status: 403 });
  });

  it('validates schedule rules and refuses playlists of another train', async () => {
    const { runtime, south, admin, playlist, pair } = await setup();
    const southWall = await playlist(south.trainId, 'South', []);
    const { id } = await pair('Lobby', 'north');
    const rule = { playlistId: null, screenOff: true, weekdays: [1], startMinute: 60, endMinute: 120, cadence: null };
    for (const bad of [
      { ...rule, screenOff: false },
      { ...rule, playlistId: southWall },
      { ...rule, weekdays: [] },
      { ...rule, weekdays: [1, 1] },
      { ...rule, weekdays: [7] },
      { ...rule, endMinute: 60 },
      { ...rule, startMinute: 1440 },
      { ...rule, cadence: 'holidays' },
    ]) {
      expect(await rejection(saveSchedules(runtime, admin, id, { rules: [bad] }))).toMatchObject({ name: 'ZodError' });
    }
    const error = await rejection(saveSchedules(runtime, admin, id, { rules: [{ ...rule, screenOff: false, playlistId: southWall }] }));
    expect(error).toBeInstanceOf(AdminError);
    expect(error).toMatchObject({ code: 'unknown_playlist' });
    expect(await backend.db.selectFrom('display_schedules').select('id').execute()).toEqual([]);
  });

  it('revokes a display: tokens dead, TV told and disconnected, audited', async () => {
    const { runtime, admin, pair } = await setup();
    const { id, secret } = await pair('Lobby', 'north');
    const kiosk = await createKioskToken(runtime, admin, id, NOW);
    expect(await resolvePrincipal(backend.db, { display: kiosk })).toMatchObject({ kind: 'display', displayId: id });
    runtime.io.emitted.length = 0;

    await revokeDisplay(runtime, admin, id, NOW);
    expect(runtime.io.emitted).toEqual([{ room: displayRoom(id), event: 'display-revoked', args: [] }]);
    expect(runtime.io.disconnected).toEqual([displayRoom(id)]);
    for (const token of [secret, kiosk]) expect(await resolvePrincipal(backend.db, { display: token })).toEqual({ kind: 'anonymous' });
    const tokens = await backend.db.selectFrom('display_tokens').select(['kind', 'revoked_at']).orderBy('id').execute();
    expect(tokens).toEqual([
      { kind: 'device', revoked_at: NOW },
      { kind: 'url', revoked_at: NOW },
    ]);
    expect(await backend.db.selectFrom('displays').select('revoked_at').executeTakeFirstOrThrow()).toEqual({ revoked_at: NOW });
    const actions = (await backend.db.selectFrom('audit_log').select('action').orderBy('id').execute()).map((r) => r.action);
    expect(actions).toEqual(['display.paired', 'display.kiosk_url_created', 'display.revoked']);

    expect(await rejection(revokeDisplay(runtime, admin, id, NOW))).toMatchObject({ status: 404 });
    expect(await listDisplaySummaries(runtime, admin)).toEqual([]);
    expect(await rejection(getDisplayDetail(runtime, admin, id))).toMatchObject({ status: 404 });
  });

  it('stores a kiosk URL token only hashed; viewers may list but not create one', async () => {
    const { runtime, admin, pair } = await setup();
    const { id } = await pair('Lobby', 'north');
    const token = await createKioskToken(runtime, admin, id, NOW);
    const row = await backend.db.selectFrom('display_tokens').selectAll().where('kind', '=', 'url').executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(hashToken(token));
    const viewer = await insertUserPrincipal(backend.db, 'viewer');
    expect(await rejection(createKioskToken(runtime, viewer, id, NOW))).toMatchObject({ status: 403 });
    expect(await rejection(revokeDisplay(runtime, viewer, id, NOW))).toMatchObject({ status: 403 });
    expect((await listDisplaySummaries(runtime, viewer)).map((d) => d.name)).toEqual(['Lobby']);
    expect(await rejection(listDisplaySummaries(runtime, { kind: 'anonymous' }))).toMatchObject({ status: 401 });
  });
});
