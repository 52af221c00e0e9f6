import { expect, it } from 'vitest';
import { activeAlertsForDisplay, endAlert, listAlertsForConsole, pushAlerts, raiseAlert, type RaiseAlertInput } from '../../lib/alerts/service';
import { AuthError } from '../../lib/auth/principal';
import { hashToken } from '../../lib/auth/tokens';
import { describeEachBackend } from '../support/databases';
import { insertTrain } from '../support/fixtures';
import { insertDisplayPrincipal, insertUserPrincipal } from '../support/principals';
import { testRuntime } from '../support/runtime';

const T0 = new Date('2026-11-24T09:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);
const spec = (slug: string) => ({
  slug,
  timeZone: 'Europe/Amsterdam',
  teams: [`${slug}-team`],
  pi: { name: 'PI 26.4', startDate: '2026-10-05', endDate: '2026-12-11' },
  iterations: [],
});
const alert = (overrides: Partial<RaiseAlertInput> = {}): RaiseAlertInput => ({
  text: 'Production is down: use the status page',
  severity: 'critical',
  target: 'all',
  expiresInMinutes: 30,
  ...overrides,
});

describeEachBackend('takeover alerts', (backend) => {
  async function fleet() {
    const runtime = testRuntime(backend);
    const north = await insertTrain(backend.db, spec('north'));
    const south = await insertTrain(backend.db, spec('south'));
    const admin = await insertUserPrincipal(backend.db, 'admin');
    const lobby = await insertDisplayPrincipal(backend.db, north.trainId, 'Lobby');
    const teamRoom = await insertDisplayPrincipal(backend.db, north.trainId, 'Team room 3');
    const southRoom = await insertDisplayPrincipal(backend.db, south.trainId, 'South room');
    return { runtime, admin, lobby, teamRoom, southRoom };
  }

  it('reaches exactly the displays it targets, most severe first, then newest', async () => {
    const { runtime, admin, lobby, teamRoom, southRoom } = await fleet();
    await raiseAlert(runtime, admin, alert({ text: 'Everyone', severity: 'info' }), T0);
    await raiseAlert(runtime, admin, alert({ text: 'North train', severity: 'warning', target: 'train', trainSlug: 'north' }), minutes(1));
    await raiseAlert(runtime, admin, alert({ text: 'Lobby only', severity: 'info', target: 'display', displayId: lobby.displayId }), minutes(2));

    const texts = async (displayId: number) => (await activeAlertsForDisplay(backend.db, displayId, minutes(3))).map((a) => a.text);
    expect(await texts(lobby.displayId)).toEqual(['North train', 'Lobby only', 'Everyone']);
    expect(await texts(teamRoom.displayId)).toEqual(['North train', 'Everyone']);
    expect(await texts(southRoom.displayId)).toEqual(['Everyone']);
  });

  it('stops showing an alert when it expires or is ended, by id or by its acknowledge link', async () => {
    const { runtime, admin, lobby } = await fleet();
    const short = await raiseAlert(runtime, admin, alert({ text: 'Short', expiresInMinutes: 5 }), T0);
    const byLink = await raiseAlert(runtime, admin, alert({ text: 'By link' }), T0);
    const byConsole = await raiseAlert(runtime, admin, alert({ text: 'By console' }), T0);
    const active = async (at: Date) => (await activeAlertsForDisplay(backend.db, lobby.displayId, at)).map((a) => a.text).sort();

    expect(await active(minutes(4))).toEqual(['By console', 'By link', 'Short']);
    expect(await active(minutes(5))).toEqual(['By console', 'By link']);

    expect(await endAlert(runtime, { ackToken: byLink.ackToken }, minutes(6))).toBe(true);
    expect(await endAlert(runtime, { ackToken: byLink.ackToken }, minutes(6))).toBe(false);
    expect(await endAlert(runtime, { principal: admin, id: byConsole.alert.id }, minutes(7))).toBe(true);
    expect(await active(minutes(8))).toEqual([]);
    expect(await endAlert(runtime, { principal: admin, id: short.alert.id }, minutes(8))).toBe(false);

    const listed = await listAlertsForConsole(runtime, admin, minutes(8));
    expect(listed.map((a) => [a.text, a.state, a.endedBy])).toEqual([
      ['By console', 'ended', 'admin@example.test'],
      ['By link', 'ended', 'acknowledge link'],
      ['Short', 'expired', null],
    ]);
  });

  it('stores only a hash of the acknowledge token and audits raising and ending', async () => {
    const { runtime, admin } = await fleet();
    const raised = await raiseAlert(runtime, admin, alert(), T0);
    const row = await backend.db.selectFrom('alerts').select('ack_token_hash').executeTakeFirstOrThrow();
    expect(row.ack_token_hash).toBe(hashToken(raised.ackToken));
    expect(row.ack_token_hash).not.toContain(raised.ackToken);
    await endAlert(runtime, { ackToken: raised.ackToken }, minutes(1));
    const audit = await backend.db.selectFrom('audit_log').select(['actor', 'action', 'subject']).orderBy('id').execute();
    expect(audit).toEqual([
      { actor: 'admin@example.test', action: 'alert.raised', subject: `alert ${raised.alert.id}` },
      { actor: 'acknowledge link', action: 'alert.ended', subject: `alert ${raised.alert.id}` },
    ]);
  });

  it('refuses editors, viewers and displays, and unknown targets', async () => {
    const { runtime, lobby, admin } = await fleet();
    const editor = await insertUserPrincipal(backend.db, 'editor');
    await expect(raiseAlert(runtime, editor, alert(), T0)).rejects.toMatchObject({ status: 403 });
    await expect(raiseAlert(runtime, lobby, alert(), T0)).rejects.toBeInstanceOf(AuthError);
    await expect(raiseAlert(runtime, { kind: 'anonymous' }, alert(), T0)).rejects.toMatchObject({ status: 401 });
    await expect(raiseAlert(runtime, admin, alert({ target: 'train', trainSlug: 'nowhere' }), T0)).rejects.toThrow('no train "nowhere"');
    expect(await backend.db.selectFrom('alerts').select('id').execute()).toEqual([]);
  });

  it('pushes each connected display its own list, and nothing to displays not connected', async () => {
    const { runtime, admin, lobby, southRoom } = await fleet();
    runtime.io.sockets.adapter.rooms.set(`display:${lobby.displayId}`, new Set(['socket-1']));
    runtime.io.sockets.adapter.rooms.set(`display:${southRoom.displayId}`, new Set(['socket-2']));
    await raiseAlert(runtime, admin, alert({ text: 'North only', target: 'train', trainSlug: 'north' }), T0);

    const pushed = runtime.io.emitted.filter((e) => e.event === 'alerts');
    expect(pushed.map((e) => [e.room, (e.args[0] as { text: string }[]).map((a) => a.text)])).toEqual([
      [`display:${lobby.displayId}`, ['North only']],
      [`display:${southRoom.displayId}`, []],
    ]);
    runtime.io.emitted.length = 0;
    await pushAlerts(runtime, minutes(31));
    expect(runtime.io.emitted.map((e) => e.args[0])).toEqual([[], []]);
  });
});
