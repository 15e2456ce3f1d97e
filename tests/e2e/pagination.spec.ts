import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { catalogDataSchema } from '@/lib/content/schema';
import { createCatalog, type Catalog } from '@/lib/site/catalog';
import { LIST_PAGE_SIZE, pageCount, pageSlice } from '@/lib/site/pagination';
import { questionPath, regionPath, topicPath } from '@/lib/core/urls';
import { expect, readsFixtureSite, test, type FixtureSite } from './fixture-site';
import { readSitemap } from './sitemap';

/**
 * A site big enough that its topic and region lists run to several pages: the fixture site (fixture-site.ts), whose
 * generated corpus (scripts/generate-corpus.ts) runs the lists long. The reader walks the pages
 * with 下一页 and the page numbers; every question of a list is on exactly one of its pages.
 */
readsFixtureSite();

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'the desktop project is enough');
});

function catalogOf({ root }: FixtureSite): Catalog {
  return createCatalog(catalogDataSchema.parse(JSON.parse(readFileSync(path.join(root, 'generated', 'catalog.json'), 'utf8'))));
}

/** The question links of a listing page's lists (not the header's or the region previews'). */
const listed = (page: Page) => page.getByRole('main').getByRole('region', { name: /^(完整解答|摘要)/ }).getByRole('link');

test('a long topic list is split into pages a reader can walk with 下一页 and the page numbers', async ({ page, fixtureSite }) => {
  const { base } = fixtureSite;
  const site = catalogOf(fixtureSite);
  const topic = [...site.topics()].sort((a, b) => site.topicArticles(b.slug).length - site.topicArticles(a.slug).length)[0];
  if (!topic) throw new Error('no topic');
  const all = site.topicArticles(topic.slug);
  const count = pageCount(all.length);
  expect(count, 'the corpus must give a topic at least three pages').toBeGreaterThanOrEqual(3);

  await page.goto(`${base}${topicPath(topic.slug)}`);
  await expect(listed(page)).toHaveCount(LIST_PAGE_SIZE);
  await expect(listed(page)).toHaveText(pageSlice(all, 1).map((a) => a.question));
  await expect(page.getByText(`共 ${all.length} 个问题，这是第 1/${count} 页`)).toBeVisible();
  const pager = page.getByRole('navigation', { name: '分页' });
  await expect(pager.getByRole('link', { name: '第 1 页' })).toHaveAttribute('aria-current', 'page');
  await expect(pager.getByRole('link', { name: '上一页' })).toHaveCount(0);

  await pager.getByRole('link', { name: '下一页' }).click();
  await expect(page).toHaveURL(`${base}${topicPath(topic.slug, 2)}`);
  await expect(page).toHaveTitle(new RegExp(`^${topic.name}（第 2 页）`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(topic.name);
  await expect(listed(page)).toHaveText(pageSlice(all, 2).map((a) => a.question));
  // Narrowing by region belongs to page 1.
  await expect(page.getByRole('list', { name: '按地区查看' })).toHaveCount(0);

  await pager.getByRole('link', { name: `第 ${count} 页` }).click();
  await expect(page).toHaveURL(`${base}${topicPath(topic.slug, count)}`);
  await expect(listed(page)).toHaveText(pageSlice(all, count).map((a) => a.question));
  await expect(pager.getByRole('link', { name: '下一页' })).toHaveCount(0);
  await pager.getByRole('link', { name: '上一页' }).click();
  await expect(page).toHaveURL(`${base}${topicPath(topic.slug, count - 1)}`);
});

test('page 1 of a topic previews each region and says how many more there are', async ({ page, fixtureSite }) => {
  const { base } = fixtureSite;
  const site = catalogOf(fixtureSite);
  const topic = site.topics().find((t) => site.topicRegionGroups(t.slug).some((g) => g.articles.length > 5));
  if (!topic) throw new Error('no topic with a region of more than five questions');
  const group = site.topicRegionGroups(topic.slug).find((g) => g.articles.length > 5);
  if (!group) throw new Error('unreachable');
  await page.goto(`${base}${topicPath(topic.slug)}`);
  const section = page.getByRole('region', { name: group.region.name, exact: true });
  await expect(section.getByRole('listitem')).toHaveCount(5);
  await expect(section.getByText(`共 ${group.articles.length} 个，这里列出前 5 个`)).toBeVisible();
});

test('a region with many questions paginates too, and every question is on exactly one page', async ({ page, fixtureSite }) => {
  const { base } = fixtureSite;
  const site = catalogOf(fixtureSite);
  const region = [...site.regions()].sort((a, b) => site.regionArticles(b.slug).length - site.regionArticles(a.slug).length)[0];
  if (!region) throw new Error('no region');
  const total = site.regionArticles(region.slug).length;
  const count = pageCount(total);
  expect(count).toBeGreaterThanOrEqual(2);
  const seen: string[] = [];
  await page.goto(`${base}${regionPath(region.slug)}`);
  for (let n = 1; n <= count; n += 1) {
    await expect(page).toHaveURL(`${base}${regionPath(region.slug, n)}`);
    // The footer comes after the list: once it shows, the whole list has arrived.
    await expect(page.getByRole('contentinfo')).toBeVisible();
    const hrefs = await page.getByRole('main').getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    seen.push(...hrefs.filter((href) => href.startsWith('/q/')));
    if (n < count) await page.getByRole('navigation', { name: '分页' }).getByRole('link', { name: '下一页' }).click();
  }
  expect(seen).toHaveLength(total);
  expect([...seen].sort()).toEqual(site.regionArticles(region.slug).map((a) => questionPath(a.slug)).sort());
});

test('the sitemap lists every page of a listing, and pages that do not exist answer 404', async ({ request, fixtureSite }) => {
  const { base } = fixtureSite;
  const site = catalogOf(fixtureSite);
  const topic = site.topics()[0];
  if (!topic) throw new Error('no topic');
  const count = pageCount(site.topicArticles(topic.slug).length);
  const paths = (await readSitemap(request, base)).urls.map((url) => new URL(url).pathname);
  for (let n = 1; n <= count; n += 1) expect(paths).toContain(topicPath(topic.slug, n));
  expect((await request.get(`${base}${topicPath(topic.slug)}page/1/`)).status()).toBe(404);
  expect((await request.get(`${base}${topicPath(topic.slug, count + 1)}`)).status()).toBe(404);
});
