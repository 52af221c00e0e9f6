import { Parser } from 'acorn';
import { expect, test, type Page } from '@playwright/test';
import { signInAsAdmin } from './console-helpers';
import { createPlaylist, endAllAlerts, openTv, pairDisplayByApi, uniqueName, type PairedDisplay } from './kiosk-helpers';

// Kiosk pages must run on the browsers TVs have: LG webOS 22 is Chromium 87. Every script they load must parse as
// ES2020. package.json's browserslist is what makes Next's compiler (SWC) lower newer syntax: "chrome >= 87" alone
// leaves class fields and ??= (which Chromium 87 runs but ES2020 does not have), so the list also names
// "firefox >= 78", the last ESR without them.

interface LoadedScript {
  url: string;
  body: string;
}

/** Loads a page and returns every script it fetched, with the source type it was loaded as. */
async function scriptsOf(page: Page, path: string, ready: () => Promise<void>) {
  const scripts: Promise<LoadedScript | undefined>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push(response.text().then((body) => ({ url: response.url(), body }), () => undefined));
  });
  await page.goto(path);
  await ready();
  await page.waitForLoadState('networkidle');
  const loaded = (await Promise.all(scripts)).filter((s): s is LoadedScript => s !== undefined);
  const modules = await page.evaluate(() => [...document.querySelectorAll('script[type="module"][src]')].map((s) => (s as HTMLScriptElement).src));
  const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? ''));
  return { loaded, modules: new Set(modules), inline };
}

/** Every piece of syntax newer than ES2020, named by file and position. */
function newerSyntax(scripts: { loaded: LoadedScript[]; modules: Set<string>; inline: string[] }): string[] {
  const failures: string[] = [];
  const parse = (name: string, body: string, sourceType: 'script' | 'module') => {
    try {
      Parser.parse(body, { ecmaVersion: 2020, sourceType, locations: true });
    } catch (error) {
      const { message, pos } = error as SyntaxError & { pos?: number };
      const near = pos === undefined ? '' : ` near ${JSON.stringify(body.slice(Math.max(0, pos - 40), pos + 40))}`;
      failures.push(`${name} (${sourceType}): ${message}${near}`);
    }
  };
  for (const script of scripts.loaded) parse(script.url, script.body, scripts.modules.has(script.url) ? 'module' : 'script');
  scripts.inline.forEach((body, i) => parse(`inline script ${i + 1}`, body, 'script'));
  return failures;
}

async function pairedDisplay(request: import('@playwright/test').APIRequestContext): Promise<PairedDisplay> {
  await signInAsAdmin(request);
  await endAllAlerts(request);
  const playlistId = await createPlaylist(request, uniqueName('ES2020'), [
    { kind: 'burndown', params: { team: 'atlas' }, seconds: 3 },
    { kind: 'burndown', params: { team: 'borealis', measure: 'hours' }, seconds: 3 },
    { kind: 'screen-off', seconds: 3 },
  ]);
  return pairDisplayByApi(request, { name: uniqueName('ES2020 TV'), playlistId });
}

test('every script of the public wall parses as ES2020', async ({ page }) => {
  const scripts = await scriptsOf(page, '/display/demo', () => expect.poll(() => page.evaluate(() => window.__signalboxDrawn !== undefined)).toBe(true));
  expect(scripts.loaded.length).toBeGreaterThan(3);
  expect(newerSyntax(scripts)).toEqual([]);
});

test('every script of the pairing screen and of a paired wall parses as ES2020', async ({ browser, request }) => {
  const pairing = await openTv(browser, null);
  const pairingScripts = await scriptsOf(pairing.page, '/display', () => expect(pairing.page.getByTestId('pairing-code')).toHaveText(/^[A-Z2-9]{6}$/));
  expect(newerSyntax(pairingScripts)).toEqual([]);
  await pairing.context.close();

  const tv = await openTv(browser, await pairedDisplay(request));
  const wallScripts = await scriptsOf(tv.page, '/display', () => expect(tv.page.locator('[data-team="atlas"]')).toBeVisible());
  expect(wallScripts.loaded.length).toBeGreaterThan(3);
  expect(newerSyntax(wallScripts)).toEqual([]);
  await tv.context.close();
});

