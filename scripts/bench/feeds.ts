/**
 * Feeds bench: how pages from sources nobody here wrote come out, checked against what a reader should see
 * (lib/eval/feeds.ts says what a folder holds and what is checked).
 *
 *   npx tsx scripts/bench/feeds.ts [--dir FOLDER …] [--verbose]
 */
import { existsSync } from 'node:fs';
import { CHECKS, evaluateFeeds } from '@/lib/eval/feeds';

const dirs = process.argv.flatMap((a, i) => (a === '--dir' && process.argv[i + 1] ? [process.argv[i + 1] as string] : []));
const verbose = process.argv.includes('--verbose');
for (const dir of dirs.length > 0 ? dirs : ['tests/fixtures/feeds-eval/visible'].filter(existsSync)) {
  const { tally, files, stoppedBy } = evaluateFeeds(dir);
  if (stoppedBy.length > 0) console.log(`\n${dir}: THE BUILD STOPPED on ${stoppedBy.join(', ')}; nothing was published. Measured again without ${stoppedBy.length === 1 ? 'it' : 'them'}:`);
  const all = CHECKS.reduce((n, c) => n + tally[c].passed, 0);
  const of = CHECKS.reduce((n, c) => n + tally[c].total, 0);
  console.log(`\n${dir}: ${files.length} files; checks passed ${all}/${of} (${((100 * all) / Math.max(1, of)).toFixed(0)} %); files entirely right ${files.filter((f) => f.passed === f.total).length}/${files.length}`);
  for (const check of CHECKS) if (tally[check].total > 0) console.log(`  ${check.padEnd(16)} ${tally[check].passed}/${tally[check].total}`);
  if (verbose) for (const f of files) if (f.failures.length > 0) console.log(`  ${f.file}: ${f.failures.join(' · ')}`);
}
