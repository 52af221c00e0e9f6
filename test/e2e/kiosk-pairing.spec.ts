import { expect, test } from '@playwright/test';
import { sameOrigin, signInAsAdmin } from './console-helpers';
import { createPlaylist, endAllAlerts, openTv, pairDisplayByApi, uniqueName, updatePlaylist, wallState } from './kiosk-helpers';
import { watchPageProblems } from './helpers';

test.beforeEach(async ({ request }) => {
  await signInAsAdmin(request);
  await endAllAlerts(request);
});

test('a TV pairs end to end: it shows a code, the console claims it, and the TV starts its playlist within 2 s', async ({ browser, baseURL }, testInfo) => {
  const tv = await openTv(browser, null);
  const tvProblems = watchPageProblems(tv.page, baseURL!);
  await tv.page.goto('/display');
  const code = tv.page.getByTestId('pairing-code');
  await expect(code).toHaveText(/^[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{6}$/);
  await expect(tv.page.getByTestId('pairing-url')).toHaveText(`${new URL(baseURL!).origin}/admin/displays`);
  await tv.page.screenshot({ path: testInfo.outputPath('pairing-1280x720.png') });
  await tv.page.evaluate(() => ((window as unknown as { beforePairing: boolean }).beforePairing = true));

  const consoleContext = await browser.newContext();
  const consolePage = await consoleContext.newPage();
  await signInAsAdmin(consolePage);
  const playlistName = uniqueName('Pairing test');
  const playlistId = await createPlaylist(consolePage.request, playlistName, [
    { kind: 'burndown', params: { team: 'ember' }, seconds: 5 },
    { kind: 'burndown', params: { team: 'fjord' }, seconds: 5 },
  ]);
  const name = uniqueName('Team room');
  const claim = await consolePage.request.post('/api/admin/displays', {
    data: { code: await code.textContent(), name, trainSlug: 'demo', playlistId },
    headers: sameOrigin(),
  });
  expect(claim.status(), await claim.text()).toBe(201);
  const claimedAt = Date.now();

  await expect(tv.page.locator('[data-team="ember"]')).toBeVisible({ timeout: 2_000 });
  expect(Date.now() - claimedAt).toBeLessThan(2_000);
  expect(new URL(tv.page.url()).pathname).toBe('/display');
  await expect(tv.page.getByRole('banner')).toContainText(name);
  // It reloaded into its wall: the pairing page's window is gone.
  expect(await tv.page.evaluate(() => (window as unknown as { beforePairing?: boolean }).beforePairing)).toBeUndefined();
  // The device token survives a reload.
  await tv.page.reload();
  await expect(tv.page.locator('[data-team]')).toBeVisible();
  expect(tvProblems.filter((p) => !p.includes('/api/v1/pairing/activate'))).toEqual([]);
  await consoleContext.close();
  await tv.context.close();
});

test('a playlist edit reaches the TV live, without a reload, at the next rotation boundary', async ({ browser, request }) => {
  const name = uniqueName('Live edit');
  const playlistId = await createPlaylist(request, name, [
    { kind: 'burndown', params: { team: 'atlas' }, seconds: 5 },
    { kind: 'burndown', params: { team: 'borealis' }, seconds: 5 },
  ]);
  const display = await pairDisplayByApi(request, { name: uniqueName('Live edit TV'), playlistId });
  const tv = await openTv(browser, display);
  await tv.page.goto('/display');
  await expect(tv.page.locator('[data-team="atlas"]')).toBeVisible();
  await tv.page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  const before = await wallState(tv.page);

  await updatePlaylist(request, playlistId, name, [
    { kind: 'burndown', params: { team: 'comet' }, seconds: 5 },
    { kind: 'burndown', params: { team: 'dynamo' }, seconds: 5 },
  ]);
  // Not at once: the panel on screen finishes its time first.
  await expect.poll(async () => (await wallState(tv.page)).team, { timeout: 8_000 }).toMatch(/^(comet|dynamo)$/);
  const after = await wallState(tv.page);
  expect(after.step).toBeGreaterThan(before.step);
  expect(await tv.page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  // From then on it rotates through the new list only (a panel still waiting for its first data names no team).
  const teams = new Set<string>();
  for (let i = 0; i < 3; i++) {
    await tv.page.waitForTimeout(2_500);
    const { team } = await wallState(tv.page);
    if (team !== null) teams.add(team);
  }
  expect(teams.size).toBeGreaterThan(0);
  expect([...teams].every((t) => t === 'comet' || t === 'dynamo')).toBe(true);
  await tv.context.close();
});

test('revoking a display sends its TV back to the pairing screen within seconds', async ({ browser, request }) => {
  const display = await pairDisplayByApi(request, { name: uniqueName('Revoked TV') });
  const tv = await openTv(browser, display);
  await tv.page.goto('/display');
  await expect(tv.page.locator('[data-team]')).toBeVisible();

  const revoke = await request.delete(`/api/admin/displays/${display.id}`, { headers: sameOrigin() });
  expect(revoke.status(), await revoke.text()).toBe(200);
  await expect(tv.page.getByTestId('pairing-screen')).toBeVisible({ timeout: 5_000 });
  await expect(tv.page.getByTestId('pairing-code')).toHaveText(/^[A-Z2-9]{6}$/);
  // The old token no longer opens the wall, even on a fresh load.
  await tv.page.reload();
  await expect(tv.page.getByTestId('pairing-screen')).toBeVisible();
  await tv.context.close();
});

test('remote control: next skips ahead, identify shows the name for 10 s, reload reloads', async ({ browser, request }) => {
  const playlistId = await createPlaylist(request, uniqueName('Remote'), [
    { kind: 'burndown', params: { team: 'atlas' }, seconds: 60 },
    { kind: 'burndown', params: { team: 'borealis' }, seconds: 60 },
  ]);
  const name = uniqueName('Remote TV');
  const display = await pairDisplayByApi(request, { name, playlistId });
  const tv = await openTv(browser, display);
  await tv.page.goto('/display');
  await expect(tv.page.locator('[data-team="atlas"]')).toBeVisible();
  // Commands are not queued for a TV that is not connected yet.
  await expect(tv.page.locator('[data-socket="connected"]')).toHaveCount(1);
  const command = async (which: string) => {
    const response = await request.post(`/api/admin/displays/${display.id}/command`, { data: { command: which }, headers: sameOrigin() });
    expect(response.status(), await response.text()).toBe(200);
  };

  await command('next');
  await expect(tv.page.locator('[data-team="borealis"]')).toBeVisible({ timeout: 2_000 });

  await command('identify');
  const shownAt = Date.now();
  await expect(tv.page.getByTestId('identify')).toContainText(name, { timeout: 2_000 });
  const nameSize = await tv.page.getByTestId('identify').locator('p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(nameSize).toBeGreaterThanOrEqual(720 * 0.12);
  await expect(tv.page.getByTestId('identify')).toBeHidden({ timeout: 12_000 });
  expect(Date.now() - shownAt).toBeGreaterThan(8_000);

  await tv.page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  const reloaded = tv.page.waitForEvent('load', { timeout: 5_000 });
  await command('reload');
  await reloaded;
  await expect(tv.page.locator('[data-team]')).toBeVisible();
  expect(await tv.page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBeUndefined();
  await expect(tv.page.locator('[data-socket="connected"]')).toHaveCount(1);
  await tv.context.close();
});

test('a schedule flip to screen-off turns the TV black at the next boundary, and back', async ({ browser, request }, testInfo) => {
  const playlistId = await createPlaylist(request, uniqueName('Night'), [
    { kind: 'burndown', params: { team: 'atlas' }, seconds: 3 },
    { kind: 'burndown', params: { team: 'borealis' }, seconds: 3 },
  ]);
  const display = await pairDisplayByApi(request, { name: uniqueName('Night TV'), playlistId });
  const tv = await openTv(browser, display);
  await tv.page.goto('/display');
  await expect(tv.page.locator('[data-team]')).toBeVisible();
  await tv.page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

  const schedule = async (rules: object[]) => {
    const response = await request.put(`/api/admin/displays/${display.id}/schedules`, { data: { rules }, headers: sameOrigin() });
    expect(response.status(), await response.text()).toBe(200);
  };
  await schedule([{ screenOff: true, weekdays: [0, 1, 2, 3, 4, 5, 6], startMinute: 0, endMinute: 1440 }]);
  await expect(tv.page.getByTestId('screen-off')).toBeVisible({ timeout: 5_000 });
  await expect(tv.page.locator('canvas')).toHaveCount(0);
  const black = await tv.page.getByTestId('screen-off').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(black).toBe('rgb(0, 0, 0)');
  await tv.page.screenshot({ path: testInfo.outputPath('screen-off-1280x720.png') });

  await schedule([]);
  await expect(tv.page.locator('[data-team]')).toBeVisible({ timeout: 8_000 });
  expect(await tv.page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  await tv.context.close();
});

test('the pairing screen renews its code before it expires', async ({ browser }) => {
  const tv = await openTv(browser, null);
  await tv.page.clock.install();
  await tv.page.goto('/display');
  const code = tv.page.getByTestId('pairing-code');
  await expect(code).toHaveText(/^[A-Z2-9]{6}$/);
  const first = await code.textContent();
  // Codes live 10 minutes; the screen asks for a new one a minute before.
  await tv.page.clock.fastForward('08:30');
  await expect(code).toHaveText(first!);
  await tv.page.clock.fastForward('01:00');
  await expect(code).not.toHaveText(first!, { timeout: 5_000 });
  await expect(code).toHaveText(/^[A-Z2-9]{6}$/);
  await tv.context.close();
});

test('the TV sends its heartbeat: the fleet page shows it online with its panel and heap', async ({ browser, request }) => {
  const playlistId = await createPlaylist(request, uniqueName('Heartbeat'), [{ kind: 'burndown', params: { team: 'fjord' }, seconds: 60 }]);
  const name = uniqueName('Heartbeat TV');
  const display = await pairDisplayByApi(request, { name, playlistId });
  const tv = await openTv(browser, display);
  await tv.page.goto('/display');
  await expect(tv.page.locator('[data-socket="connected"]')).toHaveCount(1);

  const consoleContext = await browser.newContext();
  const consolePage = await consoleContext.newPage();
  await signInAsAdmin(consolePage);
  await consolePage.goto('/admin/fleet');
  const row = consolePage.locator(`tr[data-display-id="${display.id}"]`);
  await expect(row).toContainText(name);
  await expect(row.getByTestId('display-state')).toHaveText('● Online');
  await expect(row).toContainText('burndown:fjord:points');
  // Chromium reports its heap (performance.memory): some megabytes.
  await expect(row.locator('td[data-label="Heap"]')).toHaveText(/^\d+ MB$/);
  await consoleContext.close();
  await tv.context.close();
});
