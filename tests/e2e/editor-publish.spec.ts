import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator } from '@playwright/test';
import { articleSlug } from '@/lib/content/slug';
import { questionPath, regionPath, topicPath } from '@/lib/core/urls';
import { NEW_FILE, PROJECT, QUESTION } from './editor-copy';
import { expect, readsFixtureSite, test } from './fixture-site';
import { readSitemap } from './sitemap';

/**
 * An editor drops one new file into content/ and builds: with no code change, the question must show up on its own
 * page, its topic and region pages, the home page's recent list, the sitemap and in search. The fixture site
 * (fixture-site.ts) is that build: a copy of the project with the editor's file added, so the real content/,
 * generated/, public/search/ and out/ are never touched.
 */
readsFixtureSite();


/** Every file below a folder, relative to it (Node 20's recursive readdir mis-joins some nested paths). */
function filesUnder(dir: string, sub = ''): string[] {
  return readdirSync(path.join(dir, sub), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(sub, e.name);
    return e.isDirectory() ? filesUnder(dir, rel) : [rel];
  });
}

test('a file dropped into content/ is published everywhere after a build', async ({ page, request, fixtureSite }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'the desktop project is enough');
  const { root, base, data } = fixtureSite;
  const article = data.articles.find((a) => a.question === QUESTION);
  expect(article?.slug).toBe(articleSlug(QUESTION));
  const slug = articleSlug(QUESTION);
  const link = (where: Locator) => where.getByRole('link', { name: QUESTION });

  await test.step('its question page', async () => {
    await page.goto(`${base}${questionPath(slug)}`);
    await expect(page.getByRole('heading', { level: 1, name: QUESTION })).toBeVisible();
    await expect(page.getByRole('heading', { name: '办理渠道' })).toBeVisible();
    await expect(page.getByText('备案成功后，在就医地的定点医院可以直接结算。')).toBeVisible();
  });

  await test.step('its topic page (异地就医备案)', async () => {
    await page.goto(`${base}${topicPath('remote-care')}`);
    await expect(link(page.getByRole('main')).first()).toBeVisible();
  });

  await test.step('its region pages (广州, 广东)', async () => {
    for (const region of ['guangzhou', 'guangdong']) {
      await page.goto(`${base}${regionPath(region)}`);
      await expect(link(page.getByRole('main')).first()).toBeVisible();
    }
  });

  await test.step('the home page, first in 最近收录', async () => {
    await page.goto(`${base}/`);
    const recent = page.getByRole('region', { name: '最近收录' });
    await expect(recent.getByRole('link').first()).toHaveText(QUESTION);
  });

  await test.step('the sitemap', async () => {
    const { urls } = await readSitemap(request, base);
    expect(urls.some((url) => url.endsWith(questionPath(slug)))).toBe(true);
  });

  await test.step('search', async () => {
    await page.goto(`${base}/topics/`);
    await page.getByRole('banner').getByRole('combobox', { name: '搜索问题' }).fill('穗好办');
    await expect(page.getByRole('option').first()).toContainText(QUESTION);
  });

  await test.step('the real site was not touched', async () => {
    expect(readFileSync(path.join(PROJECT, 'generated', 'site-data.json'), 'utf8')).not.toContain(QUESTION);
    expect(existsSync(path.join(PROJECT, 'content', NEW_FILE))).toBe(false);
  });
  await test.step('the exported site carries no trace of the dev-only content watcher', async () => {
    const out = path.join(root, 'out');
    const files = filesUnder(out).filter((f) => /\.(js|html|txt)$/.test(f));
    expect(files.length).toBeGreaterThan(10);
    // The banner's words, raw or as a minifier may escape them, and the event stream it listens to.
    const trace = /内容文件有|\\u5185\\u5bb9\\u6587\\u4ef6|text\/event-stream|DEV_EVENTS_PORT/i;
    const traces = files.filter((f) => trace.test(readFileSync(path.join(out, f), 'utf8')));
    expect(traces).toEqual([]);
  });
});
