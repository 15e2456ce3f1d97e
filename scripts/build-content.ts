/**
 * `npm run content` (first half): content/*.txt → generated/site-data.json (every record: the search index and
 * tests read it), generated/catalog.json, generated/articles/<slug>.json and generated/glossary.json (what the pages read:
 * every article's summary, each article's full record on its own, and the 医保名词解释 entries), generated/rates.json (the
 * calculators' rates from content/rates/*.yaml, lib/content/rates.ts), generated/search-words.json (the vocabulary the search
 * index is built with: lexicon, synonyms, scope rules; lib/content/search-words.ts), plus generated/report.json and generated/report.md. Every problem of the run is printed together as `file:line: what — fix`; on any error
 * nothing but the report is written (the previous site data stays) and the command exits 1. The step itself is
 * lib/content/run.ts.
 *
 * A file with a problem of its own (unreadable, no answer, broken front matter…) is refused: named first in the
 * output and the report, and the rest of the site is written. `--strict` makes it an error.
 *
 *   npx tsx scripts/build-content.ts [--content DIR] [--out DIR] [--strict]
 *
 * A file the scope step finds clearly off-topic is left out with a warning at the top of the output (需要编辑确认)
 * and the rest is written; `--strict` (`npm run content -- --strict`, for an editors' CI) makes it an error.
 *
 * CONTENT_DIR / GENERATED_DIR work too, so tests and benchmarks never touch content/ or generated/.
 */
import path from 'node:path';
import { ANSI, formatReport, PLAIN, progressBar } from '@/lib/content/report';
import { runContentStep } from '@/lib/content/run';

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const contentDir = path.resolve(flag('--content') ?? process.env.CONTENT_DIR ?? 'content');
const outDir = path.resolve(flag('--out') ?? process.env.GENERATED_DIR ?? 'generated');
const style = process.stdout.isTTY && !process.env.NO_COLOR ? ANSI : PLAIN;
// On a terminal the progress is one bar redrawn in place; in a log file, one line per step.
let barDone = 0;
let barTotal = 0;
const bar = process.stderr.isTTY
  ? (done: number, total: number) => {
      barDone = done;
      barTotal = total;
      process.stderr.write(`\r  ${progressBar(done, total)}`);
    }
  : undefined;
const strict = process.argv.includes('--strict');
const run = runContentStep(contentDir, outDir, (line) => console.log(style.dim(line)), bar, { strict });
// The step reports every 1000 files; the bar ends full and on its own line.
if (barTotal > 0) process.stderr.write(`${barDone < barTotal ? `\r  ${progressBar(barTotal, barTotal)}` : ''}\n`);
console.log(formatReport(run.report, style));
console.log(style.dim(`Wrote ${path.relative(process.cwd(), outDir) || '.'}/${run.siteData ? 'site-data.json, catalog.json, articles/, rates.json, search-words.json, ' : ''}report.json, report.md in ${run.seconds.toFixed(2)} s`));
if (!run.siteData) process.exitCode = 1;
