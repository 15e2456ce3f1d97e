import { expect, test, type Page } from '@playwright/test';
import { sameInEveryWindow } from './projects';

// The policy is in the HTML, and what breaks it is the scripts a page runs: the same in every window.
sameInEveryWindow();

/** Records every CSP violation the page reports, from the first script on. */
async function watchViolations(page: Page) {
  const messages: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) messages.push(m.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () => [...messages, ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations))];
}

// Every page's policy, and no violation once it has settled: pages.spec.ts.

test('the search island still works under the policy', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/');
  const box = page.getByRole('combobox', { name: '搜索问题' }).first();
  await box.fill('异地就医');
  await expect(page.getByRole('listbox', { name: '搜索建议' }).getByRole('option').first()).toBeVisible();
  expect(await violations()).toEqual([]);
});
