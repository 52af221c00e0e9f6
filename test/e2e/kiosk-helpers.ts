import { expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { E2E_BASE_URL, sameOrigin } from './console-helpers';

export interface PairedDisplay {
  id: number;
  /** The device token the TV holds in its sb_display cookie. */
  token: string;
}

export interface PlaylistItemInput {
  kind: 'burndown' | 'pi-burnup' | 'objectives' | 'flow' | 'announcement' | 'impediments' | 'risks' | 'incidents' | 'kpis' | 'releases' | 'dora' | 'quality' | 'screen-off';
  params?: { team?: string; measure?: 'points' | 'hours' | 'features'; scope?: 'teams' | 'train'; id?: number };
  seconds: number;
}

let sequence = 0;
let pairedTvs = Math.floor(Math.random() * 50_000);
export const uniqueName = (prefix: string) => `${prefix} ${Date.now() % 100_000}-${++sequence}`;

/** Creates a playlist on the demo train through the console API (the context must be signed in as an admin). */
export async function createPlaylist(admin: APIRequestContext, name: string, items: PlaylistItemInput[], baseURL = E2E_BASE_URL): Promise<number> {
  const response = await admin.post(`${baseURL}/api/admin/playlists`, { data: { trainSlug: 'demo', name, items }, headers: sameOrigin(baseURL) });
  expect(response.status(), await response.text()).toBe(201);
  const body = (await response.json()) as { playlist: { id: number } };
  return body.playlist.id;
}

export async function updatePlaylist(admin: APIRequestContext, id: number, name: string, items: PlaylistItemInput[], baseURL = E2E_BASE_URL) {
  const response = await admin.put(`${baseURL}/api/admin/playlists/${id}`, { data: { name, items }, headers: sameOrigin(baseURL) });
  expect(response.status(), await response.text()).toBe(200);
}

/** Pairs a display without a browser: a pairing request as the TV, the claim as the console, then activation. */
export async function pairDisplayByApi(
  admin: APIRequestContext,
  options: { name: string; playlistId?: number; teamFilter?: string },
  baseURL = E2E_BASE_URL,
): Promise<PairedDisplay> {
  // Each TV is its own machine: its own address, so the suite's many pairings stay under the per-address limit.
  const tvAddress = `10.23.${Math.floor(++pairedTvs / 250)}.${pairedTvs % 250}`;
  const pairing = await admin.post(`${baseURL}/api/v1/pairing`, { headers: { ...sameOrigin(baseURL), 'x-forwarded-for': tvAddress } });
  expect(pairing.status(), await pairing.text()).toBe(201);
  const { id, code, secret } = (await pairing.json()) as { id: number; code: string; secret: string };
  const claim = await admin.post(`${baseURL}/api/admin/displays`, {
    data: { code, name: options.name, trainSlug: 'demo', playlistId: options.playlistId, teamFilter: options.teamFilter },
    headers: sameOrigin(baseURL),
  });
  expect(claim.status(), await claim.text()).toBe(201);
  const { display } = (await claim.json()) as { display: { id: number } };
  const activation = await admin.post(`${baseURL}/api/v1/pairing/activate`, { data: { id, secret }, headers: sameOrigin(baseURL) });
  expect(activation.status(), await activation.text()).toBe(200);
  return { id: display.id, token: secret };
}

/** A TV: its own browser context holding the display's device token. */
export async function openTv(
  browser: Browser,
  display: PairedDisplay | null,
  options: { viewport?: { width: number; height: number }; baseURL?: string } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const baseURL = options.baseURL ?? E2E_BASE_URL;
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 720 }, baseURL });
  if (display) await context.addCookies([{ name: 'sb_display', value: display.token, url: baseURL, httpOnly: true, sameSite: 'Lax' }]);
  const page = await context.newPage();
  return { context, page };
}

/** Ends every alert still on, so that one spec's alert never takes over another spec's TV. */
export async function endAllAlerts(admin: APIRequestContext, baseURL = E2E_BASE_URL): Promise<void> {
  const response = await admin.get(`${baseURL}/api/admin/alerts`);
  expect(response.status()).toBe(200);
  const { alerts } = (await response.json()) as { alerts: { id: number; state: string }[] };
  for (const alert of alerts.filter((a) => a.state === 'on')) {
    const ended = await admin.post(`${baseURL}/api/admin/alerts/${alert.id}/end`, { headers: sameOrigin(baseURL) });
    expect(ended.status()).toBe(200);
  }
}

/** The wall's rotation step and the team on screen, read from the DOM. */
export async function wallState(page: Page): Promise<{ step: number; team: string | null; program: string | null }> {
  return page.evaluate(() => {
    const wall = document.querySelector('[data-step]');
    return {
      step: Number(wall?.getAttribute('data-step') ?? -1),
      team: document.querySelector('[data-team]')?.getAttribute('data-team') ?? null,
      program: wall?.getAttribute('data-program') ?? null,
    };
  });
}
