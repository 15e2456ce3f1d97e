import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoViolationsInBothSchemes } from './axe';
import { FEEDBACK_LIMITS } from '@/lib/core/feedback';
import { questionPath } from '@/lib/core/urls';
import { openFeedbackStore, type FeedbackStore } from '@/lib/server/feedback-store';
import { createSiteServer } from '@/lib/server/static-server';
import { samplePages } from '@/lib/eval/sample-pages';
import { layoutShiftSoFar } from './layout-shift';
import { islandsStarted, pageSettled } from './page-ready';
import { sameInEveryWindow } from './projects';

/**
 * 「这个回答有帮助吗？」 end to end: the built pages behind this file's own server and an in-memory store, so each
 * test can see the row its tap left (or did not). Found by role and visible text, as a reader finds them.
 */

const sample = samplePages();
const full = questionPath(sample.full.slug);
const excerpt = questionPath(sample.excerpt.slug);

let server: Server;
let store: FeedbackStore;
let origin: string;

test.beforeAll(async () => {
  store = await openFeedbackStore({ dataDir: 'memory://' });
  // The limiter keys on the address, and every test here posts from 127.0.0.1: it is the server's own tests' to check.
  server = createSiteServer({ root: 'out', compress: true, feedback: store, rateLimit: 'off' });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await store.close();
});

/** A note no other test (or project) writes, so a row is found by it. */
const uniqueNote = (testInfo: { project: { name: string } }, text: string) => `${text}（${testInfo.project.name} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}）`;

const block = (page: Page) => page.getByRole('region', { name: '这个回答有帮助吗？' });
const button = (scope: Locator, name: string) => scope.getByRole('button', { name, exact: true });
const rowsWith = async (note: string) => (await store.recent({ limit: 1000 })).filter((row) => row.note === note);

test('没有, a reason and a note: 提交 says 谢谢 in place of the form, and the row has exactly those', async ({ page }, testInfo) => {
  const note = uniqueNote(testInfo, '去年的缴费标准已经变了');
  await page.goto(`${origin}${full}`);
  await islandsStarted(page);
  const feedback = block(page);
  // Only the question and the two buttons until the reader answers it.
  await expect(feedback.getByRole('radio', { name: '内容过时' })).toBeHidden();
  await expect(button(feedback, '提交')).toBeHidden();

  await button(feedback, '没有').click();
  await feedback.getByRole('radio', { name: '内容过时' }).check();
  const box = feedback.getByRole('textbox', { name: '补充说明（可不填）' });
  await box.fill(note);
  await expect(feedback.getByText(/^还可以写 \d+ 字$/)).toHaveText(`还可以写 ${FEEDBACK_LIMITS.noteChars - [...note].length} 字`);
  await button(feedback, '提交').click();

  const status = feedback.getByRole('status');
  await expect(status).toHaveText('谢谢，已收到。');
  await expect(status).toBeFocused();
  await expect(button(feedback, '有')).toHaveCount(0);
  await expect(feedback.getByRole('textbox')).toHaveCount(0);
  expect(await rowsWith(note)).toEqual([expect.objectContaining({ page: full, helpful: false, reason: 'outdated', note })]);
});

test('有 on an excerpt sends at once', async ({ page }) => {
  const before = (await store.recent({ page: excerpt, limit: 1000 })).length;
  await page.goto(`${origin}${excerpt}`);
  await islandsStarted(page);
  await button(block(page), '有').click();
  await expect(block(page).getByRole('status')).toHaveText('谢谢，已收到。');
  const rows = await store.recent({ page: excerpt, limit: 1000 });
  expect(rows.length).toBe(before + 1);
  expect(rows.some((row) => row.helpful && row.reason === undefined)).toBe(true);
});

test.describe('when it does not go', () => {
  // page.route sees only what the page itself fetches, not what a service worker fetches for it.
  test.use({ serviceWorkers: 'block' });

  test('a 400 puts the server’s message beside the field, and the form stays to try again', async ({ page }) => {
    const count = await store.count();
    await page.route(`${origin}/api/feedback`, (route) =>
      route.fulfill({
        status: 400,
        contentType: 'application/json',
        body: JSON.stringify({ ok: false, errors: [{ field: 'note', message: '<b>补充说明</b>里有不能保存的内容。' }] }),
      }),
    );
    await page.goto(`${origin}${full}`);
    await islandsStarted(page);
    const feedback = block(page);
    await button(feedback, '没有').click();
    const box = feedback.getByRole('textbox', { name: '补充说明（可不填）' });
    await box.fill('这段话服务器不收');
    await button(feedback, '提交').click();
    // Text, never markup: the tags show as typed.
    await expect(feedback.getByText('<b>补充说明</b>里有不能保存的内容。')).toBeVisible();
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(feedback.getByRole('status')).toHaveText(/^没有发出去：请按提示修改后再提交。/);
    await expect(button(feedback, '提交')).toBeEnabled();
    expect(await store.count()).toBe(count);
  });

  test.describe(() => {
    sameInEveryWindow();
    test('a note past the limit (typed around maxlength) is stopped with the contract’s message, nothing sent', async ({ page }) => {
      const count = await store.count();
      let posted = 0;
      page.on('request', (request) => {
        if (request.method() === 'POST') posted += 1;
      });
      await page.goto(`${origin}${full}`);
      await islandsStarted(page);
      const feedback = block(page);
      await button(feedback, '没有').click();
      const box = feedback.getByRole('textbox', { name: '补充说明（可不填）' });
      await box.evaluate((textarea: HTMLTextAreaElement, length) => {
        textarea.removeAttribute('maxlength');
        textarea.value = '长'.repeat(length);
        textarea.dispatchEvent(new Event('input', { bubbles: true }));
      }, FEEDBACK_LIMITS.noteChars + 1);
      await expect(feedback.getByText('超出 1 字')).toBeVisible();
      await button(feedback, '提交').click();
      await expect(feedback.getByText(`补充说明最多 ${FEEDBACK_LIMITS.noteChars} 个字。`)).toBeVisible();
      expect(posted).toBe(0);
      expect(await store.count()).toBe(count);
    });
  });

  test.describe(() => {
    sameInEveryWindow();
    test('no connection: it says it was not sent, and 提交 again sends it once', async ({ page }, testInfo) => {
      const note = uniqueNote(testInfo, '重试');
      await page.route(`${origin}/api/feedback`, (route) => route.abort('internetdisconnected'));
      await page.goto(`${origin}${full}`);
      await islandsStarted(page);
      const feedback = block(page);
      await button(feedback, '没有').click();
      await feedback.getByRole('textbox', { name: '补充说明（可不填）' }).fill(note);
      await button(feedback, '提交').click();
      await expect(feedback.getByRole('status')).toHaveText('没有发出去：连不上网络。请检查网络后再点「提交」。');
      expect(await rowsWith(note)).toEqual([]);
      await page.unroute(`${origin}/api/feedback`);
      await button(feedback, '提交').click();
      await expect(feedback.getByRole('status')).toHaveText('谢谢，已收到。');
      expect(await rowsWith(note)).toHaveLength(1);
    });
  });
});

