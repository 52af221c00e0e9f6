import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { sameOrigin, signInAsAdmin } from './console-helpers';
import { watchPageProblems } from './helpers';
import { createPlaylist, uniqueName } from './kiosk-helpers';

// The console side of displays and playlists. The TV side (the kiosk pairing screen) is not used here: a TV's
// pairing request is made through its API, as the kiosk page does.

async function shoot(page: Page, testInfo: TestInfo, name: string) {
  for (const size of [
    { width: 1280, height: 720 },
    { width: 375, height: 812 },
  ]) {
    await page.setViewportSize(size);
    // Sticky headers would be drawn where the page happens to be scrolled.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: testInfo.outputPath(`${name}-${size.width}x${size.height}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

async function tvAsksForCode(page: Page) {
  const response = await page.request.post('/api/v1/pairing');
  expect(response.status()).toBe(201);
  return (await response.json()) as { id: number; code: string; secret: string };
}

test('the RTE pairs a TV by its code, edits its schedule, creates a kiosk URL and revokes it', async ({ browser, baseURL }, testInfo) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const problems = watchPageProblems(page, baseURL!);
  await signInAsAdmin(page);
  const ticket = await tvAsksForCode(page);
  const name = `Team room ${Date.now()}`;
  // Its own playlist, named to sort after the demo's: the train's default (first by name) stays the demo's.
  const playlistName = uniqueName('Zz team burndowns');
  await createPlaylist(page.request, playlistName, [{ kind: 'burndown', seconds: 5 }]);

  await page.goto('/admin/displays');
  // A wrong code first: a clear error, nothing paired.
  await page.getByLabel('Code on the TV').fill('ZZZZZZ');
  await page.getByLabel('Display name').fill(name);
  const claimed = page.waitForResponse((r) => r.url().endsWith('/api/admin/displays') && r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Pair display' }).click();
  expect((await claimed).status()).toBe(400);
  await expect(page.getByRole('form', { name: 'Pair a display' }).getByRole('alert')).toContainText('wrong, expired or already used');
  problems.length = 0;

  await page.getByLabel('Code on the TV').fill(ticket.code.toLowerCase());
  await page.getByLabel('Display name').fill(name);
  await page.getByLabel('Playlist').selectOption({ label: playlistName });
  await page.getByRole('button', { name: 'Pair display' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Paired “${name}”` })).toBeVisible();
  const row = page.locator('tr', { hasText: name });
  await expect(row).toContainText(playlistName);

  // The TV's next activation call now gets its device cookie.
  const activation = await page.request.post('/api/v1/pairing/activate', { data: { id: ticket.id, secret: ticket.secret } });
  expect(activation.status()).toBe(200);
  await shoot(page, testInfo, 'displays');

  // Schedule: weekday nights off, 22:00 to 06:00.
  await row.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await page.getByRole('button', { name: 'Add rule' }).click();
  const rule = page.locator('[data-rule-index="0"]');
  await rule.getByLabel('Friday').uncheck();
  await rule.getByLabel('From').fill('22:00');
  await rule.getByLabel('To').fill('06:00');
  await rule.getByLabel('Show').selectOption('off');
  await expect(rule).toContainText('Runs overnight');
  await page.getByRole('button', { name: 'Add rule' }).click();
  const planning = page.locator('[data-rule-index="1"]');
  await planning.getByLabel('From').fill('08:00');
  await planning.getByLabel('To').fill('18:00');
  await planning.getByLabel('When').selectOption('pi_planning');
  await page.getByRole('button', { name: 'Save schedule' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Schedule saved' })).toBeVisible();

  await page.reload();
  await expect(page.locator('[data-rule-index="0"]').getByLabel('From')).toHaveValue('22:00');
  await expect(page.locator('[data-rule-index="0"]').getByLabel('Friday')).not.toBeChecked();
  await expect(page.locator('[data-rule-index="0"]').getByLabel('Monday')).toBeChecked();
  await expect(page.locator('[data-rule-index="0"]').getByLabel('Show')).toHaveValue('off');
  await expect(page.locator('[data-rule-index="1"]').getByLabel('When')).toHaveValue('pi_planning');

  // Reorder: the planning rule first.
  await page.getByRole('button', { name: 'Move rule 2 up' }).click();
  await page.getByRole('button', { name: 'Save schedule' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Schedule saved' })).toBeVisible();
  await page.reload();
  await expect(page.locator('[data-rule-index="0"]').getByLabel('When')).toHaveValue('pi_planning');

  // Settings: rename.
  await page.getByLabel('Name', { exact: true }).fill(`${name} east`);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${name} east`);

  // Kiosk URL, shown once; it activates a browser.
  await page.getByRole('button', { name: 'Create kiosk URL' }).click();
  const url = await page.getByTestId('kiosk-url').inputValue();
  expect(url).toMatch(/\/display\/activate\?token=[\w-]{43}$/);
  await shoot(page, testInfo, 'display-detail');
  const visit = await context.request.get(url, { maxRedirects: 0 });
  expect(visit.status()).toBe(303);
  expect(visit.headers()['location']).toBe('/display');

  // Revoke asks first, then returns to the list without the display.
  await page.getByRole('button', { name: 'Revoke display…' }).click();
  await expect(page.getByRole('group', { name: 'Confirm revoke' })).toContainText('goes back to its pairing screen');
  await page.getByRole('button', { name: 'Yes, revoke' }).click();
  await expect(page).toHaveURL(/\/admin\/displays$/);
  await expect(page.locator('tr', { hasText: name })).toHaveCount(0);
  const after = await page.request.post('/api/v1/pairing/activate', { data: { id: ticket.id, secret: ticket.secret } });
  expect(after.status()).toBe(404);

  expect(problems).toEqual([]);
  await context.close();
});

test('an editor-level change: a playlist is created, edited, reordered and saved', async ({ browser, baseURL }, testInfo) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const problems = watchPageProblems(page, baseURL!);
  await signInAsAdmin(page);
  const name = `Stand-up ${Date.now()}`;

  await page.goto('/admin/playlists');
  await page.getByLabel('Name').fill(name);
  await page.getByRole('button', { name: 'Create playlist' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.locator('[data-item-index]')).toHaveCount(1);

  await page.getByRole('button', { name: 'Add item' }).click();
  const second = page.locator('[data-item-index="1"]');
  await second.getByLabel('Team').selectOption({ index: 1 });
  const team = await second.getByLabel('Team').inputValue();
  await second.getByLabel('Measure').selectOption('hours');
  await second.getByLabel('Seconds').fill('30');
  await page.getByRole('button', { name: 'Add item' }).click();
  await page.locator('[data-item-index="2"]').getByLabel('Panel').selectOption('screen-off');
  await page.locator('[data-item-index="2"]').getByLabel('Seconds').fill('60');
  // 5 s for each of the demo's 6 teams (30) + 30 + 60 = 120 s.
  await expect(page.getByText('One pass takes about 120 s.')).toBeVisible();
  await page.getByRole('button', { name: 'Move item 2 up' }).click();
  await page.getByRole('button', { name: 'Save playlist' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  const saved = await page.request.get('/api/admin/playlists');
  const { playlists } = (await saved.json()) as { playlists: { id: number; name: string }[] };
  const id = playlists.find((p) => p.name === name)!.id;
  const detail = await page.request.get(`/api/admin/playlists/${id}`);
  expect(((await detail.json()) as { playlist: { items: unknown[] } }).playlist.items).toEqual([
    { kind: 'burndown', params: { team, measure: 'hours' }, seconds: 30 },
    { kind: 'burndown', params: { measure: 'points' }, seconds: 5 },
    { kind: 'screen-off', params: {}, seconds: 60 },
  ]);

  // A bad duration is refused on its item.
  await page.locator('[data-item-index="0"]').getByLabel('Seconds').fill('1');
  await page.getByRole('button', { name: 'Save playlist' }).click();
  await expect(page.locator('[data-item-index="0"]')).toContainText('Item 1:');
  problems.length = 0;
  await page.reload();
  await expect(page.locator('[data-item-index="0"]').getByLabel('Seconds')).toHaveValue('30');
  await shoot(page, testInfo, 'playlist-editor');

  await page.goto('/admin/playlists');
  await expect(page.locator('tr', { hasText: name })).toContainText('3');
  await shoot(page, testInfo, 'playlists');

  await page.goto(`/admin/playlists/${id}`);
  await page.getByRole('button', { name: 'Delete…' }).click();
  await page.getByRole('button', { name: `Yes, delete “${name}”` }).click();
  await expect(page).toHaveURL(/\/admin\/playlists$/);
  await expect(page.locator('tr', { hasText: name })).toHaveCount(0);
  expect(problems).toEqual([]);
  await context.close();
});

test('the playlist editor offers every panel kind with its parameters, and estimates one pass', async ({ browser, baseURL }, testInfo) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const problems = watchPageProblems(page, baseURL!);
  await signInAsAdmin(page);
  // Sorts after the demo's "Train overview": the train's default playlist (first by name) must not change.
  const name = `Zz every kind ${Date.now()}`;

  await page.goto('/admin/playlists');
  await page.getByLabel('Name').fill(name);
  await page.getByRole('button', { name: 'Create playlist' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  const item = (index: number) => page.locator(`[data-item-index="${index}"]`);

  await item(0).getByLabel('Panel').selectOption('pi-burnup');
  await expect(item(0).getByLabel('Team')).toHaveCount(0);
  await item(0).getByLabel('Measure').selectOption('features');
  await item(0).getByLabel('Seconds').fill('40');
  await page.getByRole('button', { name: 'Add item' }).click();
  await item(1).getByLabel('Team').selectOption({ label: 'Whole train, one panel' });
  await item(1).getByLabel('Measure').selectOption('hours');
  await item(1).getByLabel('Seconds').fill('30');
  await page.getByRole('button', { name: 'Add item' }).click();
  await item(2).getByLabel('Panel').selectOption('objectives');
  await expect(item(2).getByLabel('Measure')).toHaveCount(0);
  await item(2).getByLabel('Seconds').fill('15');
  await page.getByRole('button', { name: 'Add item' }).click();
  await item(3).getByLabel('Panel').selectOption('flow');
  await item(3).getByLabel('Seconds').fill('20');
  await page.getByRole('button', { name: 'Add item' }).click();
  await item(4).getByLabel('Seconds').fill('10');
  // 40 + 30 + 15 + 20 + 10 s for each of the demo's 6 teams (60) = 165 s.
  await expect(page.getByText('One pass takes about 165 s.')).toBeVisible();
  // A burndown set to hours that becomes a PI burnup falls back to points (a burnup has no hours).
  await item(1).getByLabel('Panel').selectOption('pi-burnup');
  await expect(item(1).getByLabel('Measure')).toHaveValue('points');
  await item(1).getByLabel('Panel').selectOption('burndown');
  await item(1).getByLabel('Measure').selectOption('hours');
  await page.getByRole('button', { name: 'Save playlist' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  const list = await page.request.get('/api/admin/playlists');
  const id = ((await list.json()) as { playlists: { id: number; name: string }[] }).playlists.find((p) => p.name === name)!.id;
  const detail = await page.request.get(`/api/admin/playlists/${id}`);
  expect(((await detail.json()) as { playlist: { items: unknown[] } }).playlist.items).toEqual([
    { kind: 'pi-burnup', params: { measure: 'features' }, seconds: 40 },
    { kind: 'burndown', params: { scope: 'train', measure: 'hours' }, seconds: 30 },
    { kind: 'objectives', params: {}, seconds: 15 },
    { kind: 'flow', params: {}, seconds: 20 },
    { kind: 'burndown', params: { measure: 'points' }, seconds: 10 },
  ]);

  await page.reload();
  await expect(item(0).getByLabel('Measure')).toHaveValue('features');
  await expect(item(1).getByLabel('Team')).toHaveValue('*train');
  await expect(item(1).getByLabel('Measure')).toHaveValue('hours');
  await expect(item(3).getByLabel('Panel')).toHaveValue('flow');
  await expect(page.getByText('One pass takes about 165 s.')).toBeVisible();
  await shoot(page, testInfo, 'playlist-editor-kinds');

  const removed = await page.request.delete(`/api/admin/playlists/${id}`, { headers: sameOrigin() });
  expect(removed.status()).toBe(200);
  expect(problems).toEqual([]);
  await context.close();
});

test('PI planning days are added to and removed from the calendar', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
  const page = await context.newPage();
  const problems = watchPageProblems(page, baseURL!);
  await signInAsAdmin(page);
  const title = `PI planning ${Date.now()}`;

  await page.goto('/admin/displays');
  const calendar = page.getByRole('region', { name: 'PI calendar' });
  await calendar.getByLabel('Title').fill(title);
  await calendar.getByLabel('First day').fill('2027-01-18');
  await calendar.getByLabel('Last day').fill('2027-01-19');
  await calendar.getByRole('button', { name: 'Add to calendar' }).click();
  const row = calendar.locator('tr', { hasText: title });
  await expect(row).toContainText('2027-01-18 – 2027-01-19');
  const listed = await page.request.get('/api/admin/calendar', { headers: sameOrigin() });
  expect(await listed.json()).toMatchObject({ events: expect.arrayContaining([expect.objectContaining({ title, kind: 'pi_planning' })]) });

  await row.getByRole('button', { name: 'Remove' }).click();
  await expect(calendar.locator('tr', { hasText: title })).toHaveCount(0);
  expect(problems).toEqual([]);
  await context.close();
});
