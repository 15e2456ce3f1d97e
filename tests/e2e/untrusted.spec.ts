import type { Page } from '@playwright/test';
import { questionPath, regionPath, topicPath } from '@/lib/core/urls';
import { expect, readsFixtureSite, test, type FixtureSite } from './fixture-site';
import { resultTitles } from './page-ready';
import { readSitemap } from './sitemap';

/**
 * A stranger's file full of markup (tests/fixtures/hostile.txt) is part of the fixture site (fixture-site.ts).
 * Everywhere its text appears — question page, excerpt, topic and region lists, search, <title>, meta tags,
 * JSON-LD, sitemap — it must show as plain characters: nothing runs, and no element from the file exists.
 */
readsFixtureSite();


const FULL = '医保卡<script>window.__pwned=1</script>个人账户<img src=x onerror="window.__pwned=2">怎么用';
const EXCERPT = '医保卡<img src=x onerror=window.__pwned=8>余额怎么查';

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'the desktop project is enough');
});

type Slugs = { full: string; excerpt: string; topic: string; region?: string };

function hostilePages({ data }: FixtureSite): Slugs {
  const full = data.articles.find((a) => a.question === FULL);
  const excerpt = data.articles.find((a) => a.question === EXCERPT);
  if (!full || !excerpt) throw new Error('the hostile file did not become a full article and an excerpt');
  return { full: full.slug, excerpt: excerpt.slug, topic: full.topics[0] ?? '', region: full.regions[0] };
}

/** Nothing from the file ran, and none of its markup became an element. */
async function expectInert(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  const planted = await page.evaluate(() => ({
    // Next's own payload scripts and the JSON-LD carry the text as string data; a planted script would be the code itself.
    scripts: [...document.scripts].filter((s) => s.textContent?.trim().startsWith('window.__pwned')).length,
    onerror: document.querySelectorAll('[onerror]').length,
    javascriptLinks: document.querySelectorAll('a[href^="javascript:" i], iframe').length,
    bold: [...document.querySelectorAll('b')].filter((b) => b.textContent === '标签').length,
  }));
  expect(planted).toEqual({ scripts: 0, onerror: 0, javascriptLinks: 0, bold: 0 });
}

test('the question page shows the markup as text, in the page, the title, meta tags and JSON-LD', async ({ page, fixtureSite: site }) => {
  const { base } = site;
  const slugs = hostilePages(site);
  const dialogs: string[] = [];
  page.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message())));
  await page.goto(`${base}${questionPath(slugs.full)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(FULL);
  await expect(page.getByText('<a href="javascript:window.__pwned=6">链接</a></script><script>window.__pwned=7</script>')).toBeVisible();
  await expect(page.getByText("点[这里](javascript:window.__pwned=4)查询 {{constructor.constructor('window.__pwned=5')()}}")).toBeVisible();
  expect(await page.title()).toContain(FULL);
  expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toContain(FULL);
  const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(jsonLd.join('')).not.toContain('</script');
  const headlines = jsonLd.map((text) => JSON.stringify(JSON.parse(text)));
  expect(headlines.some((text) => text.includes('<script>window.__pwned=1</script>'))).toBe(true);
  await expectInert(page);
  expect(dialogs).toEqual([]);
});

test('the excerpt page, and the topic and region lists, show it as text', async ({ page, fixtureSite: site }) => {
  const { base } = site;
  const slugs = hostilePages(site);
  await page.goto(`${base}${questionPath(slugs.excerpt)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(EXCERPT);
  await expect(page.getByText('<script>window.__pwned=9</script>医保卡个人账户余额', { exact: false })).toBeVisible();
  await expectInert(page);
  const lists = [topicPath(slugs.topic), ...(slugs.region ? [regionPath(slugs.region)] : [])];
  for (const list of lists) {
    await page.goto(`${base}${list}`);
    await expect(page.getByRole('link', { name: FULL }).first()).toBeVisible();
    await expectInert(page);
  }
});

test('search results and snippets show it as text', async ({ page, fixtureSite: site }) => {
  const { base } = site;
  await page.goto(`${base}/`);
  const box = page.getByRole('combobox', { name: '搜索问题' }).first();
  await box.fill('医保卡个人账户');
  const options = page.getByRole('listbox', { name: '搜索建议' }).getByRole('option');
  await expect(options.filter({ hasText: '<script>window.__pwned=1</script>' }).first()).toBeVisible();
  await expectInert(page);
  await page.goto(`${base}/search/?q=${encodeURIComponent('余额怎么查')}`);
  await expect(page.getByRole('link', { name: /onerror=window.__pwned=8/ }).first()).toBeVisible();
  await resultTitles(page);
  await expectInert(page);
});

test('the sitemap lists the pages by their ASCII addresses', async ({ request, fixtureSite: site }) => {
  const { base } = site;
  const slugs = hostilePages(site);
  const { parts, urls } = await readSitemap(request, base);
  expect(urls.some((url) => url.endsWith(questionPath(slugs.full)))).toBe(true);
  for (const part of parts) expect(part).not.toContain('<script');
});
