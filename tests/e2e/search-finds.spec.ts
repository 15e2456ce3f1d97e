import { expect, test, type Page } from '@playwright/test';
import { sameInEveryWindow } from './projects';

/**
 * What search finds and says, in a real browser against the built site and its real index: typos, pinyin and old
 * names, honest answers to nonsense and to questions outside 医保, and the related state. The engine and its words
 * are the same in every window, so these run once (the phone project); search.spec.ts covers the box and the page
 * at both sizes.
 */
sameInEveryWindow();

/** The header's box: on every page, and the only one outside the home page. */
const headerBox = (page: Page) => page.getByRole('banner').getByRole('combobox', { name: '搜索问题' });

/** Types each query into the header box of a topics page in turn; the first suggestion must name what it expects. */
async function expectFirstSuggestions(page: Page, cases: readonly (readonly [query: string, expected: string])[]) {
  await page.goto('/topics/');
  const box = headerBox(page);
  for (const [query, expected] of cases) {
    await box.fill(query);
    await expect(page.getByRole('option').first(), query).toContainText(expected);
  }
}

test('a result shows the policy year its answer describes, as the topic lists do', async ({ page }) => {
  await page.goto('/');
  await headerBox(page).fill('医保减免是一直能减免吗');
  // The title names no year; the label comes from the answer's newest year (2020).
  await expect(page.getByRole('option', { name: /医保减免是一直能减免吗/ }).first()).toContainText('2020年');
});

test('pinyin, initials, typos and traditional characters find the question', async ({ page }) => {
  await expectFirstSuggestions(page, [
    ['yidi jiuyi', '异地就医'],
    ['syjt', '生育津贴'],
    ['生育金贴', '生育津贴'],
    ['異地就醫備案', '异地就医备案'],
  ]);
});

test('nonsense gets an honest answer, never unrelated results', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('xyzzy')}`);
  const main = page.getByRole('main');
  await expect(main.getByRole('status')).toHaveText('没有找到与“xyzzy”相关的问题');
  await expect(main.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) })).toHaveCount(0);
  await expect(main.getByRole('heading', { level: 2, name: '按主题浏览' })).toBeVisible();

  await headerBox(page).fill('股票怎么买');
  await expect(page.getByText('没有找到与“股票怎么买”相关的问题。')).toBeVisible();
});

test('a question outside medical insurance is told the site answers only 医保 questions', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('养老金怎么算')}`);
  const main = page.getByRole('main');
  await expect(main.getByRole('status')).toHaveText('“养老金怎么算”看起来不是医保方面的问题，本站只解答医保问题');
  await expect(main.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) })).toHaveCount(0);

  await headerBox(page).fill('公积金怎么提取');
  await expect(page.getByText('“公积金怎么提取”看起来不是医保方面的问题，本站只解答医保问题。')).toBeVisible();
  await expect(page.getByText('如果问的是医保，可以换个说法，或按主题找：')).toBeVisible();
});

test('a question about something the site has no answer for names the nearest topics', async ({ page }) => {
  // 门特 (门诊慢特病) is in the lexicon, but no question on the site is about it.
  await page.goto(`/search/?q=${encodeURIComponent('门特怎么申请')}`);
  const main = page.getByRole('main');
  await expect(main.getByRole('status')).toHaveText('没有找到直接相关的问题');
  const near = main.getByRole('region', { name: '和你问的最接近的主题' });
  await expect(near.getByRole('link').first()).toHaveAttribute('href', /\/topics\/[a-z-]+\/$/);

  await headerBox(page).fill('门特怎么申请');
  await expect(page.getByText('没有找到直接相关的问题。')).toBeVisible();
  await expect(page.getByRole('option').first()).toContainText('个问题');
});

test('a long question with no exact answer says so and shows the pages on its theme', async ({ page }) => {
  const question = '家庭共济绑定了以后 家里人看病是先扣谁的钱';
  await page.goto(`/search/?q=${encodeURIComponent(question)}`);
  const main = page.getByRole('main');
  await expect(main.getByRole('status')).toHaveText('没有完全对应的问题，下面是相关内容');
  // Each result is on the theme: its title or its topic label names it.
  const results = main.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
  await expect(results.first()).toContainText('家庭共济');
  await expect(results.nth(1)).toContainText('家庭共济');

  await headerBox(page).fill(question);
  await expect(page.getByText('没有完全对应的问题，下面是相关内容：')).toBeVisible();
  await expect(page.getByRole('option').first()).toContainText('家庭共济');
});

test('a resident’s chatty question is answered like its plain words', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('请问一下 二0二四年灵活就业医保每月交多少钱啊？谢谢')}`);
  const main = page.getByRole('main');
  await expect(main.getByRole('status')).toHaveText(/找到 \d+ 条结果/);
  await expect(main.getByRole('listitem').getByRole('heading', { level: 2 }).first()).toContainText('灵活就业');
});

test('colloquial questions find the answers written in official terms', async ({ page }) => {
  await expectFirstSuggestions(page, [
    ['生二胎单位给钱吗', '生育津贴'],
    ['外地看病回来怎么报', '异地就医'],
    ['打零工的医保一个月交多少', '灵活就业'],
  ]);
});
