import { expect, it } from 'vitest';
import { AdminError } from '../../lib/admin/errors';
import { AuthError, resolvePrincipal } from '../../lib/auth/principal';
import { hashToken } from '../../lib/auth/tokens';
import { activatePairing, createPairingRequest, verifyPairingWatch } from '../../lib/displays/pairing';
import { claimPairingCode, revokeDisplay } from '../../lib/displays/service';
import { normalizePairingCode } from '../../lib/displays/tokens';
import { pairingRoom } from '../../lib/realtime/events';
import { describeEachBackend } from '../support/databases';
import { insertTrain } from '../support/fixtures';
import { insertUserPrincipal } from '../support/principals';
import { testRuntime } from '../support/runtime';

const T0 = new Date('2026-11-24T09:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);
const CODE = /^[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{6}$/;
const spec = (slug: string, teams: string[]) => ({
  slug,
  timeZone: 'Europe/Amsterdam',
  teams,
  pi: { name: 'PI 26.4', startDate: '2026-10-05', endDate: '2026-12-11' },
  iterations: [],
});

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describeEachBackend('pairing', (backend) => {
  async function setup() {
    const runtime = testRuntime(backend);
    const train = await insertTrain(backend.db, spec('north', ['atlas', 'borealis']));
    await insertTrain(backend.db, spec('south', ['cygnus']));
    const admin = await insertUserPrincipal(backend.db, 'admin');
    return { runtime, train, admin };
  }

  it('gives a TV a 6-character code valid for 10 minutes, and stores its secret only hashed', async () => {
    const { runtime } = await setup();
    const first = await createPairingRequest(runtime.db, T0);
    const second = await createPairingRequest(runtime.db, T0);
    expect(first.code).toMatch(CODE);
    expect(second.code).toMatch(CODE);
    expect(second.code).not.toBe(first.code);
    expect(first.expiresAt).toBe('2026-11-24T09:10:00.000Z');
    expect(first.secret.length).toBeGreaterThanOrEqual(43);

    const row = await backend.db.selectFrom('pairing_requests').selectAll().where('id', '=', first.id).executeTakeFirstOrThrow();
    expect(row.secret_hash).toBe(hashToken(first.secret));
    expect(JSON.stringify(row)).not.toContain(first.secret);
  });

  it('pairs a display: the TV secret becomes its device token, the TV is told, the change is audited', async () => {
    const { runtime, admin } = await setup();
    const ticket = await createPairingRequest(runtime.db, T0);
    // Typed as people do: lower case, with a dash in the middle.
    const typed = `${ticket.code.slice(0, 3).toLowerCase()}-${ticket.code.slice(3)}`;
    expect(normalizePairingCode(typed)).toBe(ticket.code);

    const display = await claimPairingCode(runtime, admin, { code: typed, name: 'Team room 3', trainSlug: 'north', teamFilter: 'atlas' }, minutes(2));
    expect(display).toMatchObject({ name: 'Team room 3', trainSlug: 'north', teamFilter: 'atlas', playlistId: null, scheduleCount: 0 });

    const tokens = await backend.db.selectFrom('display_tokens').selectAll().execute();
    expect(tokens).toHaveLength(1);
    expect(tokens[0]).toMatchObject({ display_id: display.id, token_hash: hashToken(ticket.secret), kind: 'device', revoked_at: null });
    expect(await resolvePrincipal(backend.db, { display: ticket.secret })).toMatchObject({ kind: 'display', displayId: display.id });

    expect(runtime.io.emitted).toEqual([{ room: pairingRoom(ticket.id), event: 'pairing-claimed', args: [] }]);
    const audit = await backend.db.selectFrom('audit_log').selectAll().execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: 'admin@example.test', actor_user_id: admin.userId, action: 'display.paired', subject: `display ${display.id}` });
    expect(audit[0]!.details).toMatchObject({ name: 'Team room 3', train: 'north', teamFilter: 'atlas' });
  });

  it('refuses wrong, expired and used codes with invalid_code, and changes nothing', async () => {
    const { runtime, admin } = await setup();
    const ticket = await createPairingRequest(runtime.db, T0);
    const claim = (code: string, at: Date) => claimPairingCode(runtime, admin, { code, name: 'Lobby', trainSlug: 'north' }, at);
    const wrong = ticket.code === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA';

    for (const [code, at] of [
      [wrong, minutes(1)],
      ['ABC', minutes(1)],
      ['ABCDE0', minutes(1)],
      [ticket.code, minutes(10)],
    ] as const) {
      const error = await rejection(claim(code, at));
      expect(error).toBeInstanceOf(AdminError);
      expect(error).toMatchObject({ status: 400, code: 'invalid_code' });
    }
    expect(await backend.db.selectFrom('displays').select('id').execute()).toEqual([]);

    await claim(ticket.code, minutes(9));
    expect(await rejection(claim(ticket.code, minutes(9)))).toMatchObject({ status: 400, code: 'invalid_code' });
    expect(await backend.db.selectFrom('displays').select('id').execute()).toHaveLength(1);
  });

  it('only lets an admin claim a code', async () => {
    const { runtime } = await setup();
    const ticket = await createPairingRequest(runtime.db, T0);
    const input = { code: ticket.code, name: 'Lobby', trainSlug: 'north' };
    const editor = await insertUserPrincipal(backend.db, 'editor');
    const viewer = await insertUserPrincipal(backend.db, 'viewer');
    for (const principal of [editor, viewer]) expect(await rejection(claimPairingCode(runtime, principal, input, minutes(1)))).toMatchObject({ status: 403 });
    const anonymous = await rejection(claimPairingCode(runtime, { kind: 'anonymous' }, input, minutes(1)));
    expect(anonymous).toBeInstanceOf(AuthError);
    expect(anonymous).toMatchObject({ status: 401 });
    expect(await verifyPairingWatch(backend.db, { id: ticket.id, secret: ticket.secret }, minutes(1))).toBe('waiting');
  });

  it('refuses a playlist or team of another train, leaving the code open', async () => {
    const { runtime, admin } = await setup();
    const south = await backend.db.selectFrom('trains').select('id').where('slug', '=', 'south').executeTakeFirstOrThrow();
    const southList = await backend.db.insertInto('playlists').values({ train_id: south.id, name: 'South wall' }).returning('id').executeTakeFirstOrThrow();
    const ticket = await createPairingRequest(runtime.db, T0);
    const base = { code: ticket.code, name: 'Lobby', trainSlug: 'north' };

    expect(await rejection(claimPairingCode(runtime, admin, { ...base, playlistId: southList.id }, minutes(1)))).toMatchObject({ code: 'unknown_playlist' });
    expect(await rejection(claimPairingCode(runtime, admin, { ...base, teamFilter: 'cygnus' }, minutes(1)))).toMatchObject({ code: 'unknown_team' });
    expect(await rejection(claimPairingCode(runtime, admin, { ...base, trainSlug: 'nowhere' }, minutes(1)))).toMatchObject({ code: 'unknown_train' });
    expect(await backend.db.selectFrom('displays').select('id').execute()).toEqual([]);
    expect(await backend.db.selectFrom('audit_log').select('id').execute()).toEqual([]);
    expect(await claimPairingCode(runtime, admin, base, minutes(1))).toMatchObject({ name: 'Lobby' });
  });

  it('lets only the TV that asked watch its code, while it is open or claimed but not yet picked up', async () => {
    const { runtime, admin } = await setup();
    const ticket = await createPairingRequest(runtime.db, T0);
    const proof = { id: ticket.id, secret: ticket.secret };

    expect(await verifyPairingWatch(backend.db, proof, minutes(9))).toBe('waiting');
    expect(await verifyPairingWatch(backend.db, { ...proof, secret: 'not-the-secret' }, minutes(1))).toBe(false);
    expect(await verifyPairingWatch(backend.db, { ...proof, id: ticket.id + 1000 }, minutes(1))).toBe(false);
    for (const junk of [null, 'x', { id: '1', secret: ticket.secret }, { id: ticket.id }, { id: 1.5, secret: 's' }]) {
      expect(await verifyPairingWatch(backend.db, junk, minutes(1))).toBe(false);
    }
    expect(await verifyPairingWatch(backend.db, proof, minutes(10))).toBe(false);

    const late = await createPairingRequest(runtime.db, minutes(20));
    await claimPairingCode(runtime, admin, { code: late.code, name: 'Lobby', trainSlug: 'north' }, minutes(29));
    // Claimed just before expiry: the TV may still watch (and activate) after the 10 minutes, until it picked it up.
    expect(await verifyPairingWatch(backend.db, { id: late.id, secret: late.secret }, minutes(40))).toBe('claimed');
    expect(await activatePairing(backend.db, { id: late.id, secret: late.secret }, minutes(40))).toMatchObject({ status: 'activated' });
    expect(await verifyPairingWatch(backend.db, { id: late.id, secret: late.secret }, minutes(41))).toBe(false);
  });

  it('activates only after the claim, with the right secret, again after a reload, and never after revoke', async () => {
    const { runtime, admin } = await setup();
    const ticket = await createPairingRequest(runtime.db, T0);
    const proof = { id: ticket.id, secret: ticket.secret };

    expect(await activatePairing(backend.db, proof, minutes(1))).toEqual({ status: 'not-claimed', expiresAt: new Date('2026-11-24T09:10:00Z') });
    expect(await activatePairing(backend.db, proof, minutes(11))).toEqual({ status: 'expired' });

    const display = await claimPairingCode(runtime, admin, { code: ticket.code, name: 'Lobby', trainSlug: 'north' }, minutes(2));
    expect(await activatePairing(backend.db, { ...proof, secret: 'guess' }, minutes(3))).toEqual({ status: 'unknown' });
    expect(await activatePairing(backend.db, proof, minutes(3))).toEqual({ status: 'activated', displayId: display.id });
    const row = await backend.db.selectFrom('pairing_requests').select(['claimed_at', 'delivered_at', 'display_id']).where('id', '=', ticket.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ claimed_at: minutes(2), delivered_at: minutes(3), display_id: display.id });
    // The TV reloaded before storing its cookie: the same secret works again, and delivered_at keeps the first time.
    expect(await activatePairing(backend.db, proof, minutes(4))).toEqual({ status: 'activated', displayId: display.id });
    expect((await backend.db.selectFrom('pairing_requests').select('delivered_at').executeTakeFirstOrThrow()).delivered_at).toEqual(minutes(3));

    await revokeDisplay(runtime, admin, display.id, minutes(5));
    expect(await activatePairing(backend.db, proof, minutes(6))).toEqual({ status: 'unknown' });
    expect(await resolvePrincipal(backend.db, { display: ticket.secret })).toEqual({ kind: 'anonymous' });
  });

  it('deletes unclaimed requests a day after they expired, keeping claimed ones', async () => {
    const { runtime, admin } = await setup();
    const stale = await createPairingRequest(runtime.db, T0);
    const claimed = await createPairingRequest(runtime.db, T0);
    await claimPairingCode(runtime, admin, { code: claimed.code, name: 'Lobby', trainSlug: 'north' }, minutes(1));
    await createPairingRequest(runtime.db, minutes(24 * 60 + 11));
    const ids = (await backend.db.selectFrom('pairing_requests').select('id').orderBy('id').execute()).map((r) => r.id);
    expect(ids).not.toContain(stale.id);
    expect(ids).toContain(claimed.id);
    expect(ids).toHaveLength(2);
  });
});
