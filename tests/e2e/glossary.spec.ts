import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';
import { glossaryPath, topicPath } from '@/lib/core/urls';

test('a reader finds 医保名词解释 from the footer, reads a term and goes on to a question that uses it; the page has no accessibility violations', async ({ page }) => {
  // One long page of 150-odd entries, scanned by axe on the load the reader arrives at: a while on a busy 2-core machine.
  test.setTimeout(180_000);
  await page.goto('/');
  await page.getByRole('navigation', { name: '页脚' }).getByRole('link', { name: '医保名词解释' }).click();
  await expect(page).toHaveURL(new RegExp(`${glossaryPath()}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('医保名词解释');
  await expect(page).toHaveTitle(/医保名词解释/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /起付线/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/glossary\/$/);
  // Scanned as it arrives, before the in-page index moves anything: it was a test of its own that loaded the page again.
  expect(await axeViolations(page)).toEqual([]);

  // The in-page index leads to a group; each term has its plain gloss and the names people use for it.
  await page.getByRole('navigation', { name: '按类别查找' }).getByRole('link', { name: /报销与起付线/ }).click();
  await expect(page).toHaveURL(/#group-reimbursement$/);
  const term = page.locator('#deductible');
  await expect(term.getByRole('term')).toHaveText('起付线');
  await expect(term.getByRole('definition').first()).toContainText('先由自己负担');
  await expect(term).toContainText('门槛费');

  const family = page.locator('#family-mutual-aid');
  const question = family.getByRole('link').first();
  const title = (await question.textContent()) ?? '';
  expect(title).toMatch(/共济/);
  await question.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});

test('a topic page names its common terms and links to their explanations', async ({ page }) => {
  await page.goto(topicPath('maternity'));
  await page.getByRole('link', { name: '生育津贴', exact: true }).click();
  await expect(page).toHaveURL(/\/glossary\/#maternity-allowance$/);
  await expect(page.locator('#maternity-allowance')).toContainText('产假工资');
});
