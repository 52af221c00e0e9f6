import { beforeEach, expect, it } from 'vitest';
import type { Role } from '../../db/schema';
import { createSession } from '../../lib/auth/sessions';
import { handleAddCalendarEvent, handleListCalendar, handleRemoveCalendarEvent } from '../../lib/calendar/http';
import {
  handleActivatePairing,
  handleClaimDisplay,
  handleCreateKioskUrl,
  handleCreatePairing,
  handleGetDisplay,
  handleKioskActivation,
  handleListDisplays,
  handleRevokeDisplay,
  handleSaveSchedules,
  handleUpdateDisplay,
  resetPairingRateLimits,
} from '../../lib/displays/http';
import { handleCreatePlaylist, handleDeletePlaylist, handleGetPlaylist, handleListPlaylists, handleUpdatePlaylist } from '../../lib/playlists/http';
import { describeEachBackend } from '../support/databases';
import { insertTrain } from '../support/fixtures';
import { insertUserPrincipal } from '../support/principals';
import { testRuntime } from '../support/runtime';

const SITE = 'http://signalbox.test';

interface Call {
  method?: string;
  body?: unknown;
  cookie?: string;
  origin?: string | null;
  ip?: string;
}

function request(path: string, call: Call = {}): Request {
  const method = call.method ?? 'GET';
  const headers: Record<string, string> = { host: 'signalbox.test', 'x-forwarded-for': call.ip ?? '203.0.113.7' };
  const origin = call.origin === undefined ? (method === 'GET' ? null : SITE) : call.origin;
  if (origin !== null) headers.origin = origin;
  if (call.cookie) headers.cookie = call.cookie;
  if (call.body !== undefined) headers['content-type'] = 'application/json';
  return new Request(`${SITE}${path}`, { method, headers, body: call.body === undefined ? undefined : JSON.stringify(call.body) });
}

