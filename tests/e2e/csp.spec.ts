import { expect, test } from '@playwright/test';
import { sameInEveryWindow } from './projects';
import { watchViolations } from './watch';

// The policy is in the HTML, and what breaks it is the scripts a page runs: the same in every window.
sameInEveryWindow();

// Every page's policy, and no violation once it has settled: pages.spec.ts.

test('the search island still works under the policy', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/');
  const box = page.getByRole('combobox', { name: '搜索问题' }).first();
  await box.fill('异地就医');
  await expect(page.getByRole('listbox', { name: '搜索建议' }).getByRole('option').first()).toBeVisible();
  expect(await violations()).toEqual([]);
});