test.describe(() => {
  sameInEveryWindow();
  test('without JavaScript the form posts in one go, the thank-you page appears, and the row is stored', async ({ browser }, testInfo) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const note = uniqueNote(testInfo, '没有脚本也能提交');
    await page.goto(`${origin}${full}`);
    const feedback = block(page);
    // Everything is on show: the reason and the note go with the tap on 没有.
    await feedback.getByRole('radio', { name: '说法有误' }).check();
    await feedback.getByRole('textbox', { name: '补充说明（可不填）' }).fill(note);
    await expect(button(feedback, '提交')).toBeHidden();
    await button(feedback, '没有').click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('谢谢');
    await expect(page.getByRole('link', { name: '返回刚才的页面' })).toHaveAttribute('href', full);
    expect(await rowsWith(note)).toEqual([expect.objectContaining({ page: full, helpful: false, reason: 'wrong', note })]);
    await context.close();
  });
});

test.describe(() => {
  sameInEveryWindow();
  test('offline: the worker keeps it and says so; back online it arrives exactly once', async ({ page, context }, testInfo) => {
    test.setTimeout(60_000);
    const note = uniqueNote(testInfo, '离线时写的');
    await page.goto(`${origin}${full}`);
    // The worker controls the page, and the page listens for the connection coming back.
    await pageSettled(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    await context.setOffline(true);
    const feedback = block(page);
    await button(feedback, '没有').click();
    await feedback.getByRole('radio', { name: '看不懂' }).check();
    await feedback.getByRole('textbox', { name: '补充说明（可不填）' }).fill(note);
    await button(feedback, '提交').click();
    await expect(feedback.getByRole('status')).toHaveText('现在没有网络，反馈已保存在本机，联网后会自动发送。');
    expect(await rowsWith(note)).toEqual([]);

    await context.setOffline(false);
    await expect.poll(async () => (await rowsWith(note)).length, { timeout: 20_000 }).toBe(1);
    // Another page start asks the worker to replay again: nothing is left to send twice.
    await page.reload();
    await pageSettled(page);
    await page.waitForTimeout(1000);
    expect(await rowsWith(note)).toEqual([expect.objectContaining({ page: full, helpful: false, reason: 'unclear', note })]);
  });
});

test('nothing moves when the island starts, in view, in 长辈模式 too', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('yibao-reading', JSON.stringify({ elder: true, size: 'xlarge', highContrast: false })));
  await page.goto(`${origin}${full}#feedback-heading`);
  await islandsStarted(page);
  await expect(button(block(page), '没有')).toBeInViewport();
  const shift = await layoutShiftSoFar(page);
  expect(shift.total, shift.moved.join('\n')).toBe(0);
});

test('the open form passes axe, and every control is a 44 px target, light and dark', async ({ page }) => {
  await page.goto(`${origin}${full}`);
  await islandsStarted(page);
  const feedback = block(page);
  await button(feedback, '没有').click();
  await expect(button(feedback, '提交')).toBeVisible();
  const targets = [...(await feedback.getByRole('button').all()), ...(await feedback.locator('label:has(input[type="radio"])').all()), feedback.getByRole('link', { name: '隐私说明' })];
  // The same open form, scanned in full in one scheme and for colour in the other; the targets measured in each.
  await page.emulateMedia({ colorScheme: 'light' });
  await expectNoViolationsInBothSchemes(page, 'open form', '[data-island="feedback"]');
  for (const scheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const target of targets) expect.soft((await target.boundingBox())?.height ?? 0, `${scheme}: ${(await target.textContent()) ?? ''}`).toBeGreaterThanOrEqual(44);
  }
});

test('the footer’s 隐私说明 says what is kept and what is not', async ({ page }) => {
  await page.goto(`${origin}${full}`);
  await page.getByRole('contentinfo').getByRole('link', { name: '隐私说明' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('隐私说明');
  const main = page.getByRole('main');
  await expect(main).toContainText('收到反馈的时间');
  await expect(main).toContainText('不保存你的 IP 地址');
  await expect(main).toContainText('补充说明里请不要写姓名、身份证号、电话号码');
  await expect(main).toContainText('只有本站编辑会看');
  await expect(main).toContainText('长辈模式');
});
