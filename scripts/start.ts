/**
 * `npm start`: builds the site when `out/` is missing or older than any source file,
 * then serves `out/` at http://localhost:3000 (PORT overrides).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { serve } from '@/lib/server/static-server';

const SOURCES = ['content', 'app', 'components', 'lib', 'public', 'scripts', 'next.config.ts', 'package-lock.json', 'postcss.config.mjs'];
const SKIP = new Set(['node_modules', 'search']);

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(target)) {
    if (SKIP.has(entry)) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

const marker = path.join('out', 'index.html');
const builtAt = existsSync(marker) ? statSync(marker).mtimeMs : 0;
const sourcesAt = Math.max(...SOURCES.map(newestMtime));

if (builtAt < sourcesAt) {
  console.log(builtAt === 0 ? 'No build yet: building the site …' : 'Sources changed since the last build: rebuilding …');
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

serve({ root: path.resolve('out'), port: Number(process.env.PORT ?? 3000) });
