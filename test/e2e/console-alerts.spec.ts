import { expect, test } from '@playwright/test';
import { sameOrigin, signInAsAdmin } from './console-helpers';
import { watchPageProblems } from './helpers';

test('the RTE raises an alert from a phone and acknowledges it with the one-click link', async ({ browser, baseURL }, testInfo) => {
  const console = await browser.newContext({ viewport: { width: 375, height: 812 } });
  const page = await console.newPage();
  const problems = watchPageProblems(page, baseURL!);
  await signInAsAdmin(page);
  await page.goto('/admin/alerts');

  const text = `Deploy freeze until 14:00 (${Date.now()})`;
  await page.getByLabel('Message').fill(text);
  await page.getByLabel('critical').check();
  await page.getByLabel('Ends after').selectOption('60');
  await page.getByRole('button', { name: 'Raise alert' }).click();

  const link = page.getByRole('status').getByRole('link');
  await expect(link).toHaveText(/\/alerts\/ack\//);
  const row = page.locator('tr', { hasText: text });
  await expect(row).toContainText('On screen');
  await expect(row).toContainText('All displays');
  await page.screenshot({ path: testInfo.outputPath('alerts-375x812.png'), fullPage: true });

  // The phone that received the link has no console session.
  const phone = await browser.newContext({ viewport: { width: 375, height: 812 } });
  const ackPage = await phone.newPage();
  await ackPage.goto((await link.getAttribute('href'))!);
  await expect(ackPage.getByRole('heading', { level: 1 })).toHaveText(text);
  await ackPage.getByRole('button', { name: 'Acknowledge and end it' }).click();
  await expect(ackPage.getByRole('status')).toContainText('This alert has ended');
  await ackPage.screenshot({ path: testInfo.outputPath('ack-375x812.png') });

  await page.reload();
  await expect(page.locator('tr', { hasText: text })).toContainText('Ended by acknowledge link');
  expect(problems).toEqual([]);
  await phone.close();
  await console.close();
});

test('an alert needs a message, and an unknown train is refused without storing anything', async ({ request }) => {
  await signInAsAdmin(request);
  const empty = await request.post('/api/admin/alerts', {
    headers: sameOrigin(),
    data: { text: '  ', severity: 'info', target: 'all', expiresInMinutes: 10 },
  });
  expect(empty.status()).toBe(400);
  expect((await empty.json()).issues).toEqual([{ path: 'text', message: 'is required' }]);

  const nowhere = await request.post('/api/admin/alerts', {
    headers: sameOrigin(),
    data: { text: 'Hello', severity: 'info', target: 'train', trainSlug: 'nowhere', expiresInMinutes: 10 },
  });
  expect(nowhere.status()).toBe(400);
  expect((await nowhere.json()).error).toBe('unknown_target');
});
