/**
 * `npm run content` (first half): content/*.txt → generated/site-data.json (every record: the search index and
 * tests read it), generated/catalog.json, generated/articles/<slug>.json and generated/glossary.json (what the pages read:
 * every article's summary, each article's full record on its own, and the 医保名词解释 entries), generated/rates.json (the
 * calculators' rates from content/rates/*.yaml, lib/content/rates.ts), generated/search-words.json (the vocabulary the search
 * index is built with: lexicon, synonyms, scope rules; lib/content/search-words.ts), plus generated/report.json and generated/report.md. Every problem of the run is printed together as `file:line: what — fix`; on any error
 * nothing but the report is written (the previous site data stays) and the command exits 1.
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
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSite, type BuildResult } from '@/lib/content/build';
import { summarize, type SiteData } from '@/lib/content/schema';
import { loadContentDir, loadRateFiles } from '@/lib/content/load';
import { readGitHistory } from '@/lib/content/history';
import { buildRates } from '@/lib/content/rates';
import { SEARCH_WORDS_JSON } from '@/lib/content/search-words';
import { ANSI, formatReport, PLAIN, progressBar, PROGRESS_FROM_FILES, reportMarkdown } from '@/lib/content/report';

export type ContentRun = BuildResult & { seconds: number };

/** Builds one content folder into one output folder; the CLI below and the benchmark both call it. */
export function runContentStep(
  contentDir: string,
  outDir: string,
  log: (line: string) => void = () => {},
  progress?: (done: number, total: number) => void,
  options: { strict?: boolean } = {},
): ContentRun {
  const started = performance.now();
  // 本站更新于 / 首次发布 come from the content files' git history, one git call for all of them (lib/content/history.ts).
  const input = { ...loadContentDir(contentDir), strict: options.strict ?? false, history: readGitHistory(contentDir) };
  const many = input.files.length >= PROGRESS_FROM_FILES;
  if (many) log(`Reading ${input.files.length} files from ${contentDir}…`);
  const built = buildSite(input, many ? (progress ?? ((done, total) => log(`  ${done}/${total} files parsed`))) : undefined);
  // The calculators' rates are checked after the pages, as a step of their own: which answers show a calculator depends on them.
  const rates = built.siteData ? buildRates(loadRateFiles(contentDir), built.siteData, input.data.lexicon, new Date().toISOString().slice(0, 10)) : undefined;
  const report = rates ? { ...built.report, errors: [...built.report.errors, ...rates.errors], warnings: [...built.report.warnings, ...rates.warnings] } : built.report;
  const result: BuildResult = { report, ...(built.siteData && rates?.data ? { siteData: built.siteData } : {}) };
  mkdirSync(outDir, { recursive: true });
  writeAtomic(path.join(outDir, 'report.json'), `${JSON.stringify(result.report, null, 2)}\n`);
  writeAtomic(path.join(outDir, 'report.md'), reportMarkdown(result.report, result.siteData));
  if (result.siteData) writeSiteData(result.siteData, outDir);
  if (rates?.data) writeAtomic(path.join(outDir, 'rates.json'), `${JSON.stringify(rates.data)}\n`);
  if (result.siteData && built.searchWords) writeAtomic(path.join(outDir, SEARCH_WORDS_JSON), `${JSON.stringify(built.searchWords)}\n`);
  return { ...result, seconds: (performance.now() - started) / 1000 };
}

/** The articles' own files first, so catalog.json never names an article whose file is not there yet. */
function writeSiteData(data: SiteData, outDir: string): void {
  const articles = path.join(outDir, 'articles');
  const fresh = `${articles}.${process.pid}.tmp`;
  const stale = `${articles}.${process.pid}.old`;
  rmSync(fresh, { recursive: true, force: true });
  mkdirSync(fresh);
  for (const article of data.articles) writeFileSync(path.join(fresh, `${article.slug}.json`), JSON.stringify(article));
  rmSync(stale, { recursive: true, force: true });
  try {
    renameSync(articles, stale);
  } catch {
    // The first run: nothing to move aside.
  }
  renameSync(fresh, articles);
  rmSync(stale, { recursive: true, force: true });
  writeAtomic(path.join(outDir, 'catalog.json'), `${JSON.stringify({ articles: data.articles.map(summarize), topics: data.topics, regions: data.regions })}\n`);
  writeAtomic(path.join(outDir, 'glossary.json'), `${JSON.stringify(data.glossary ?? [])}\n`);
  writeAtomic(path.join(outDir, 'site-data.json'), `${JSON.stringify(data)}\n`);
}

/** Readers never see a half-written file: write beside it, then rename over it. */
function writeAtomic(file: string, text: string): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file);
}

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): void {
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
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) main();
