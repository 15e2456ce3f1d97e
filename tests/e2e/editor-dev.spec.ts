import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { articleSlug } from '@/lib/content/slug';
import { questionPath, regionPath, topicPath } from '@/lib/core/urls';
import { copyProject, freePort, NEW_FILE, newQuestionFile, QUESTION } from './editor-copy';

/**
 * `npm run dev` as an editor uses it, on a copy of the project: with the home page open, a new file appears in
 * 最近收录 without a reload and on its question, topic and region pages and in search; a broken file shows the
 * banner naming file and line; fixing it clears the banner; removing the file takes the question away again.
 */

/** How long an editor may wait for a save to show in the open page. */
const UPDATE_WITHIN = 20_000;

test('npm run dev shows added, broken, fixed and removed files in the open browser', async ({ page }, testInfo) => {
  test.setTimeout(180_000);

  const root = copyProject('yibao-dev-');
  const port = await freePort();
  const eventsPort = await freePort();
  const dev = spawn(process.execPath, ['--import', 'tsx', 'scripts/dev.ts', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: root,
    // Its own process group, so the dev server and the Next.js children it starts all stop together.
    detached: true,
    env: { ...process.env, DEV_EVENTS_PORT: String(eventsPort), NO_COLOR: '1', NEXT_TELEMETRY_DISABLED: '1' },
  });
  let log = '';
  dev.stdout.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
  dev.stderr.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
  const file = path.join(root, 'content', NEW_FILE);
  const base = `http://127.0.0.1:${port}`;
  const banner = page.getByRole('alert').filter({ hasText: '内容文件有' });

  try {
    await test.step('the dev server starts', async () => {
      await expect
        .poll(async () => (await fetch(`${base}/`).catch(() => undefined))?.status, { timeout: 90_000, message: `dev server did not answer:\n${log.slice(-2000)}` })
        .toBe(200);
    });

    const recent = page.getByRole('region', { name: '最近收录' });
    await test.step('a new file shows up in the open home page without a reload', async () => {
      await page.goto(`${base}/`);
      await expect(recent.getByRole('link').first()).toBeVisible();
      await expect(recent.getByRole('link', { name: QUESTION })).toHaveCount(0);
      // Mark the page: a full reload would lose the mark, an in-place refresh keeps it.
      await page.evaluate(() => Object.assign(window, { editorStayed: true }));
      const saved = Date.now();
      writeFileSync(file, newQuestionFile());
      await expect(recent.getByRole('link').first()).toHaveText(QUESTION, { timeout: UPDATE_WITHIN });
      testInfo.annotations.push({ type: 'home page updated after', description: `${((Date.now() - saved) / 1000).toFixed(1)} s` });
      expect(await page.evaluate(() => 'editorStayed' in window)).toBe(true);
    });

    await test.step('no service worker in development: an editor always sees the files as they are', async () => {
      await expect(page.locator('[data-island="service-worker"]')).not.toHaveAttribute('data-sw', /./);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    });

    await test.step('its question, topic and region pages and search', async () => {
      await page.goto(`${base}${questionPath(articleSlug(QUESTION))}`);
      await expect(page.getByRole('heading', { level: 1, name: QUESTION })).toBeVisible();
      for (const listing of [topicPath('remote-care'), regionPath('guangzhou'), regionPath('guangdong')]) {
        await page.goto(`${base}${listing}`);
        await expect(page.getByRole('main').getByRole('link', { name: QUESTION }).first()).toBeVisible();
      }
      await page.getByRole('banner').getByRole('combobox', { name: '搜索问题' }).fill('穗好办');
      await expect(page.getByRole('option').first()).toContainText(QUESTION);
    });

    await test.step('a broken file is refused: a banner names file and line, the rest refreshes; fixing it clears the banner', async () => {
      await page.goto(`${base}/`);
      await expect(recent.getByRole('link').first()).toHaveText(QUESTION);
      writeFileSync(file, newQuestionFile('date: 2026-02-30'));
      await expect(banner).toContainText(`${NEW_FILE}:2`, { timeout: UPDATE_WITHIN });
      await expect(banner).toContainText('front-matter date `2026-02-30` is not a calendar date');
      await expect(banner).toContainText('其余内容已更新');
      // One file's problem keeps that file off the site and nothing else.
      await expect(recent.getByRole('link', { name: QUESTION })).toHaveCount(0, { timeout: UPDATE_WITHIN });
      await expect(recent.getByRole('link').first()).toBeVisible();
      writeFileSync(file, newQuestionFile());
      await expect(banner).toHaveCount(0, { timeout: UPDATE_WITHIN });
      await expect(recent.getByRole('link').first()).toHaveText(QUESTION, { timeout: UPDATE_WITHIN });
    });

    await test.step('removing the file takes the question off the open page', async () => {
      rmSync(file);
      await expect(recent.getByRole('link', { name: QUESTION })).toHaveCount(0, { timeout: UPDATE_WITHIN });
    });
  } finally {
    if (dev.pid !== undefined && dev.exitCode === null) {
      const stopped = new Promise((resolve) => {
        dev.once('close', resolve);
        setTimeout(resolve, 10_000);
      });
      process.kill(-dev.pid, 'SIGTERM');
      await stopped;
    }
    rmSync(root, { recursive: true, force: true });
  }
});
