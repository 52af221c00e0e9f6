import { expect, it } from 'vitest';
import { addCalendarEvent, listCalendar, removeCalendarEvent } from '../../lib/calendar/service';
import { loadDisplayConfig } from '../../lib/displays/config';
import { createPairingRequest } from '../../lib/displays/pairing';
import { claimPairingCode, saveSchedules } from '../../lib/displays/service';
import { createPlaylist, deletePlaylist, getPlaylistDetail, listPlaylistSummaries, updatePlaylist } from '../../lib/playlists/service';
import { displayRoom } from '../../lib/realtime/events';
import { describeEachBackend } from '../support/databases';
import { insertTrain } from '../support/fixtures';
import { insertUserPrincipal } from '../support/principals';
import { testRuntime } from '../support/runtime';

const NOW = new Date('2026-11-24T09:00:00Z');

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

const spec = (slug: string, teams: string[]) => ({
  slug,
  timeZone: 'Europe/Amsterdam',
  teams,
  pi: { name: 'PI 26.4', startDate: '2026-10-05', endDate: '2026-12-11' },
  iterations: [],
});

describeEachBackend('playlists and the calendar', (backend) => {
  async function setup() {
    const runtime = testRuntime(backend);
    await insertTrain(backend.db, spec('north', ['atlas', 'borealis']));
    await insertTrain(backend.db, spec('south', ['cygnus']));
    const admin = await insertUserPrincipal(backend.db, 'admin');
    const editor = await insertUserPrincipal(backend.db, 'editor');
    const viewer = await insertUserPrincipal(backend.db, 'viewer');
    const pair = async (name: string, trainSlug: string, playlistId?: number) => {
      const ticket = await createPairingRequest(backend.db, NOW);
      return (await claimPairingCode(runtime, admin, { code: ticket.code, name, trainSlug, playlistId }, NOW)).id;
    };
    /** Which display rooms got a 'display-config' since the last call. */
    const pushedRooms = () => {
      const rooms = runtime.io.emitted.filter((e) => e.event === 'display-config').map((e) => e.room).sort();
      runtime.io.emitted.length = 0;
      return rooms;
    };
    return { runtime, admin, editor, viewer, pair, pushedRooms };
  }

  const items = [
    { kind: 'burndown' as const, params: {}, seconds: 20 },
    { kind: 'burndown' as const, params: { team: 'borealis', measure: 'hours' as const }, seconds: 45 },
    { kind: 'screen-off' as const, params: {}, seconds: 600 },
  ];

  it('creates and reads a playlist with its items in order; admins may; editors and viewers may not', async () => {
    const { runtime, admin, editor, viewer } = await setup();
    expect(await rejection(createPlaylist(runtime, viewer, { trainSlug: 'north', name: 'Wall', items }))).toMatchObject({ status: 403 });
    expect(await rejection(createPlaylist(runtime, editor, { trainSlug: 'north', name: 'Wall', items }))).toMatchObject({ status: 403 });

    const created = await createPlaylist(runtime, admin, { trainSlug: 'north', name: '  Wall  ', items });
    expect(created).toMatchObject({ name: 'Wall', trainSlug: 'north', trainName: 'Train north', items });
    expect(created.teams).toEqual([
      { slug: 'atlas', name: 'Team atlas' },
      { slug: 'borealis', name: 'Team borealis' },
    ]);
    expect(await getPlaylistDetail(runtime, viewer, created.id)).toEqual(created);
    expect(await listPlaylistSummaries(runtime, viewer)).toEqual([
      { id: created.id, name: 'Wall', trainSlug: 'north', trainName: 'Train north', itemCount: 3, displayCount: 0, updatedAt: created.updatedAt },
    ]);
    const audit = await backend.db.selectFrom('audit_log').select(['actor', 'action', 'subject']).execute();
    expect(audit).toEqual([{ actor: 'admin@example.test', action: 'playlist.created', subject: `playlist ${created.id}` }]);
  });

  it('refuses a taken name, a team of another train, and bad items', async () => {
    const { runtime, admin } = await setup();
    const wall = await createPlaylist(runtime, admin, { trainSlug: 'north', name: 'Wall', items: [] });
    expect(await rejection(createPlaylist(runtime, admin, { trainSlug: 'north', name: 'Wall', items: [] }))).toMatchObject({ status: 409, code: 'name_taken' });
    // The same name in another train is fine.
    expect(await createPlaylist(runtime, admin, { trainSlug: 'south', name: 'Wall', items: [] })).toMatchObject({ trainSlug: 'south' });
    const cygnus = [{ kind: 'burndown', params: { team: 'cygnus' }, seconds: 20 }];
    expect(await rejection(updatePlaylist(runtime, admin, wall.id, { name: 'Wall', items: cygnus }))).toMatchObject({ status: 400, code: 'unknown_team' });
    for (const bad of [
      { kind: 'burndown', params: {}, seconds: 2 },
      { kind: 'burndown', params: {}, seconds: 3601 },
      { kind: 'burndown', params: {}, seconds: 10.5 },
      { kind: 'burndown', params: { measure: 'bananas' }, seconds: 10 },
      { kind: 'burndown', params: { team: 'Not A Slug' }, seconds: 10 },
      { kind: 'screen-off', params: { team: 'atlas' }, seconds: 10 },
      { kind: 'velocity', params: {}, seconds: 10 },
    ]) {
      expect(await rejection(updatePlaylist(runtime, admin, wall.id, { name: 'Wall', items: [bad] }))).toMatchObject({ name: 'ZodError' });
    }
    expect(await rejection(updatePlaylist(runtime, admin, wall.id + 100, { name: 'X', items: [] }))).toMatchObject({ status: 404 });
    expect((await getPlaylistDetail(runtime, admin, wall.id)).items).toEqual([]);
  });

  it('pushes an edit to every display that can show the playlist: directly, by schedule, or as its train default', async () => {
    const { runtime, admin, pair, pushedRooms } = await setup();
    const wall = await createPlaylist(runtime, admin, { trainSlug: 'north', name: 'A wall', items });
    const night = await createPlaylist(runtime, admin, { trainSlug: 'north', name: 'B night', items: [] });
    const other = await createPlaylist(runtime, admin, { trainSlug: 'north', name: 'C other', items: [] });
    const southWall = await createPlaylist(runtime, admin, { trainSlug: 'south', name: 'South', items: [] });
    const direct = await pair('Direct', 'north', wall.id);
    const scheduled = await pair('Scheduled', 'north', other.id);
    const byDefault = await pair('Default', 'north');
    await pair('Unrelated', 'north', other.id);
    await pair('South', 'south', southWall.id);
    await saveSchedules(runtime, admin, scheduled, {
      rules: [{ playlistId: night.id, screenOff: false, weekdays: [1, 2, 3, 4, 5], startMinute: 1200, endMinute: 360, cadence: null }],
    });
    pushedRooms();

    const edited = [{ kind: 'burndown' as const, params: { team: 'atlas' }, seconds: 30 }];
    await updatePlaylist(runtime, admin, night.id, { name: 'B night', items: edited });
    // Displays without their own playlist show the train's first by name; a rename can change which one that is,
    // so they are pushed on every edit of their train's playlists. "Unrelated" and "South" are not.
    expect(pushedRooms()).toEqual([displayRoom(byDefault), displayRoom(scheduled)].sort());
    const scheduledConfig = await loadDisplayConfig(runtime, scheduled, NOW);
    expect(scheduledConfig!.playlists[night.id]!.items).toEqual([{ key: 'burndown:atlas:points', kind: 'burndown', seconds: 30 }]);

    await updatePlaylist(runtime, admin, wall.id, { name: 'A wall', items: edited });
    expect(pushedRooms()).toEqual([displayRoom(byDefault), displayRoom(direct)].sort());

    const audit = (await backend.db.selectFrom('audit_log').select('action').where('action', 'like', 'playlist.%').execute()).map((r) => r.action);
    expect(audit.filter((a) => a === 'playlist.updated')).toHaveLength(2);
  });

  it('deletes a playlist: its displays fall back, its schedule rules go, the affected displays are pushed', async () => {
    const { runtime, admin, viewer, pair, pushedRooms } = await setup();
    const first = await createPlaylist(runtime, admin, { trainSlug: 'north', name: 'A first', items: [{ kind: 'burndown', params: { team: 'atlas' }, seconds: 10 }] });
    const doomed = await createPlaylist(runtime, admin, { trainSlug: 'north', name: 'B doomed', items });
    const direct = await pair('Direct', 'north', doomed.id);
    const scheduled = await pair('Scheduled', 'north', first.id);
    await saveSchedules(runtime, admin, scheduled, {
      rules: [{ playlistId: doomed.id, screenOff: false, weekdays: [1], startMinute: 540, endMinute: 600, cadence: null }],
    });
    pushedRooms();

    expect(await rejection(deletePlaylist(runtime, viewer, doomed.id))).toMatchObject({ status: 403 });
    await deletePlaylist(runtime, admin, doomed.id);
    expect(pushedRooms()).toEqual([displayRoom(direct), displayRoom(scheduled)].sort());
    const directConfig = await loadDisplayConfig(runtime, direct, NOW);
    expect(directConfig!.defaultPlaylistId).toBe(first.id);
    expect((await loadDisplayConfig(runtime, scheduled, NOW))!.schedules).toEqual([]);
    expect(await rejection(deletePlaylist(runtime, admin, doomed.id))).toMatchObject({ status: 404 });
    const deleted = await backend.db.selectFrom('audit_log').select('details').where('action', '=', 'playlist.deleted').executeTakeFirstOrThrow();
    expect(deleted.details).toEqual({ name: 'B doomed', displays: [direct, scheduled].sort((a, b) => a - b) });
  });

  it('adds and removes PI planning days, which reach the cadence of every display of the train', async () => {
    const { runtime, editor, viewer, pair, pushedRooms } = await setup();
    const north = await pair('North', 'north');
    await pair('South', 'south');
    pushedRooms();

    const input = { trainSlug: 'north', kind: 'pi_planning', title: 'PI 27.1 planning', startDate: '2026-12-14', endDate: '2026-12-15' };
    expect(await rejection(addCalendarEvent(runtime, viewer, input))).toMatchObject({ status: 403 });
    const event = await addCalendarEvent(runtime, editor, input);
    expect(event).toEqual({ id: event.id, ...input });
    expect(pushedRooms()).toEqual([displayRoom(north)]);
    expect((await loadDisplayConfig(runtime, north, NOW))!.cadence).toEqual([{ kind: 'pi_planning', startDate: '2026-12-14', endDate: '2026-12-15' }]);
    expect(await listCalendar(runtime, viewer)).toEqual([event]);

    // A system demo is on the calendar but is no cadence window: nothing to push.
    await addCalendarEvent(runtime, editor, { ...input, kind: 'system_demo', title: 'Demo', startDate: '2026-12-04', endDate: '2026-12-04' });
    expect(pushedRooms()).toEqual([]);

    await removeCalendarEvent(runtime, editor, { id: event.id });
    expect(pushedRooms()).toEqual([displayRoom(north)]);
    // Every change moves the wall's header strip, which counts down to the next entry.
    expect(runtime.publisher.published).toEqual([['cadence:north'], ['cadence:north'], ['cadence:north']]);
    expect((await loadDisplayConfig(runtime, north, NOW))!.cadence).toEqual([]);
    expect(await rejection(removeCalendarEvent(runtime, editor, { id: event.id }))).toMatchObject({ status: 404 });
    const actions = (await backend.db.selectFrom('audit_log').select('action').where('action', 'like', 'calendar.%').orderBy('id').execute()).map((r) => r.action);
    expect(actions).toEqual(['calendar.added', 'calendar.added', 'calendar.removed']);
  });

  it('validates calendar dates', async () => {
    const { runtime, editor } = await setup();
    const input = { trainSlug: 'north', kind: 'pi_planning', title: 'Planning', startDate: '2026-12-14', endDate: '2026-12-15' };
    for (const bad of [
      { ...input, startDate: '2026-02-30', endDate: '2026-03-01' },
      { ...input, endDate: '2026-12-13' },
      { ...input, endDate: '2027-02-01' },
      { ...input, startDate: '14-12-2026' },
      { ...input, kind: 'holiday' },
      { ...input, title: ' ' },
    ]) {
      expect(await rejection(addCalendarEvent(runtime, editor, bad))).toMatchObject({ name: 'ZodError' });
    }
    expect(await rejection(addCalendarEvent(runtime, editor, { ...input, trainSlug: 'nowhere' }))).toMatchObject({ code: 'unknown_train' });
  });
});
