import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { RisksDto } from '../../lib/panels/risks/types';
import { sameOrigin, signInAsAdmin } from './console-helpers';
import { watchPageProblems } from './helpers';
import { createPlaylist, endAllAlerts, openTv, pairDisplayByApi, uniqueName } from './kiosk-helpers';

// The demo board may already hold risks other specs left: every count is read from the panel API, never assumed.

const KEY = 'risks:demo';

async function board(request: APIRequestContext): Promise<RisksDto> {
  const response = await request.get(`/api/v1/panels/${encodeURIComponent(KEY)}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as RisksDto;
}

const owned = (dto: RisksDto) => dto.quadrants.find((q) => q.state === 'owned')!.count;

test('a risk added on a phone and ROAMed with one tap moves the counts on a paired TV, live', async ({ browser, page, request, baseURL }) => {
  test.setTimeout(120_000);
  await signInAsAdmin(request);
  await endAllAlerts(request);
  const display = await pairDisplayByApi(request, { name: uniqueName('Risks TV'), playlistId: await createPlaylist(request, uniqueName('Zz risks'), [{ kind: 'risks', seconds: 300 }]) });

  const before = await board(request);
  expect(before.pi, 'the demo train has a current PI').not.toBeNull();
  const tv = await openTv(browser, display, { viewport: { width: 1920, height: 1080 } });
  const tvProblems = watchPageProblems(tv.page, baseURL!);
  await tv.page.goto('/display');
  const panel = tv.page.locator(`[data-panel-key="${KEY}"]`);
  await expect(panel.getByTestId('risks-unroamed')).toHaveText(String(before.unroamed.count));
  await expect(panel.getByTestId('risks-owned')).toHaveText(String(owned(before)));
  // Joined its rooms: the pushes below have somebody to reach. Any reload from here on would clear the marker.
  await expect(tv.page.locator('[data-socket="connected"]')).toBeVisible();
  await tv.page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

  // The console on a phone: the title has the focus, Enter adds; markup in it must stay text everywhere.
  await page.setViewportSize({ width: 375, height: 812 });
  const consoleProblems = watchPageProblems(page, baseURL!);
  await signInAsAdmin(page);
  await page.goto('/admin/risks');
  await expect(page.getByRole('heading', { level: 1, name: 'Risks' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Add a risk' });
  const titleField = form.getByLabel('Title');
  await expect(titleField).toBeFocused();
  await expect(form.getByLabel('Impact')).toHaveValue('medium');
  const title = uniqueName('Zz <script>window.__pwned = 1</script> vendor may slip');
  await titleField.fill(title);
  // Critical: it heads every list it is in, so the TV shows its title wherever it goes.
  await form.getByLabel('Impact').selectOption('critical');
  await titleField.press('Enter');
  await expect(form.getByText(`Added “${title}”: not yet ROAMed.`)).toBeVisible();
  await expect(titleField).toBeFocused();

  const item = page.locator('li[data-risk-id]', { hasText: title });
  await expect(item).toHaveAttribute('data-roam', 'unroamed');
  await expect(panel.getByTestId('risks-unroamed')).toHaveText(String(before.unroamed.count + 1), { timeout: 5_000 });
  await expect(panel.locator('[data-roam="unroamed"]').getByText(title, { exact: true })).toBeVisible();

  // No horizontal scroll on the phone, and every ROAM button a 44 px target.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  for (const word of ['Resolved', 'Owned', 'Accepted', 'Mitigated']) {
    const box = (await item.getByRole('button', { name: word, exact: true }).boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(44);
  }
  await page.screenshot({ path: test.info().outputPath('risks-console-375.png'), fullPage: true });

  // One tap on "Owned": the button is marked, and the TV's counts move, without a reload.
  await item.getByRole('button', { name: 'Owned', exact: true }).click();
  await expect(item.getByRole('button', { name: 'Owned', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(item.getByRole('button', { name: 'Resolved', exact: true })).toHaveAttribute('aria-pressed', 'false');
  await expect(item).toHaveAttribute('data-roam', 'owned');
  await expect(panel.getByTestId('risks-owned')).toHaveText(String(owned(before) + 1), { timeout: 5_000 });
  await expect(panel.getByTestId('risks-unroamed')).toHaveText(String(before.unroamed.count));
  await expect(panel.locator('[data-roam="owned"]').getByText(title, { exact: true })).toBeVisible();
  expect(await panel.locator('script').count()).toBe(0);
  expect(await tv.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await tv.page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  await tv.page.screenshot({ path: test.info().outputPath('risks-tv-1920.png') });

  // A phone shows R / O / A / M; a wider screen the words.
  const ownedButton = item.getByRole('button', { name: 'Owned', exact: true });
  await expect(ownedButton).toHaveText(/^O/);
  await expect(ownedButton.getByText('Owned', { exact: true })).toBeHidden();
  await page.setViewportSize({ width: 1024, height: 800 });
  await expect(ownedButton.getByText('Owned', { exact: true })).toBeVisible();
  await expect(ownedButton.getByText('O', { exact: true })).toBeHidden();

  // Delete asks once more; then the demo board is as it was.
  await item.getByRole('button', { name: `Delete “${title}”` }).click();
  await item.getByRole('button', { name: 'Confirm delete' }).click();
  await expect(item).toHaveCount(0);
  await expect(panel.getByTestId('risks-owned')).toHaveText(String(owned(before)), { timeout: 5_000 });
  await tv.context.close();
  // The wall's cadence header is another slice's (as in announcement.spec.ts).
  expect(tvProblems.filter((problem) => !problem.includes('cadence') && !problem.includes('status of 403'))).toEqual([]);
  expect(consoleProblems).toEqual([]);
});

/** Text outside the screen, text cut sideways inside the panel, and the smallest font drawn. */
function layout(page: Page) {
  return page.evaluate(() => {
    const texts = [...document.querySelectorAll('body *')].filter(
      (el) => el.getClientRects().length > 0 && [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== ''),
    );
    const outside = texts.filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && (r.left < 0 || r.top < 0 || r.right > window.innerWidth + 0.5 || r.bottom > window.innerHeight + 0.5);
    });
    const clipped = texts.filter((el) => el.closest('[data-panel-key]') && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible');
    // Each list stays inside its own box: a quadrant or the "Not yet ROAMed" column.
    const spilled = [...document.querySelectorAll('[data-roam]')].filter((box) => {
      const bottom = box.getBoundingClientRect().bottom;
      return [...box.querySelectorAll('li')].some((li) => li.getBoundingClientRect().bottom > bottom + 0.5);
    });
    return {
      outside: outside.map((el) => el.textContent),
      clipped: clipped.map((el) => el.textContent),
      spilled: spilled.map((el) => el.getAttribute('data-roam')),
      smallestFontPx: Math.min(...texts.map((el) => parseFloat(getComputedStyle(el).fontSize))),
    };
  });
}

test('a full board of long titles and names fits at 720p and 4K: two lines a title, "+N more" for the rest', async ({ browser, request }, testInfo) => {
  test.setTimeout(120_000);
  await signInAsAdmin(request);
  const long = 'Supplier contract renewal, data centre exit and the new payment provider could all land in the same two weeks of the PI';
  const owner = 'Maximiliane Alexandra Konstantina von Hohenzollern-Sigmaringen-Wittelsbach, Head of Vendor Management';
  const ids: number[] = [];
  try {
    for (const roam of ['unroamed', 'resolved', 'owned', 'accepted', 'mitigated']) {
      for (let n = 0; n < 6; n++) {
        const created = await request.post('/api/admin/risks', {
          data: { trainSlug: 'demo', teamSlug: null, piId: null, title: `Zz ${n} ${long}`, impact: 'critical', owner },
          headers: sameOrigin(),
        });
        expect(created.status(), await created.text()).toBe(201);
        const { risk } = (await created.json()) as { risk: { id: number } };
        ids.push(risk.id);
        if (roam !== 'unroamed') {
          expect((await request.patch(`/api/admin/risks/${risk.id}`, { data: { roam }, headers: sameOrigin() })).status()).toBe(200);
        }
      }
    }
    const dto = await board(request);
    expect(dto.unroamed.more).toBeGreaterThan(0);
    expect(dto.quadrants.every((q) => q.more > 0)).toBe(true);
    for (const size of [
      { width: 1280, height: 720 },
      { width: 3840, height: 2160 },
    ]) {
      const page = await browser.newPage({ viewport: size });
      await page.goto(`/display/demo?panel=${encodeURIComponent(KEY)}`);
      await expect(page.getByTestId('risks-unroamed')).toHaveText(String(dto.unroamed.count));
      await expect(page.locator('[data-roam="owned"]').getByText(`+${dto.quadrants[1]!.more} more`)).toBeVisible();
      const measured = await layout(page);
      await page.screenshot({ path: testInfo.outputPath(`risks-full-${size.width}x${size.height}.png`) });
      expect(measured.outside).toEqual([]);
      expect(measured.clipped).toEqual([]);
      expect(measured.spilled).toEqual([]);
      expect(measured.smallestFontPx).toBeGreaterThanOrEqual(size.height / 45);
      await page.close();
    }
  } finally {
    for (const id of ids) await request.delete(`/api/admin/risks/${id}`, { headers: sameOrigin() });
  }
});
