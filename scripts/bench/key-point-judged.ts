/**
 * 要点 bench: the box at the top of a full answer against labels written by hand (lib/eval/key-point.ts says what a
 * folder holds and what the four outcomes mean), one table row per folder.
 *
 *   npx tsx scripts/bench/key-point-judged.ts [--dir FOLDER …] [--verbose]
 */
import { existsSync } from 'node:fs';
import { OUTCOMES, runKeyPointBench } from '@/lib/eval/key-point';

const given = process.argv.flatMap((a, i) => (a === '--dir' && process.argv[i + 1] ? [process.argv[i + 1] as string] : []));
const dirs = given.length > 0 ? given : ['tests/fixtures/key-point-eval/heldout-2026-12-07'].filter((d) => existsSync(d));
const verbose = process.argv.includes('--verbose');
console.log('| set | files | right box | right none | missed | wrong box | right overall |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const dir of dirs) {
  const c = runKeyPointBench(dir);
  if (verbose) {
    for (const m of c.misses) {
      console.log(`  ${m.outcome}: ${m.file} ${m.published ? '' : '(no full page) '}— box: ${m.box ? `${m.box.text} [${m.box.evidence}]` : '—'}; expected: ${m.expected === 'none' ? 'none' : m.expected.join(' | ')}`);
    }
  }
  const pct = (n: number) => `${n} (${((100 * n) / c.files).toFixed(0)} %)`;
  console.log(`| ${dir} | ${c.files} | ${OUTCOMES.map((o) => pct(c[o])).join(' | ')} | ${pct(c['right box'] + c['right none'])} |`);
}
