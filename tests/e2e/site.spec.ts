import { expect, test, type Page } from '@playwright/test';
import { axeViolations, COLOUR_RULES } from './axe';
import { isDated } from '@/lib/content/dated';
import { buildYear, HOTLINE } from '@/lib/core/config';
import { questionPath, regionAnchor, topicPath } from '@/lib/core/urls';
import { builtCatalog, samplePages } from '@/lib/eval/sample-pages';
import { readSitemap } from './sitemap';
import { watchErrors } from './watch';

const site = builtCatalog();
const sample = samplePages(site);

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

test('a reader goes home → topic → question → related question → breadcrumb back', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await expect(h1(page)).toHaveText('医保问答');

  const topicsSection = page.getByRole('region', { name: '按主题' });
  await topicsSection.getByRole('link', { name: new RegExp(`^${sample.topic.name}`) }).click();
  await expect(page).toHaveURL(topicPath(sample.topic.slug));
  await expect(h1(page)).toHaveText(sample.topic.name);

  const topicArticles = site.topicArticles(sample.topic.slug);
  const question = topicArticles.find((a) => a.kind === 'full' && site.related(a).length > 0) ?? sample.full;
  await page.goto(topicPath(sample.topic.slug));
  await page.getByRole('region', { name: /完整解答/ }).getByRole('link', { name: question.question, exact: true }).first().click();
  await expect(page).toHaveURL(questionPath(question.slug));
  await expect(h1(page)).toHaveText(question.question);

  const related = site.related(question)[0];
  if (!related) throw new Error('the chosen question has no related questions');
  await page.getByRole('region', { name: '相关问题' }).getByRole('link', { name: related.question, exact: true }).click();
  await expect(page).toHaveURL(questionPath(related.slug));
  await expect(h1(page)).toHaveText(related.question);

  const crumbTopic = site.primaryTopic(related);
  if (!crumbTopic) throw new Error('the related question has no topic');
  const breadcrumbs = page.getByRole('navigation', { name: '面包屑' });
  await expect(breadcrumbs.getByRole('link')).toHaveText(['首页', crumbTopic.name]);
  await breadcrumbs.getByRole('link', { name: crumbTopic.name }).click();
  await expect(page).toHaveURL(topicPath(crumbTopic.slug));
  await expect(h1(page)).toHaveText(crumbTopic.name);

  await page.getByRole('navigation', { name: '面包屑' }).getByRole('link', { name: '首页' }).click();
  await expect(h1(page)).toHaveText('医保问答');
  expect(errors).toEqual([]);
});

test('the accessibility check fails on a page that breaks its rules', async ({ page }) => {
  // The scans above pass only because the pages are right: the same check on known faults names each of them.
  await page.setContent('<!doctype html><html><body><main><img src="data:,"><input type="text"><p style="color:#ccc;background:#fff">浅灰色的字</p></main></body></html>');
  const found = (await axeViolations(page)).map((violation) => violation.split(':')[0]);
  expect(found).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt', 'label', 'color-contrast']));
});

test('the colour scan of the second scheme catches text that is faint only in that scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setContent(
    '<!doctype html><html lang="zh"><head><title>深色</title><style>p{color:#111;background:#fff}@media (prefers-color-scheme: dark){p{color:#333;background:#222}}</style></head><body><main><h1>深色</h1><p>只在深色下看不清的字</p></main></body></html>',
  );
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect((await axeViolations(page, undefined, COLOUR_RULES)).map((violation) => violation.split(':')[0])).toEqual(['color-contrast']);
});

// Every page's console errors and axe scans, light and dark: pages.spec.ts.