/** JavaScript APIs that Chromium 87 does not have, removed before any page script runs. */
const NEWER_APIS: [string, string][] = [
  ['Array.prototype', 'at'],
  ['String.prototype', 'at'],
  ['Array.prototype', 'findLast'],
  ['Array.prototype', 'findLastIndex'],
  ['Array.prototype', 'toSorted'],
  ['Array.prototype', 'toReversed'],
  ['Array.prototype', 'toSpliced'],
  ['Array.prototype', 'with'],
  ['Array', 'fromAsync'],
  ['Object', 'hasOwn'],
  ['Object', 'groupBy'],
  ['Map', 'groupBy'],
  ['Promise', 'withResolvers'],
  ['String.prototype', 'isWellFormed'],
  ['String.prototype', 'toWellFormed'],
  ['AbortSignal', 'timeout'],
  ['AbortSignal', 'any'],
  ['AbortSignal.prototype', 'throwIfAborted'],
  ['URL', 'canParse'],
  ['Crypto.prototype', 'randomUUID'],
  ['window', 'structuredClone'],
  ['window', 'reportError'],
  ['Element.prototype', 'checkVisibility'],
  ['Set.prototype', 'union'],
  ['Set.prototype', 'intersection'],
];

/** Deletes those APIs in every page of the context, before the page's own scripts run. */
function removeNewerApis(context: import('@playwright/test').BrowserContext) {
  return context.addInitScript((apis: [string, string][]) => {
    for (const [owner, name] of apis) {
      let target: unknown = window;
      for (const part of owner.split('.')) if (part !== 'window') target = (target as Record<string, unknown> | undefined)?.[part];
      if (target) delete (target as Record<string, unknown>)[name];
    }
  }, NEWER_APIS);
}

test('the kiosk runs with every JavaScript API newer than Chromium 87 removed', async ({ browser, request }) => {
  const display = await pairedDisplay(request);
  const tv = await openTv(browser, display);
  await removeNewerApis(tv.context);
  const errors: string[] = [];
  tv.page.on('pageerror', (error) => errors.push(error.message));

  await tv.page.goto('/display');
  await expect(tv.page.locator('[data-team="atlas"]')).toBeVisible();
  expect(await tv.page.evaluate(() => [typeof (window as unknown as { structuredClone?: unknown }).structuredClone, typeof Object.getOwnPropertyDescriptor(Array.prototype, 'findLast')])).toEqual(['undefined', 'undefined']);
  // A whole turn of the playlist: both panels, the black screen, and back.
  await expect(tv.page.locator('[data-team="borealis"]')).toBeVisible({ timeout: 8_000 });
  await expect(tv.page.getByTestId('screen-off')).toBeVisible({ timeout: 8_000 });
  await expect(tv.page.locator('[data-team="atlas"]')).toBeVisible({ timeout: 8_000 });
  await expect.poll(() => tv.page.evaluate(() => window.__signalboxDrawn?.key)).toBe('burndown:atlas:points');

  const publicWall = await tv.context.newPage();
  publicWall.on('pageerror', (error) => errors.push(error.message));
  await publicWall.goto('/display/demo?team=comet');
  await expect.poll(() => publicWall.evaluate(() => window.__signalboxDrawn?.key)).toBe('burndown:comet:points');

  const pairing = await openTv(browser, null);
  await removeNewerApis(pairing.context);
  pairing.page.on('pageerror', (error) => errors.push(error.message));
  await pairing.page.goto('/display');
  await expect(pairing.page.getByTestId('pairing-code')).toHaveText(/^[A-Z2-9]{6}$/);

  expect(errors).toEqual([]);
  await pairing.context.close();
  await tv.context.close();
});
