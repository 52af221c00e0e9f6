import { expect, it } from 'vitest';
import { saveLastSeen } from '../../db/queries/fleet';
import { sendDisplayCommand } from '../../lib/fleet/commands';
import { fleetSnapshot, recordHeartbeat } from '../../lib/fleet/registry';
import { describeEachBackend } from '../support/databases';
import { insertTrain } from '../support/fixtures';
import { insertDisplayPrincipal, insertUserPrincipal } from '../support/principals';
import { testRuntime } from '../support/runtime';

const T0 = new Date('2026-11-24T09:00:00Z');
const seconds = (n: number) => new Date(T0.getTime() + n * 1000);
const beat = { panel: 'burndown:atlas:points', build: 'b1', uptimeSeconds: 60, heapUsedBytes: 12_000_000, socket: 'connected', configVersion: 'v1' };

describeEachBackend('fleet health and remote control', (backend) => {
  async function setup() {
    const runtime = testRuntime(backend);
    const train = await insertTrain(backend.db, {
      slug: 'fleet',
      timeZone: 'UTC',
      teams: ['fleet-team'],
      pi: { name: 'PI 1', startDate: '2026-10-05', endDate: '2026-12-11' },
      iterations: [],
    });
    return { runtime, train };
  }

  it('shows a display online after a heartbeat and offline after 2 minutes of silence', async () => {
    const { runtime, train } = await setup();
    const hall = await insertDisplayPrincipal(backend.db, train.trainId, 'Hall');
    const quiet = await insertDisplayPrincipal(backend.db, train.trainId, 'Quiet room');
    recordHeartbeat(runtime, hall.displayId, { ...beat, junk: 'ignored', panel: 42 }, T0);

    const at = async (when: Date) =>
      (await fleetSnapshot(runtime, when)).filter((e) => [hall.displayId, quiet.displayId].includes(e.displayId));
    const now = await at(seconds(119));
    expect(now.map((e) => [e.name, e.online])).toEqual([
      ['Hall', true],
      ['Quiet room', false],
    ]);
    expect(now[0]!.heartbeat).toEqual({ ...beat, panel: '' });
    expect(now[0]!.lastSeenAt).toBe(T0.toISOString());
    expect((await at(seconds(120)))[0]!.online).toBe(false);
  });

  it('saves last-seen times in one batch and never moves them backwards', async () => {
    const { train } = await setup();
    const a = await insertDisplayPrincipal(backend.db, train.trainId, 'A');
    const b = await insertDisplayPrincipal(backend.db, train.trainId, 'B');
    await saveLastSeen(backend.db, new Map([[a.displayId, seconds(10)], [b.displayId, seconds(20)]]));
    await saveLastSeen(backend.db, new Map([[a.displayId, seconds(5)]]));
    const rows = await backend.db.selectFrom('displays').select(['name', 'last_seen_at']).orderBy('name').execute();
    expect(rows.map((r) => [r.name, r.last_seen_at?.toISOString()])).toEqual([
      ['A', seconds(10).toISOString()],
      ['B', seconds(20).toISOString()],
    ]);
  });

  it('sends a command to the display room, audited, for admins only', async () => {
    const { runtime, train } = await setup();
    const tv = await insertDisplayPrincipal(backend.db, train.trainId, 'Team room 3');
    const admin = await insertUserPrincipal(backend.db, 'admin');
    const editor = await insertUserPrincipal(backend.db, 'editor');

    expect(await sendDisplayCommand(runtime, admin, tv.displayId, 'identify')).toBe(true);
    expect(runtime.io.emitted).toEqual([{ room: `display:${tv.displayId}`, event: 'display-command', args: ['identify'] }]);
    await expect(sendDisplayCommand(runtime, editor, tv.displayId, 'reload')).rejects.toMatchObject({ status: 403 });
    expect(await sendDisplayCommand(runtime, admin, 9999, 'next')).toBe(false);
    const audit = await backend.db.selectFrom('audit_log').select(['actor', 'action', 'subject']).execute();
    expect(audit).toEqual([{ actor: 'admin@example.test', action: 'display.identify', subject: `display ${tv.displayId} (Team room 3)` }]);
  });
});