test('a question page carries its metadata and parseable JSON-LD of the right types', async ({ page }) => {
  const article = sample.full;
  await page.goto(questionPath(article.slug));
  await expect(page).toHaveTitle(`${article.question} · 医保问答`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('meta[http-equiv="Cache-Control"]')).toHaveAttribute('content', 'no-transform');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/q/${article.slug}/$`));
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', article.question);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S/);

  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const types = blocks
    .flatMap((text): unknown[] => {
      const parsed: unknown = JSON.parse(text);
      return Array.isArray(parsed) ? parsed : [parsed];
    })
    .map((item) => (typeof item === 'object' && item !== null && '@type' in item ? item['@type'] : undefined));
  expect(types).toEqual(['Article', 'BreadcrumbList']);
  expect(blocks.join('')).not.toContain('<');
});

test('a question page shows the answer, the notice beside it, and its topics and regions as links', async ({ page }) => {
  const article = sample.full;
  await page.goto(questionPath(article.slug));
  const notice = page.getByRole('complementary', { name: '请注意' });
  await expect(notice).toContainText('不能代替面诊');
  await expect(notice).toContainText(HOTLINE);
  for (const topic of site.topicsOf(article)) await expect(page.getByRole('main').getByRole('link', { name: topic.name, exact: true }).first()).toBeVisible();
  for (const region of site.regionsOf(article)) await expect(page.getByRole('link', { name: region.name, exact: true })).toBeVisible();
  if (article.sections.length >= 3) {
    const toc = page.getByRole('navigation', { name: '本页目录' });
    await expect(toc.getByRole('link')).toHaveText(article.sections.map((s) => s.title));
  }
  for (const title of article.altTitles) await expect(page.getByRole('region', { name: '也有人这样问' })).toContainText(title);
});

test('an excerpt is labelled a cut-off summary with its source, the full answers on its concepts, and where it was found', async ({ page }) => {
  const excerpt = sample.excerpt;
  await page.goto(questionPath(excerpt.slug));
  await expect(page.getByRole('note').filter({ hasText: '摘要' })).toContainText('截断');
  if (excerpt.source) await expect(page.getByRole('main')).toContainText(`来源：${excerpt.source.name}`);
  const fullAnswers = page.getByRole('region', { name: '完整解答' });
  const onGround = site.fullAnswers(excerpt);
  if (onGround.length > 0) await expect(fullAnswers.getByRole('link')).toHaveText(onGround.map((a) => a.question));
  else await expect(fullAnswers).toContainText('暂时没有完整解答专门讲这个问题');
  // The pages whose related lists carried it are its source, under their own label, never called its answer.
  const foundOn = page.getByRole('region', { name: '这段摘要出现在' });
  await expect(foundOn.getByRole('link')).toHaveText(site.listedBy(excerpt).map((a) => a.question));
  // …and 相关问题 goes on from there instead of naming them again.
  const named = new Set([...onGround, ...site.listedBy(excerpt)].map((a) => a.slug));
  const related = page.getByRole('region', { name: '相关问题' }).getByRole('link');
  await expect(related).toHaveText(site.related(excerpt).filter((a) => !named.has(a.slug)).map((a) => a.question));
});

test('an excerpt no full answer is about points to its topic and says so; the page that listed it is only its source', async ({ page }) => {
  const excerpt = site.articles().find((a) => a.kind === 'excerpt' && a.question === '广州的公费医疗能在佛山用吗');
  test.skip(excerpt === undefined, 'the seeds no longer hold this excerpt');
  if (!excerpt) return;
  await page.goto(questionPath(excerpt.slug));
  const topic = site.primaryTopic(excerpt);
  const fullAnswers = page.getByRole('region', { name: '完整解答' });
  await expect(fullAnswers).toContainText('暂时没有完整解答专门讲这个问题');
  if (topic) await expect(fullAnswers.getByRole('link')).toHaveText(`「${topic.name}」主题`);
  await expect(fullAnswers.getByRole('link', { name: '医保共济缴费扣的是哪里的钱' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: '这段摘要出现在' }).getByRole('link', { name: '医保共济缴费扣的是哪里的钱' })).toBeVisible();
});

test('figures from an earlier year carry a calm notice naming that year', async ({ page }) => {
  const dated = site.articles().find((a) => isDated(a, buildYear()));
  test.skip(dated === undefined, 'no record gives figures for an earlier year');
  if (!dated) return;
  await page.goto(questionPath(dated.slug));
  await expect(page.getByRole('note').filter({ hasText: `${dated.newestYear}年的政策` })).toContainText(HOTLINE);
});

test('a merged question keeps its URL, shows the article and points search engines to it', async ({ page }) => {
  const slug = site.questionSlugs().find((s) => site.questionPage(s)?.alias !== undefined);
  test.skip(slug === undefined, 'no merged question in the records');
  const merged = slug === undefined ? undefined : site.questionPage(slug);
  if (!slug || !merged?.alias) return;
  const response = await page.goto(questionPath(slug));
  expect(response?.status()).toBe(200);
  await expect(h1(page)).toHaveText(merged.article.question);
  await expect(page.getByRole('note').filter({ hasText: merged.alias.question })).toContainText('已合并到本页');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/q/${merged.article.slug}/$`));
});

test('a topic narrows by region without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const group = site.topicRegionGroups(sample.topic.slug)[0];
  await page.goto(topicPath(sample.topic.slug));
  await expect(h1(page)).toHaveText(sample.topic.name);
  if (group) {
    await page.getByRole('list', { name: '按地区查看' }).getByRole('link', { name: new RegExp(`^${group.region.shortName}`) }).click();
    await expect(page).toHaveURL(new RegExp(`#${regionAnchor(group.region.slug)}$`));
    const section = page.getByRole('region', { name: group.region.name, exact: true });
    await expect(section).toBeInViewport();
    await expect(section.getByRole('link')).toContainText(group.articles.map((a) => a.question));
  }
  await page.goto(questionPath(sample.full.slug));
  await expect(h1(page)).toHaveText(sample.full.question);
  await expect(page.getByRole('complementary', { name: '请注意' })).toBeVisible();
  await context.close();
});

test('the first Tab shows a skip link that moves focus to the main content', async ({ page }) => {
  await page.goto(questionPath(sample.full.slug));
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('a printed question keeps the answer and the notice, and drops navigation and search', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto(questionPath(sample.full.slug));
  await expect(h1(page)).toHaveText(sample.full.question);
  await expect(page.getByRole('complementary', { name: '请注意' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '主题' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: '面包屑' })).toBeHidden();
  await expect(page.getByRole('search')).toBeHidden();
  await expect(page.getByText(new RegExp(`/q/${sample.full.slug}/$`))).toBeVisible();
});

test('every URL in the sitemap answers 200, and every built page type is listed', async ({ request, baseURL }) => {
  const { urls } = await readSitemap(request);
  // Home, topics index, each topic, regions index, the glossary, each region, each question, the calculators, 隐私说明.
  expect(urls.length).toBe(2 + site.topics().length + 2 + site.regions().length + site.articles().length + 2);
  for (const url of urls) {
    const { pathname } = new URL(url);
    expect(pathname, 'page paths are ASCII').toMatch(/^[\x21-\x7e]+$/);
    const page = await request.get(new URL(pathname, baseURL).toString());
    expect(page.status(), pathname).toBe(200);
  }
  const robots = await request.get('/robots.txt');
  expect(await robots.text()).toMatch(/Sitemap: \S+\/sitemap\.xml/);
});
