import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The project root: scripts run from it. */
export const PROJECT = process.cwd();

// Build output, caches and the previous generated files stay behind; tests, benchmarks and what they measure with
// (lib/eval, which reads the tests' fixtures) and docs are not part of the site.
const NOT_COPIED = new Set(['node_modules', '.next', '.git', 'generated', 'test-results', 'tests', 'docs', '.scratch', 'tsconfig.tsbuildinfo']);
const NOT_COPIED_PATHS = new Set([path.join('public', 'search'), path.join('scripts', 'bench'), path.join('lib', 'eval')]);

/**
 * Copies the project into a new temporary folder and returns it, so a test or a benchmark can build a site
 * from other content while the real content/, generated/ and out/ stay as they are.
 */
export function copyProject(prefix: string): string {
  const to = mkdtempSync(path.join(os.tmpdir(), prefix));
  cpSync(PROJECT, to, {
    recursive: true,
    filter: (source) => {
      const rel = path.relative(PROJECT, source);
      const top = rel.split(path.sep)[0] ?? '';
      return !NOT_COPIED.has(top) && top !== 'out' && !top.startsWith('out.') && !NOT_COPIED_PATHS.has(rel);
    },
  });
  // Turbopack refuses a node_modules symlinked from outside the project root; hard links cost seconds, not copies.
  const linked = spawnSync('cp', ['-al', path.join(PROJECT, 'node_modules'), path.join(to, 'node_modules')], { encoding: 'utf8' });
  if (linked.status !== 0) throw new Error(`could not link node_modules: ${linked.stderr}`);
  return to;
}
