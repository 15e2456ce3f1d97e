/**
 * Builds the service worker into a finished export: `npx tsx scripts/build-sw.ts DIR` (npm run build does it
 * after the finishing step, so the pages it precaches are the final ones, CSP and all).
 *
 * Serwist's @serwist/build lists the shell and gives each unhashed file a revision; esbuild bundles
 * lib/offline/sw.ts (Serwist's runtime) with that list written in, into DIR/sw.js. The shell is what the home
 * and offline pages load that a reader needs to start: `/`, /offline/, their CSS and the islands' entry, never
 * the whole site and never Next's own runtime. It must stay within SHELL_BUDGET_GZIP, or the build fails.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { getManifest } from '@serwist/build';
import { build } from 'esbuild';
import { feedbackEndpoint } from '../lib/core/config';
import { OFFLINE_PATH, SW_URL } from '../lib/offline/policy';
import { pageAssets } from '../lib/offline/saved-page';

/** Install-time precache, at most (issue 16): a phone on a weak signal pays for all of it before anything else. */
export const SHELL_BUDGET_GZIP = 100 * 1024;

const SHELL_PAGES = ['/', OFFLINE_PATH];

/** Styles and the islands' own scripts: Next's runtime chunks are not part of a page's shell. */
function isShellAsset(file: string): boolean {
  return file.endsWith('.css') || file.startsWith('/islands/main-');
}

export type ShellFile = { url: string; bytes: number; gzipBytes: number };
export type ServiceWorkerBuild = { files: ShellFile[]; gzipBytes: number; build: string; swBytes: number };

/** The shell's files in DIR, as paths relative to it. */
export function shellFiles(dir: string): string[] {
  const files = new Set<string>();
  for (const page of SHELL_PAGES) {
    const html = path.join(page.slice(1), 'index.html');
    files.add(html);
    for (const asset of pageAssets(readFileSync(path.join(dir, html), 'utf8'))) if (isShellAsset(asset)) files.add(asset.slice(1));
  }
  return [...files].sort();
}

export async function buildServiceWorker(dir: string): Promise<ServiceWorkerBuild> {
  const { manifestEntries = [], warnings } = await getManifest({
    globDirectory: dir,
    globPatterns: shellFiles(dir),
    modifyURLPrefix: { '': '/' },
    // Content-hashed names are their own revision.
    dontCacheBustURLsMatching: /^\/?(_next\/static|islands)\//,
  });
  if (warnings.length > 0) throw new Error(`Service worker precache: ${warnings.join('; ')}`);
  const files = manifestEntries.map((entry) => {
    const body = readFileSync(path.join(dir, entry.url.slice(1)));
    return { url: entry.url, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
  });
  const gzipBytes = files.reduce((sum, f) => sum + f.gzipBytes, 0);
  if (gzipBytes > SHELL_BUDGET_GZIP) {
    throw new Error(`The service worker's precache is ${(gzipBytes / 1024).toFixed(1)} KB gzip, over the ${SHELL_BUDGET_GZIP / 1024} KB budget: ${files.map((f) => f.url).join(', ')}`);
  }
  const precache = JSON.stringify(manifestEntries.map(({ url, revision }) => ({ url, revision })));
  // Changes with the shell and with the worker's own code.
  const feedback = JSON.stringify(feedbackEndpoint());
  const hash = createHash('sha256').update(precache).update(feedback);
  for (const file of readdirSync('lib/offline').sort()) hash.update(readFileSync(path.join('lib/offline', file)));
  const id = hash.digest('hex').slice(0, 12);
  const out = path.join(dir, SW_URL.slice(1));
  await build({
    entryPoints: ['lib/offline/sw.ts'],
    outfile: out,
    bundle: true,
    format: 'iife',
    target: ['es2020'],
    minify: true,
    legalComments: 'none',
    define: { __PRECACHE__: precache, __BUILD__: JSON.stringify(id), __FEEDBACK__: feedback, 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  return { files, gzipBytes, build: id, swBytes: gzipSync(readFileSync(out)).length };
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const dir = process.argv[2] ?? 'out';
  const result = await buildServiceWorker(dir);
  console.log(`Service worker ${result.build}: precache ${result.files.length} files, ${(result.gzipBytes / 1024).toFixed(1)} KB gzip; sw.js ${(result.swBytes / 1024).toFixed(1)} KB gzip`);
}