describeEachBackend('displays, playlists and calendar over HTTP', (backend) => {
  beforeEach(() => resetPairingRateLimits());

  async function setup() {
    const runtime = testRuntime(backend);
    await insertTrain(backend.db, {
      slug: 'north',
      timeZone: 'Europe/Amsterdam',
      teams: ['atlas'],
      pi: { name: 'PI 26.4', startDate: '2026-10-05', endDate: '2026-12-11' },
      iterations: [],
    });
    const cookieFor = async (role: Role) => {
      const user = await insertUserPrincipal(backend.db, role);
      return `sb_session=${(await createSession(backend.db, user.userId)).token}`;
    };
    return { runtime, admin: await cookieFor('admin'), editor: await cookieFor('editor'), viewer: await cookieFor('viewer') };
  }

  async function newTicket(runtime: ReturnType<typeof testRuntime>, ip = '198.51.100.1') {
    const response = await handleCreatePairing(request('/api/v1/pairing', { method: 'POST', origin: null, ip }), runtime);
    expect(response.status).toBe(201);
    return (await response.json()) as { id: number; code: string; secret: string; expiresAt: string };
  }

  it('pairs a TV end to end: code, claim by the admin, activation sets the device cookie', async () => {
    const { runtime, admin } = await setup();
    const ticket = await newTicket(runtime);
    expect(ticket.code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    expect(Date.parse(ticket.expiresAt) - Date.now()).toBeGreaterThan(9 * 60_000);

    const activate = () => handleActivatePairing(request('/api/v1/pairing/activate', { method: 'POST', body: { id: ticket.id, secret: ticket.secret } }), runtime);
    const early = await activate();
    expect(early.status).toBe(409);
    expect(await early.json()).toMatchObject({ error: 'not_claimed' });
    expect(early.headers.get('set-cookie')).toBeNull();

    const claim = await handleClaimDisplay(request('/api/admin/displays', { method: 'POST', cookie: admin, body: { code: ticket.code, name: 'Team room 3', trainSlug: 'north' } }), runtime);
    expect(claim.status).toBe(201);
    const { display } = (await claim.json()) as { display: { id: number; name: string } };
    expect(display.name).toBe('Team room 3');

    const ok = await activate();
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ displayId: display.id });
    const cookie = ok.headers.get('set-cookie')!;
    expect(cookie).toContain(`sb_display=${ticket.secret}`);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain(`Max-Age=${400 * 24 * 3600}`);
    expect(cookie).not.toContain('Secure');

    // The display's own cookie opens no admin API.
    const asDisplay = await handleListDisplays(request('/api/admin/displays', { cookie: `sb_display=${ticket.secret}` }), runtime);
    expect(asDisplay.status).toBe(401);
    const wrong = await handleActivatePairing(request('/api/v1/pairing/activate', { method: 'POST', body: { id: ticket.id, secret: 'nope' } }), runtime);
    expect(wrong.status).toBe(404);
  });

  it('answers wrong codes with invalid_code and rate-limits guessing with 429 and Retry-After', async () => {
    const { runtime, admin } = await setup();
    const claim = (code: string, ip = '203.0.113.7') =>
      handleClaimDisplay(request('/api/admin/displays', { method: 'POST', cookie: admin, ip, body: { code, name: 'Lobby', trainSlug: 'north' } }), runtime);
    for (let i = 0; i < 10; i += 1) {
      const response = await claim('ZZZZZZ');
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: 'invalid_code' });
    }
    const limited = await claim('ZZZZZZ');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another address does not help the same user.
    expect((await claim('ZZZZZZ', '192.0.2.99')).status).toBe(429);
  });

  it('rate-limits pairing codes per address', async () => {
    const { runtime } = await setup();
    for (let i = 0; i < 30; i += 1) await newTicket(runtime, '198.51.100.2');
    const limited = await handleCreatePairing(request('/api/v1/pairing', { method: 'POST', ip: '198.51.100.2' }), runtime);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).not.toBeNull();
    await newTicket(runtime, '198.51.100.3');
  });

  it('refuses no session (401), the wrong role (403), cross-origin and Origin: null writes (403)', async () => {
    const { runtime, admin, editor, viewer } = await setup();
    const ticket = await newTicket(runtime);
    const body = { code: ticket.code, name: 'Lobby', trainSlug: 'north' };
    const post = (call: Call) => handleClaimDisplay(request('/api/admin/displays', { method: 'POST', body, ...call }), runtime);

    expect((await post({})).status).toBe(401);
    expect((await post({ cookie: 'sb_session=forged' })).status).toBe(401);
    expect((await post({ cookie: editor })).status).toBe(403);
    expect((await post({ cookie: viewer })).status).toBe(403);
    expect((await post({ cookie: admin, origin: 'https://evil.example' })).status).toBe(403);
    expect((await post({ cookie: admin, origin: 'null' })).status).toBe(403);
    expect((await post({ cookie: admin, origin: null })).status).toBe(403);
    expect((await handleListDisplays(request('/api/admin/displays'), runtime)).status).toBe(401);
    expect((await handleListPlaylists(request('/api/admin/playlists'), runtime)).status).toBe(401);
    expect((await handleListCalendar(request('/api/admin/calendar'), runtime)).status).toBe(401);
    // A cross-site page cannot make a TV activate (and so set its cookie) either.
    const crossSite = await handleActivatePairing(request('/api/v1/pairing/activate', { method: 'POST', origin: 'https://evil.example', body: { id: ticket.id, secret: ticket.secret } }), runtime);
    expect(crossSite.status).toBe(403);

    const created = await post({ cookie: admin });
    expect(created.status).toBe(201);
    const { display } = (await created.json()) as { display: { id: number } };
    const path = `/api/admin/displays/${display.id}`;
    expect((await handleGetDisplay(request(path, { cookie: viewer }), runtime, String(display.id))).status).toBe(200);
    expect((await handleUpdateDisplay(request(path, { method: 'PATCH', cookie: editor, body: { name: 'X' } }), runtime, String(display.id))).status).toBe(403);
    expect((await handleRevokeDisplay(request(path, { method: 'DELETE', cookie: viewer }), runtime, String(display.id))).status).toBe(403);
    expect((await handleCreateKioskUrl(request(`${path}/kiosk-url`, { method: 'POST', cookie: editor }), runtime, String(display.id))).status).toBe(403);
    expect((await handleSaveSchedules(request(`${path}/schedules`, { method: 'PUT', cookie: editor, body: { rules: [] } }), runtime, String(display.id))).status).toBe(403);
    expect((await handleGetDisplay(request('/api/admin/displays/abc', { cookie: viewer }), runtime, 'abc')).status).toBe(404);
  });

  it('edits, schedules, issues a kiosk URL that activates, and revokes a display', async () => {
    const { runtime, admin } = await setup();
    const ticket = await newTicket(runtime);
    const created = await handleClaimDisplay(request('/api/admin/displays', { method: 'POST', cookie: admin, body: { code: ticket.code, name: 'Lobby', trainSlug: 'north' } }), runtime);
    const id = String(((await created.json()) as { display: { id: number } }).display.id);
    const path = `/api/admin/displays/${id}`;

    const patched = await handleUpdateDisplay(request(path, { method: 'PATCH', cookie: admin, body: { name: 'Lobby east', teamFilter: 'atlas' } }), runtime, id);
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ display: { name: 'Lobby east', teamFilter: 'atlas' } });
    const invalid = await handleUpdateDisplay(request(path, { method: 'PATCH', cookie: admin, body: { name: '' } }), runtime, id);
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ error: 'invalid_request', issues: [{ path: 'name' }] });

    const rules = [{ playlistId: null, screenOff: true, weekdays: [0, 6], startMinute: 0, endMinute: 1440, cadence: null }];
    const saved = await handleSaveSchedules(request(`${path}/schedules`, { method: 'PUT', cookie: admin, body: { rules } }), runtime, id);
    expect(saved.status).toBe(200);
    expect(await saved.json()).toEqual({ rules });

    const kiosk = await handleCreateKioskUrl(request(`${path}/kiosk-url`, { method: 'POST', cookie: admin }), runtime, id);
    expect(kiosk.status).toBe(201);
    const { url } = (await kiosk.json()) as { url: string };
    expect(url).toMatch(/^http:\/\/signalbox\.test\/display\/activate\?token=[\w-]{43}$/);
    const visit = await handleKioskActivation(new Request(url), runtime);
    expect(visit.status).toBe(303);
    expect(visit.headers.get('location')).toBe('/display');
    expect(visit.headers.get('set-cookie')).toContain(`sb_display=${new URL(url).searchParams.get('token')}`);

    const revoked = await handleRevokeDisplay(request(path, { method: 'DELETE', cookie: admin }), runtime, id);
    expect(revoked.status).toBe(200);
    const again = await handleKioskActivation(new Request(url), runtime);
    expect(again.headers.get('set-cookie')).toMatch(/^sb_display=;.*Max-Age=0/);
    expect((await handleRevokeDisplay(request(path, { method: 'DELETE', cookie: admin }), runtime, id)).status).toBe(404);
  });

  it('lets admins change playlists and editors the calendar, refusing viewers writes', async () => {
    const { runtime, admin, editor, viewer } = await setup();
    const items = [{ kind: 'burndown', params: { team: 'atlas' }, seconds: 15 }];
    expect((await handleCreatePlaylist(request('/api/admin/playlists', { method: 'POST', cookie: viewer, body: { trainSlug: 'north', name: 'Wall', items } }), runtime)).status).toBe(403);
    expect((await handleCreatePlaylist(request('/api/admin/playlists', { method: 'POST', cookie: editor, body: { trainSlug: 'north', name: 'Wall', items } }), runtime)).status).toBe(403);
    const created = await handleCreatePlaylist(request('/api/admin/playlists', { method: 'POST', cookie: admin, body: { trainSlug: 'north', name: 'Wall', items } }), runtime);
    expect(created.status).toBe(201);
    const { playlist } = (await created.json()) as { playlist: { id: number } };
    const id = String(playlist.id);

    const fetched = await handleGetPlaylist(request(`/api/admin/playlists/${id}`, { cookie: viewer }), runtime, id);
    expect(await fetched.json()).toMatchObject({ playlist: { name: 'Wall', items } });
    const bad = await handleUpdatePlaylist(request(`/api/admin/playlists/${id}`, { method: 'PUT', cookie: admin, body: { name: 'Wall', items: [{ kind: 'burndown', params: {}, seconds: 1 }] } }), runtime, id);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ issues: [{ path: 'items.0.seconds' }] });
    const put = await handleUpdatePlaylist(request(`/api/admin/playlists/${id}`, { method: 'PUT', cookie: admin, body: { name: 'Wall 2', items: [] } }), runtime, id);
    expect(put.status).toBe(200);
    const listed = await handleListPlaylists(request('/api/admin/playlists', { cookie: viewer }), runtime);
    expect(await listed.json()).toMatchObject({ playlists: [{ name: 'Wall 2', itemCount: 0 }] });
    expect((await handleDeletePlaylist(request(`/api/admin/playlists/${id}`, { method: 'DELETE', cookie: viewer }), runtime, id)).status).toBe(403);
    expect((await handleDeletePlaylist(request(`/api/admin/playlists/${id}`, { method: 'DELETE', cookie: admin }), runtime, id)).status).toBe(200);

    const event = { trainSlug: 'north', kind: 'pi_planning', title: 'PI planning', startDate: '2026-12-14', endDate: '2026-12-15' };
    expect((await handleAddCalendarEvent(request('/api/admin/calendar', { method: 'POST', cookie: viewer, body: event }), runtime)).status).toBe(403);
    const added = await handleAddCalendarEvent(request('/api/admin/calendar', { method: 'POST', cookie: editor, body: event }), runtime);
    expect(added.status).toBe(201);
    const eventId = ((await added.json()) as { event: { id: number } }).event.id;
    const removed = await handleRemoveCalendarEvent(request(`/api/admin/calendar?id=${eventId}`, { method: 'DELETE', cookie: editor }), runtime);
    expect(removed.status).toBe(200);
    expect(await (await handleListCalendar(request('/api/admin/calendar', { cookie: viewer }), runtime)).json()).toEqual({ events: [] });
  });
});
