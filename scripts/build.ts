/**
 * `npm run build`: the content step, the islands' bundles, then `next build` into a temporary folder, then
 * the finishing touches (scripts/finish-export.ts: runtime and navigation payloads out, CSP in), the service
 * worker (scripts/build-sw.ts), `.br`/`.gz` siblings of the text files (lib/export/precompress.ts), then a
 * swap into `out/`. A failure anywhere leaves the previous `out/` untouched, so a live site is never replaced by a half-built one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { DEFAULT_SITE_URL } from '../lib/core/config';
import { finishedLine } from '../lib/export/finish-export';
import { buildIslands } from './build-islands';
import { buildServiceWorker } from './build-sw';
import { finishExportInParallel } from './finish-export';
import { LEFT_AFTER_FINISHING, precompress } from '../lib/export/precompress';
import { precompressedLine } from './precompress';

const OUT = 'out';
const STAGING = 'out.staging';
const PREVIOUS = 'out.previous';

function step(label: string, command: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } });
  if (result.status !== 0) {
    console.error(`\n✘ ${label} failed; ${existsSync(OUT) ? `the previous ${OUT}/ is left as it was` : `no ${OUT}/ was written`}.`);
    rmSync(STAGING, { recursive: true, force: true });
    process.exit(result.status ?? 1);
  }
}

rmSync(STAGING, { recursive: true, force: true });
if (!process.env.SITE_URL) {
  console.log(`⚠ SITE_URL is not set: canonical, Open Graph, JSON-LD and sitemap URLs will point at ${DEFAULT_SITE_URL} (set SITE_URL=https://your.host to publish).`);
}
step('content', 'npm', ['run', '--silent', 'content']);
console.log('\n▶ islands');
const islands = await buildIslands();
console.log(`Islands: ${islands.files} files, entry ${islands.entry}`);
// next.config.ts sends the export to NEXT_EXPORT_DIR (Next treats a custom distDir as the export folder).
step('next build', 'npx', ['next', 'build'], { NEXT_EXPORT_DIR: STAGING });

console.log(`\n${finishedLine(await finishExportInParallel(STAGING))}`);
// The worker precaches the finished pages, so it is built from them (and before compression, so sw.js is compressed too).
try {
  const sw = await buildServiceWorker(STAGING);
  console.log(`Service worker ${sw.build}: precaches ${sw.files.length} files, ${(sw.gzipBytes / 1024).toFixed(1)} KB gzip; sw.js ${(sw.swBytes / 1024).toFixed(1)} KB gzip.`);
} catch (error) {
  console.error(`\n✘ service worker failed: ${error instanceof Error ? error.message : String(error)}`);
  rmSync(STAGING, { recursive: true, force: true });
  process.exit(1);
}

// The pages and the search index got their siblings while being finished; this is the stylesheet and sw.js.
const compressStarted = performance.now();
console.log(precompressedLine(await precompress(STAGING, { paths: LEFT_AFTER_FINISHING }), (performance.now() - compressStarted) / 1000));

rmSync(PREVIOUS, { recursive: true, force: true });
if (existsSync(OUT)) renameSync(OUT, PREVIOUS);
renameSync(STAGING, OUT);
rmSync(PREVIOUS, { recursive: true, force: true });
console.log(`✔ Site written to ${OUT}/`);
