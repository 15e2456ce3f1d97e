import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator } from '@playwright/test';
import { siteDataSchema } from '@/lib/content/schema';
import { articleSlug } from '@/lib/content/slug';
import { questionPath, regionPath, topicPath } from '@/lib/core/urls';
import { serve } from '@/lib/server/static-server';
import { readSitemap } from './sitemap';
import { buildProject, copyProject, NEW_FILE, newQuestionFile, PROJECT, QUESTION } from './editor-copy';

/**
 * An editor drops one new file into content/ and builds: with no code change, the question must show up on its own
 * page, its topic and region pages, the home page's recent list, the sitemap and in search. The whole project is
 * copied to a temporary folder first, so the real content/, generated/, public/search/ and out/ are never touched.
 */

/** Every file below a folder, relative to it (Node 20's recursive readdir mis-joins some nested paths). */
function filesUnder(dir: string, sub = ''): string[] {
  return readdirSync(path.join(dir, sub), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(sub, e.name);
    return e.isDirectory() ? filesUnder(dir, rel) : [rel];
  });
}

test('a file dropped into content/ is published everywhere after a build', async ({ page, request }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'builds the whole site once; the desktop project is enough');
  test.setTimeout(180_000);

  const root = copyProject('yibao-publish-');
  let server: ReturnType<typeof serve> | undefined;
  try {
    server = await test.step('add the file to the copy and build it', async () => {
      writeFileSync(path.join(root, 'content', NEW_FILE), newQuestionFile());
      await buildProject(root);
      const started = serve({ root: path.join(root, 'out'), port: 0, host: '127.0.0.1', store: { dataDir: 'memory://' } });
      await new Promise((resolve) => started.once('listening', resolve));
      return started;
    });
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('the copy is not served on a TCP port');
    const base = `http://127.0.0.1:${address.port}`;
    const data = siteDataSchema.parse(JSON.parse(readFileSync(path.join(root, 'generated', 'site-data.json'), 'utf8')));
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
  } finally {
    server?.close();
    rmSync(root, { recursive: true, force: true });
  }
});
