import { expect, test, type Page } from '@playwright/test';
import { pageSettled, resultCount, resultTitles } from './page-ready';
import { sameInEveryWindow } from './projects';

/**
 * The search box and /search/ in a real browser, against the built site and its real index.
 * The expected questions come from the real content files (see lib/eval/sets/query-set.ts).
 */

const isIndexRequest = (url: string) => /\/search\/(meta\.json|t\/|d\/)/.test(new URL(url).pathname);

function indexRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (isIndexRequest(request.url())) seen.push(new URL(request.url()).pathname);
  });
  return seen;
}

/** The header's box: on every page, and the only one outside the home page. */
const headerBox = (page: Page) => page.getByRole('banner').getByRole('combobox', { name: '搜索问题' });

test.describe(() => {
  sameInEveryWindow();
  test('the index is not downloaded until someone starts to search', async ({ page }) => {
    const requests = indexRequests(page);
    await page.goto('/');
    await pageSettled(page);
    expect(requests).toEqual([]);

    await headerBox(page).focus();
    await expect.poll(() => requests).toContain('/search/meta.json');
  });
});

test('typing shows results with highlights, topic and region, and announces the count', async ({ page }) => {
  await page.goto('/topics/');
  const box = headerBox(page);
  await box.fill('异地就医怎么备案');
  const first = page.getByRole('option').first();
  await expect(first).toContainText('怎么申请医保异地就医备案登记');
  // The title's matched words are marked: 异地就医 and 备案 run together, 怎么 on its own.
  await expect(first.locator('span').first().locator('mark')).toHaveText(['怎么', '异地就医备案']);
  await expect(page.getByRole('option', { name: /吉林省异地就医备案电话/ })).toContainText('吉林');
  await expect(page.getByRole('status').filter({ hasText: /找到 \d+ 条结果/ })).toHaveCount(1);
});

test('↑/↓ move through the results, Enter opens one, Esc closes the list', async ({ page }) => {
  await page.goto('/topics/');
  const box = headerBox(page);
  await box.fill('生育津贴');
  const options = page.getByRole('option');
  await expect(options.first()).toBeVisible();

  await box.press('ArrowDown');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await box.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'false');
  await box.press('ArrowUp');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');

  await box.press('Escape');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('listbox')).toBeHidden();

  await box.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  const title = (await options.first().locator('span').first().textContent()) ?? '';
  await box.press('Enter');
  await expect(page).toHaveURL(/\/q\/[a-z0-9-]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});

test('/ and Ctrl+K put the cursor in the search box', async ({ page }) => {
  await page.goto('/topics/');
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('/');
  await expect(headerBox(page)).toBeFocused();
  await expect(headerBox(page)).toHaveValue('');

  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('Control+k');
  await expect(headerBox(page)).toBeFocused();

  // On the home page the big box takes the shortcut.
  await page.goto('/');
  await page.keyboard.press('/');
  await expect(page.getByRole('main').getByRole('combobox', { name: '搜索问题' })).toBeFocused();
});

test('an empty box suggests topics; a search with no result suggests, never a blank', async ({ page }) => {
  await page.goto('/topics/');
  const box = headerBox(page);
  await box.focus();
  await expect(page.getByRole('option', { name: /家庭共济/ })).toBeVisible();

  await box.fill('钱里');
  await expect(page.getByText('没有找到与“钱里”相关的问题。')).toBeVisible();
  await expect(page.getByRole('option', { name: /家庭共济/ })).toBeVisible();
});

test('/search/?q= shows the results, follows typing in the address, and the back button returns to them', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('生育金贴')}`);
  await expect(page).toHaveTitle(/搜索/);
  await expect(page.getByRole('heading', { level: 1, name: '搜索' })).toBeVisible();
  const results = page.getByRole('main').getByRole('listitem');
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/找到 \d+ 条结果/);
  await expect(page.getByRole('main').getByRole('heading', { level: 2, name: /生育津贴/ }).first()).toBeVisible();

  const input = page.getByRole('main').getByRole('searchbox', { name: '搜索问题' });
  await expect(input).toHaveValue('生育金贴');
  await input.fill('13000');
  await expect(page).toHaveURL(/\?q=13000$/);
  await expect(results.first()).toContainText('江苏镇江社保基数13000');

  const link = page.getByRole('main').getByRole('link', { name: /江苏镇江社保基数13000/ }).first();
  const title = (await link.textContent()) ?? '';
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await page.goBack();
  await expect(page).toHaveURL(/\/search\/\?q=13000$/);
  await expect(input).toHaveValue('13000');
  await expect(results.first()).toContainText('江苏镇江社保基数13000');
});

test.describe(() => {
  sameInEveryWindow();
  test('/search/?q= lists every result it counts, twenty at a time, and 显示更多结果 adds the next', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('医保')}`);
    const main = page.getByRole('main');
    const total = await resultCount(page);
    // The seeds have more than two pages of answers that mention 医保.
    expect(total).toBeGreaterThan(20);
    const results = main.getByRole('list').first().getByRole('listitem');
    await expect(results).toHaveCount(20);
    const more = main.getByRole('button', { name: `显示更多结果（还有 ${total - 20} 条）` });
    await more.click();
    await expect(results).toHaveCount(Math.min(total, 40));
  });
});

test('Enter in the header box opens /search/ with the results', async ({ page }) => {
  await page.goto('/topics/');
  await headerBox(page).fill('灵活就业医保一个月多少钱');
  await headerBox(page).press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(page.getByRole('main').getByRole('link', { name: '2024年灵活就业医保每月多少钱' })).toBeVisible();
});

// page.route sees only what the page itself fetches: a service worker in between would fetch the index
// parts on its own (lib/offline/), so this test keeps it out.
test.describe('with no service worker in between', () => {
  sameInEveryWindow();
  test.use({ serviceWorkers: 'block' });

  test('markup inside indexed text shows as text and never runs', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    // Serve display records whose text carries markup, as a hostile content file would.
    await page.route(/\/search\/d\/[^/]+\.json/, async (route) => {
      const response = await route.fetch();
      const docs: unknown = await response.json();
      const hostile = Array.isArray(docs)
        ? docs.map((doc: Record<string, unknown>) => ({
            ...doc,
            question: `<script>alert("q")</script>${String(doc.question)}`,
            text: `<img src=x onerror=alert("t")>${String(doc.text)}`,
            topics: ['<b>主题</b>'],
          }))
        : docs;
      await route.fulfill({ response, json: hostile });
    });
    await page.goto(`/search/?q=${encodeURIComponent('异地就医')}`);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 2 }).first()).toContainText('<script>alert("q")</script>');
    await resultTitles(page);
    await expect(main.getByText('<img src=x onerror=alert("t")>', { exact: false }).first()).toBeVisible();
    await expect(main.getByText('<b>主题</b>').first()).toBeVisible();

    await headerBox(page).fill('异地就医');
    await expect(page.getByRole('option').first()).toContainText('<script>alert("q")</script>');
    expect(await page.locator('main script, [role="listbox"] script, main img, [role="listbox"] img, main b').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  sameInEveryWindow();
  test.use({ javaScriptEnabled: false });

  test('the header box is a plain form that opens /search/?q=', async ({ page }) => {
    await page.goto('/topics/');
    await headerBox(page).fill('异地就医');
    await headerBox(page).press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=%E5%BC%82%E5%9C%B0%E5%B0%B1%E5%8C%BB$/);
    await expect(page.getByRole('heading', { level: 1, name: '搜索' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: /家庭共济/ }).first()).toBeVisible();
  });
});
