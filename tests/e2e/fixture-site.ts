import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test as base } from '@playwright/test';
import { siteDataSchema, type SiteData } from '@/lib/content/schema';
import { fixtureSiteRoot } from '@/lib/dev/fixture-site';
import { serveCopy } from './editor-copy';

/**
 * The fixture site (lib/dev/fixture-site.ts), served once by each worker for the specs that read it: the ones that
 * built a site of their own before.
 */
export type FixtureSite = { root: string; base: string; data: SiteData };

/** The run's folder for it, made by global-setup.ts (which playwright.config.ts always runs) or by `npm test`. */
function runFolder(): string {
  const folder = process.env.FIXTURE_SITE_DIR;
  if (!folder) throw new Error('FIXTURE_SITE_DIR is not set: the fixture site needs tests/e2e/global-setup.ts');
  return folder;
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
      const root = await fixtureSiteRoot(runFolder());
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
