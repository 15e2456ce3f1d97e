import { expect, test, type Page } from '@playwright/test';
import { searchHref } from '@/lib/search/href';
import { questionPath } from '@/lib/core/urls';
import { layoutShiftSoFar } from './layout-shift';
import { islandsStarted, resultTitles } from './page-ready';
import { samplePages } from '@/lib/eval/sample-pages';
import { sameInEveryWindow } from './projects';
import { scriptRequests } from './watch';

/**
 * Pages are HTML that islands enhance (lib/islands/): no framework runtime, one small script before the
 * reader does anything, the search engine only on intent, and every island usable by mouse, keyboard and touch.
 */

const sample = samplePages();
const searchWithQuery = searchHref('生育津贴');
// The other page types are checked for this on the load pages.spec.ts scans.
const pageTypes = [{ name: 'search, empty', path: '/search/' }];

/** Errors in the console, uncaught exceptions and CSP violations, from the first script on. */
async function watchProblems(page: Page, { expect404 = false } = {}) {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !(expect404 && /status of 404/.test(m.text()))) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return problems;
}

test.describe('what each page loads', () => {
  // Which scripts a page asks for is decided by its HTML and the islands, not by the window.
  sameInEveryWindow();
  for (const { name, path } of pageTypes) {
    test(`${name}: one small island script, no framework runtime, no flight data, nothing of search before intent`, async ({ page }) => {
      const problems = await watchProblems(page, { expect404: name === '404' });
      const scripts = scriptRequests(page);
      const response = await page.goto(path);
      const html = (await response?.text()) ?? '';
      expect(html).not.toMatch(/__next_f|TURBOPACK|\/_next\/static\/chunks\/[^"]+\.js/);
      // Every island has started, so every script the page wants before a touch has been asked for.
      await islandsStarted(page);
      expect(scripts).toHaveLength(1);
      expect(scripts[0]).toMatch(/^\/islands\/main-[A-Z0-9]+\.js$/);
      expect(await page.locator('script:not([src]):not([type="application/ld+json"])').count()).toBe(1);
      expect(problems).toEqual([]);
    });
  }
});

/** Holds back the islands' module, as a slow network does; the page is painted without it. Returns the release. */
async function holdIslands(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/islands\/main-[A-Z0-9]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('/ works before any island has loaded, and the box takes up what was typed once it does', async ({ page }) => {
  const release = await holdIslands(page);
  // The held module keeps DOMContentLoaded from firing: wait for what a reader sees, the box.
  await page.goto('/topics/', { waitUntil: 'commit' });
  const box = page.getByRole('banner').getByRole('combobox', { name: '搜索问题' });
  await expect(box).toBeVisible();
  await expect(page.locator('[data-island-started]')).toHaveCount(0);
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await page.keyboard.type('生育津贴');
  release();
  await expect(page.getByRole('option').first()).toContainText('生育津贴');
});

test('a tap on 长辈模式 before the islands have loaded is carried out once they have', async ({ page }) => {
  const release = await holdIslands(page);
  await page.goto(questionPath(sample.full.slug), { waitUntil: 'commit' });
  const elderSwitch = page.getByRole('button', { name: '长辈模式' });
  await elderSwitch.click();
  await expect(page.locator('[data-island-started]')).toHaveCount(0);
  await expect(elderSwitch).toHaveAttribute('aria-pressed', 'false');
  release();
  await expect(elderSwitch).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-elder', 'on');
  // Once, not again: the island's own handler takes the next tap.
  await elderSwitch.click();
  await expect(elderSwitch).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('html')).not.toHaveAttribute('data-elder', 'on');
});

test('/search/?q= fills results in place: no layout shift, no error, and the status says what came', async ({ page }) => {
  const problems = await watchProblems(page);
  await page.goto(searchWithQuery);
  // Every result painted, and every island started: the footer's control last.
  await resultTitles(page);
  await islandsStarted(page);
  const shift = await layoutShiftSoFar(page);
  expect(shift.total, shift.moved.join('\n')).toBe(0);
  expect(problems).toEqual([]);
});

test('a link to results starts the search worker from the head: its script and meta.json load before the islands, each once', async ({ page }) => {
  const searchFiles: string[] = [];
  page.on('request', (r) => {
    const { pathname } = new URL(r.url());
    if (/^\/islands\/engine-|^\/search\/meta\.json$/.test(pathname)) searchFiles.push(pathname);
  });
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/islands\/main-[A-Z0-9]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(searchWithQuery, { waitUntil: 'commit' });
  // The islands are held back, yet the worker the head script started is already loading the index.
  await expect.poll(() => [...searchFiles].sort()).toEqual([expect.stringMatching(/^\/islands\/engine-[A-Z0-9]+\.js$/), '/search/meta.json']);
  release();
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/找到 \d+ 条结果/);
  expect(searchFiles).toHaveLength(2);
});

test('a search worker that fails to load is said plainly, and 重试 starts a new one', async ({ page }) => {
  const problems = await watchProblems(page);
  let refuse = true;
  await page.route(/\/islands\/engine-[A-Z0-9]+\.js$/, (route) => (refuse ? route.fulfill({ status: 503, body: '' }) : route.continue()));
  await page.goto(searchWithQuery);
  const main = page.getByRole('main');
  await expect(main.getByText('搜索暂时无法使用：搜索程序加载失败。')).toBeVisible();
  refuse = false;
  await main.getByRole('button', { name: '重试' }).click();
  await expect(main.getByRole('status')).toHaveText(/找到 \d+ 条结果/);
  await expect(main.getByText('搜索暂时无法使用')).toBeHidden();
  // The refused script is the browser's own report of a failed load, not the site's.
  expect(problems.filter((p) => !/503|Failed to load/.test(p))).toEqual([]);
});

test.describe('by touch', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('tapping the 长辈模式 switch, a size, the search box and a result works', async ({ page }) => {
    await page.goto(questionPath(sample.full.slug));
    await islandsStarted(page);
    const elderSwitch = page.getByRole('button', { name: '长辈模式' });
    await elderSwitch.tap();
    await expect(elderSwitch).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('radiogroup', { name: '字号' }).getByRole('radio', { name: '特大' }).tap();
    await expect(page.locator('html')).toHaveAttribute('data-size', 'xlarge');

    const box = page.getByRole('banner').getByRole('combobox', { name: '搜索问题' });
    await box.tap();
    await expect(page.getByRole('option').first()).toBeVisible();
    await page.keyboard.type('异地就医');
    // Once no search is outstanding the list stays put under the finger.
    await expect(page.getByRole('banner').getByRole('listbox')).toHaveAttribute('aria-busy', 'false');
    await expect(page.getByRole('option').first()).toContainText('异地就医');
    const title = (await page.getByRole('option').first().locator('span').first().textContent()) ?? '';
    await page.getByRole('option').first().tap();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  });
});
