/**
 * `npm run build`: the content step, then `next build` into a temporary folder, then the
 * Content-Security-Policy of every page, then a swap into `out/`. A failure anywhere leaves
 * the previous `out/` untouched, so a live site is never replaced by a half-built one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withContentSecurityPolicy } from '../lib/export/csp';

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

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full);
    else if (entry.name.endsWith('.html')) yield full;
  }
}

rmSync(STAGING, { recursive: true, force: true });
step('content', 'npm', ['run', '--silent', 'content']);
// next.config.ts sends the export to NEXT_EXPORT_DIR (Next treats a custom distDir as the export folder).
step('next build', 'npx', ['next', 'build'], { NEXT_EXPORT_DIR: STAGING });

let pages = 0;
for (const file of htmlFiles(STAGING)) {
  writeFileSync(file, withContentSecurityPolicy(readFileSync(file, 'utf8')));
  pages += 1;
}
console.log(`\nContent-Security-Policy written into ${pages} pages.`);

rmSync(PREVIOUS, { recursive: true, force: true });
if (existsSync(OUT)) renameSync(OUT, PREVIOUS);
renameSync(STAGING, OUT);
rmSync(PREVIOUS, { recursive: true, force: true });
console.log(`✔ Site written to ${OUT}/`);
