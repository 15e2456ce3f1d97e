import { expect, type Page } from '@playwright/test';
import { RESULTS_PER_PAGE } from '@/lib/islands/search-page';

/**
 * Waits until every island on the page has started. They start one per task, in page order (lib/islands/start.ts),
 * and the last, in the footer, shows 「清除离线内容」 as it starts: before that, a tap on a control may meet no handler.
 */
export async function islandsStarted(page: Page): Promise<void> {
  await expect(page.getByRole('contentinfo').getByRole('button', { name: '清除离线内容' })).toBeVisible();
}

/** How many results the search page's status says it found, once it says so. */
export async function resultCount(page: Page): Promise<number> {
  const status = page.getByRole('main').getByRole('status');
  await expect(status).toHaveText(/找到 \d+ 条结果/);
  return Number(/找到 (\d+) 条结果/.exec((await status.textContent()) ?? '')![1]);
}

/**
 * The titles of the results on /search/, once the last of them is painted: they arrive a few per frame
 * (lib/islands/search-page.ts), so this waits for as many as the status counts, up to a page.
 */
export async function resultTitles(page: Page): Promise<string[]> {
  const total = await resultCount(page);
  const titles = page.locator('[data-search-results]').getByRole('heading', { level: 2 });
  await expect(titles).toHaveCount(Math.min(total, RESULTS_PER_PAGE));
  return titles.allTextContents();
}

/**
 * Waits for the last thing a page does by itself: its islands started, and the offline worker active, after which the
 * manifest is linked (lib/islands/service-worker.ts). Not under `serviceWorkers: 'block'`, where that never comes.
 */
export async function pageSettled(page: Page): Promise<void> {
  await islandsStarted(page);
  // The worker waits for the reader's work first, up to 10 s, then for an idle moment.
  await expect(page.locator('link[rel="manifest"]')).toBeAttached({ timeout: 20_000 });
}
