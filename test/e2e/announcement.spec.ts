import { expect, test } from '@playwright/test';
import type { AnnouncementDto } from '../../lib/panels/announcement/types';
import { sameOrigin, signInAsAdmin } from './console-helpers';
import { watchPageProblems } from './helpers';
import { createPlaylist, endAllAlerts, openTv, pairDisplayByApi, uniqueName } from './kiosk-helpers';

test('an announcement typed in the console shows on a paired TV as text, never as markup, and edits arrive live', async ({ browser, page, request, baseURL }) => {
  test.setTimeout(120_000);
  await signInAsAdmin(request);
  await endAllAlerts(request);

  // The console, phone-sized: add the announcement through the form.
  await page.setViewportSize({ width: 375, height: 812 });
  const consoleProblems = watchPageProblems(page, baseURL!);
  await signInAsAdmin(page);
  await page.goto('/admin/announcements');
  await expect(page.getByRole('heading', { level: 1, name: 'Announcements' })).toBeVisible();
  const title = uniqueName('System demo');
  const form = page.getByRole('form', { name: 'Add an announcement' });
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Text').fill('System demo in **Room 4.12**\n<script>window.__pwned = 1</script>\n\n- <img src=x onerror="window.__pwned = 2">');
  await form.getByRole('button', { name: 'Add announcement' }).click();
  await expect(form.getByText(`Added “${title}”.`)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const item = page.locator('li[data-announcement-id]', { hasText: title });
  await expect(item).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('announcement-console-375.png'), fullPage: true });
  const id = Number(await item.getAttribute('data-announcement-id'));
  const key = `announcement:demo:${id}`;

  // "Zz": a test playlist must never sort first and become the demo train's default (the public wall's).
  const playlistId = await createPlaylist(request, uniqueName('Zz announcement'), [{ kind: 'announcement', params: { id }, seconds: 300 }]);
  const display = await pairDisplayByApi(request, { name: uniqueName('Announcement TV'), playlistId });
  const tv = await openTv(browser, display, { viewport: { width: 1920, height: 1080 } });
  const tvProblems = watchPageProblems(tv.page, baseURL!);
  await tv.page.goto('/display');
  const panel = tv.page.locator(`[data-panel-key="${key}"]`);
  await expect(panel.getByTestId('announcement-title')).toHaveText(title);
  await expect(panel.locator('strong')).toHaveText('Room 4.12');
  await expect(panel.getByTestId('announcement-body')).toContainText('<script>window.__pwned = 1</script>');
  await expect(panel.locator('li')).toHaveText('<img src=x onerror="window.__pwned = 2">');
  expect(await panel.locator('script, img').count()).toBe(0);
  expect(await tv.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(tv.page.locator('[data-socket="connected"]')).toBeVisible();
  await tv.page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

  // Edit it in the console: the TV changes without a reload.
  await item.getByRole('button', { name: `Edit “${title}”` }).click();
  const edit = page.getByRole('form', { name: `Edit “${title}”` });
  await edit.getByLabel('Text').fill('Moved to **Room 5.01**, *after lunch*');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.locator('li[data-announcement-id]', { hasText: 'Moved to **Room 5.01**' })).toBeVisible();
  const dto = (await (await request.get(`/api/v1/panels/${encodeURIComponent(key)}`)).json()) as AnnouncementDto;
  expect(dto.body).toEqual([
    { type: 'paragraph', children: [{ type: 'text', text: 'Moved to ' }, { type: 'bold', children: [{ type: 'text', text: 'Room 5.01' }] }, { type: 'text', text: ', ' }, { type: 'italic', children: [{ type: 'text', text: 'after lunch' }] }] },
  ]);
  await expect(panel.locator('strong')).toHaveText('Room 5.01', { timeout: 5_000 });
  await expect(panel.locator('em')).toHaveText('after lunch');
  expect(await tv.page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  expect(await tv.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await tv.context.close();
  // The wall's cadence header is another slice's (as in objectives.spec.ts).
  expect(tvProblems.filter((problem) => !problem.includes('cadence') && !problem.includes('status of 403'))).toEqual([]);
  expect(consoleProblems).toEqual([]);
});

test('the longest announcements fit the screen at 720p and 4K: smaller text, nothing outside or clipped', async ({ browser, request }, testInfo) => {
  await signInAsAdmin(request);
  const sentence = 'The system demo moves to **Room 4.12** on Friday; bring your *feature demos* and questions. ';
  const bodies = {
    // 21 sentences of 91 characters and 4 bullets of 15: 21 * 91 + 4 * 15 = 1971 characters (limit 2000).
    characters: `${sentence.repeat(21).trim()}\n\n- Bring laptops\n- Bring laptops\n- Bring laptops\n- Bring laptops`,
    // 30 lines (the limit): 28 bullets after a line and a blank.
    lines: ['Agenda for the *Inspect & Adapt*:', '', ...Array.from({ length: 28 }, (_, i) => `- Topic ${i + 1}: **team ${i + 1}** reports`)].join('\n'),
  };
  for (const [name, body] of Object.entries(bodies)) {
    expect(body.length).toBeLessThanOrEqual(2000);
    const response = await request.post('/api/admin/announcements', {
      data: { trainSlug: 'demo', title: 'A long notice with a title of eighty characters, the most it may have', body },
      headers: sameOrigin(),
    });
    expect(response.status(), await response.text()).toBe(201);
    const key = `announcement:demo:${((await response.json()) as { announcement: { id: number } }).announcement.id}`;
    for (const size of [
      { width: 1280, height: 720 },
      { width: 3840, height: 2160 },
    ]) {
      const page = await browser.newPage({ viewport: size });
      await page.goto(`/display/demo?panel=${encodeURIComponent(key)}`);
      await expect(page.getByTestId('announcement-body')).toHaveAttribute('data-size', 'tiny');
      const measured = await page.evaluate(() => {
        // Text the panel draws itself: elements holding a visible text node.
        const texts = [...document.querySelectorAll('section[data-panel-key] *')].filter(
          (el) => el.getClientRects().length > 0 && [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== ''),
        );
        const outside = (el: Element) => [...el.getClientRects()].some((r) => r.bottom > window.innerHeight + 0.5 || r.right > window.innerWidth + 0.5);
        return {
          outside: texts.filter(outside).map((el) => el.textContent),
          clipped: texts.filter((el) => el.scrollHeight > el.clientHeight + 1 && getComputedStyle(el).overflow !== 'visible').length,
          smallestPx: Math.min(...texts.map((el) => parseFloat(getComputedStyle(el).fontSize))),
        };
      });
      await page.screenshot({ path: testInfo.outputPath(`announcement-${name}-${size.width}x${size.height}.png`) });
      expect(measured.outside).toEqual([]);
      expect(measured.clipped).toBe(0);
      expect(measured.smallestPx).toBeGreaterThanOrEqual(size.height / 45);
      await page.close();
    }
  }
});
