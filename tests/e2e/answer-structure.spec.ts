import path from 'node:path';
import type { Page } from '@playwright/test';
import type { SiteData } from '@/lib/content/schema';
import { questionPath } from '@/lib/core/urls';
import { axeViolations } from './axe';
import { expect, readsFixtureSite, test, type FixtureSite } from './fixture-site';

/**
 * The pages of other feeds (tests/fixtures/feeds/), as the fixture site publishes them, read on a phone:
 * a wide table scrolls inside its own box and never the page, a keyboard user can reach and scroll it, a screen
 * reader hears its name and column headers, and steps, tips and Q&A headings are what the page offers.
 */
readsFixtureSite();


test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'the phone project is where tables are hard');
});

/** The published page of each feed fixture, by its file name. */
function feedPages(data: SiteData): Map<string, string> {
  const slugOf = new Map<string, string>();
  for (const a of data.articles) {
    const file = a.origins[0]?.file ?? '';
    if (a.kind === 'full' && file.startsWith('feeds/')) slugOf.set(path.basename(file, '.txt'), a.slug);
  }
  return slugOf;
}

async function open(page: Page, { base, data }: FixtureSite, fixture: string) {
  const slug = feedPages(data).get(fixture);
  if (!slug) throw new Error(`${fixture} was not published`);
  await page.goto(`${base}${questionPath(slug)}`);
}

test.describe('a wide table', () => {
  // Known flake, session 16: the emulated phone sometimes drops every ArrowRight on the focused box for five
  // seconds (about 1 run in 10 alone; in a clean-clone CI run the first two attempts failed and the third passed).
  // Not yet explained: the test may run again, and Playwright reports it as flaky rather than hiding it.
  test.describe.configure({ retries: 4 });
  test('a wide table scrolls inside its own box on a 390 px phone, and the page does not', async ({ page, fixtureSite }) => {
    await open(page, fixtureSite, 'table-markdown');
    const region = page.getByRole('region', { name: '缴费档次一览' });
    const table = region.getByRole('table');
    await expect(table.getByRole('columnheader', { name: '月缴费额（元）' })).toBeVisible();
    await expect(table.getByRole('cell', { name: '1797.60' })).toBeAttached();
    const sizes = await region.evaluate((box) => ({ box: box.clientWidth, content: box.scrollWidth, page: document.documentElement.scrollWidth, viewport: window.innerWidth }));
    expect(sizes.content).toBeGreaterThan(sizes.box);
    expect(sizes.page).toBeLessThanOrEqual(sizes.viewport);
    // A keyboard user tabs to the box and scrolls it with the arrow keys. Focusing a box below the fold scrolls the
    // page to it, and a key pressed within that scroll (quicker than any hands) can be lost in the emulated browser:
    // the key is pressed again until the box moves, and it must move. (Not End: on a box that scrolls only sideways it
    // scrolls the page down.)
    await region.focus();
    await expect(region).toBeFocused();
    await expect
      .poll(async () => {
        await page.keyboard.press('ArrowRight');
        return region.evaluate((box) => box.scrollLeft);
      })
      .toBeGreaterThan(0);
    await expect(region).toBeFocused();
  });
});

test('a table is named by its caption and its columns are headers', async ({ page, fixtureSite }) => {
  await open(page, fixtureSite, 'table-tabs');
  const region = page.getByRole('region', { name: '部分省份2025年居民医保个人缴费标准如下' });
  const table = region.getByRole('table', { name: '部分省份2025年居民医保个人缴费标准如下' });
  await expect(table.getByRole('columnheader')).toHaveText(['省份', '个人缴费（元/年）', '财政补助（元/年）', '缴费截止时间']);
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(page.getByRole('table')).toHaveCount(2);
});

test('steps are one numbered list, tips stay on the page as notes, 问 become headings', async ({ page, fixtureSite }) => {
  await open(page, fixtureSite, 'steps');
  const steps = page.locator('.prose-answer ol.answer-steps').first();
  await expect(steps.locator(':scope > li')).toHaveCount(3);
  await expect(steps.locator(':scope > li').nth(1)).toContainText('完成实名认证');
  await expect(page.locator('.prose-answer')).not.toContainText('第一步');

  await open(page, fixtureSite, 'tips');
  const notes = page.getByRole('note');
  await expect(notes.filter({ hasText: '出院时请向医院一并索取发票和费用清单，回参保地就医报销时都要用到。' })).toHaveCount(1);
  await expect(notes.filter({ hasText: '发票抬头须为参保人本人' }).getByRole('listitem')).toHaveCount(3);

  await open(page, fixtureSite, 'qa-pairs');
  await expect(page.getByRole('heading', { level: 2, name: '没有备案就去外地住院怎么办？' })).toBeVisible();
});

for (const fixture of ['table-markdown', 'steps', 'tips', 'numbering']) {
  test(`the ${fixture} page has no accessibility violations`, async ({ page, fixtureSite }) => {
    await open(page, fixtureSite, fixture);
    expect(await axeViolations(page, '.prose-answer')).toEqual([]);
  });
}
