import { expect, test } from '@playwright/test';
import { signInAsAdmin } from './console-helpers';
import { watchPageProblems } from './helpers';
import { createPlaylist, endAllAlerts, openTv, pairDisplayByApi, uniqueName } from './kiosk-helpers';

test('the fleet page shows a paired TV online with its panel, and Identify shows its name on the TV', async ({ browser, request, baseURL }, testInfo) => {
  await signInAsAdmin(request);
  await endAllAlerts(request);
  const name = uniqueName('Fleet room');
  // Every team's burndown, filtered to Ember's (the train's default playlist may start with train panels).
  const playlistId = await createPlaylist(request, uniqueName('Zz fleet'), [{ kind: 'burndown', seconds: 5 }]);
  const display = await pairDisplayByApi(request, { name, teamFilter: 'ember', playlistId });
  const tv = await openTv(browser, display);
  await tv.page.goto('/display');
  await expect(tv.page.locator('[data-team="ember"]')).toBeVisible();

  const consoleContext = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await consoleContext.newPage();
  const problems = watchPageProblems(page, baseURL!);
  await signInAsAdmin(page);
  await page.goto('/admin/fleet');
  const row = page.locator(`tr[data-display-id="${display.id}"]`);
  // The TV's first heartbeat arrives on connect; the console hears of it live, without a reload.
  await expect(row.getByTestId('display-state')).toHaveText('● Online', { timeout: 10_000 });
  await expect(row).toContainText('burndown:ember:points');
  await page.screenshot({ path: testInfo.outputPath('fleet-1280x720.png') });

  await row.getByRole('button', { name: 'Identify' }).click();
  await expect(tv.page.getByTestId('identify')).toContainText(name, { timeout: 3_000 });
  expect(problems).toEqual([]);

  await tv.context.close();
  await consoleContext.close();
});
