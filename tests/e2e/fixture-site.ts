import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';
import { siteDataSchema, type SiteData } from '@/lib/content/schema';
import { buildProject, copyProject, NEW_FILE, newQuestionFile, PROJECT, serveCopy } from './editor-copy';

/**
 * The fixture site: one copy of the project with everything the site must cope with beyond the seeds — the other
 * feeds' pages (tests/fixtures/feeds/), a stranger's file full of markup (tests/fixtures/hostile.txt), an editor's new
 * file, and a few hundred generated questions so lists run to several pages. It is built once per test run, by the
 * first worker that needs it (the others wait), and each worker serves it once. The specs that read it are the ones
 * that built a site of their own before.
 */
export const CORPUS = 400;

export type FixtureSite = { root: string; base: string; data: SiteData };

/** The run's folder for it, made by global-setup.ts (which playwright.config.ts always runs). */
function runFolder(): string {
  const folder = process.env.FIXTURE_SITE_DIR;
  if (!folder) throw new Error('FIXTURE_SITE_DIR is not set: the fixture site needs tests/e2e/global-setup.ts');
  return folder;
}

async function build(root: string): Promise<void> {
  const content = path.join(root, 'content');
  cpSync(path.join(PROJECT, 'tests/fixtures/feeds'), path.join(content, 'feeds'), { recursive: true });
  copyFileSync(path.join(PROJECT, 'tests/fixtures/hostile.txt'), path.join(content, 'hostile.txt'));
  writeFileSync(path.join(content, NEW_FILE), newQuestionFile());
  // In its own process: the generator reads the region dataset's JSON, which Playwright's loader cannot import.
  const corpus = mkdtempSync(path.join(os.tmpdir(), 'yibao-corpus-'));
  try {
    const generated = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/generate-corpus.ts', String(CORPUS), corpus, '--seeds', path.join(PROJECT, 'content')], {
      cwd: PROJECT,
      encoding: 'utf8',
    });
    if (generated.status !== 0) throw new Error(`generating the corpus failed:\n${generated.stderr}`);
    // Only its pages: the data files it writes beside them are the seeds' own, already in content/.
    mkdirSync(path.join(content, 'corpus'));
    for (const file of readdirSync(corpus)) if (file.endsWith('.txt')) copyFileSync(path.join(corpus, file), path.join(content, 'corpus', file));
  } finally {
    rmSync(corpus, { recursive: true, force: true });
  }
  await buildProject(root);
}

async function waitFor(file: string, failed: string, minutes: number): Promise<string> {
  const until = Date.now() + minutes * 60_000;
  while (Date.now() < until) {
    if (existsSync(failed)) throw new Error(readFileSync(failed, 'utf8'));
    if (existsSync(file)) return readFileSync(file, 'utf8');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the fixture site was not built within ${minutes} minutes`);
}

/** Builds the fixture site if no worker has yet, or waits for the worker that is building it; returns its folder. */
async function builtRoot(): Promise<string> {
  const run = runFolder();
  const ready = path.join(run, 'ready');
  const failed = path.join(run, 'failed');
  try {
    mkdirSync(path.join(run, 'lock'));
  } catch {
    return waitFor(ready, failed, 8);
  }
  const root = copyProject('yibao-fixture-');
  writeFileSync(path.join(run, 'root'), root);
  try {
    await build(root);
  } catch (error) {
    writeFileSync(failed, `the fixture site failed to build (in ${root}):\n${String(error)}`);
    throw error;
  }
  writeFileSync(ready, root);
  return root;
}

/**
 * For the specs that read it: each file's tests run in order in one worker (so one worker serves the site for a
 * file, as when each spec built its own), and a test gets twice the usual time, as its pages are the biggest
 * (lists of fifty questions with their region previews) and the workers share two cores with the build.
 */
export function readsFixtureSite(): void {
  base.describe.configure({ mode: 'default', timeout: 60_000 });
}

export const test = base.extend<object, { fixtureSite: FixtureSite }>({
  fixtureSite: [
    async ({}, use) => {
      const root = await builtRoot();
      const { server, base: url } = await serveCopy(root);
      const data = siteDataSchema.parse(JSON.parse(readFileSync(path.join(root, 'generated', 'site-data.json'), 'utf8')));
      await use({ root, base: url, data });
      server.close();
    },
    // Building takes a minute or two on a quiet 2-core machine, and more while the other worker runs tests.
    { scope: 'worker', timeout: 480_000 },
  ],
});

export { expect } from '@playwright/test';
