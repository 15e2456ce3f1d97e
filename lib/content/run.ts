/**
 * One run of the content step, from a content folder to an output folder: `npm run content` (scripts/build-content.ts),
 * `npm run dev` and the content bench call it. It writes site-data.json (every record: the search index and tests
 * read it), catalog.json, articles/<slug>.json and glossary.json (what the pages read), rates.json (the calculators'
 * rates, rates.ts), search-words.json (the vocabulary the search index is built with, search-words.ts), report.json
 * and report.md. On any error nothing but the report is written, so the previous site data stays.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSite, type BuildResult } from './build';
import { summarize, type SiteData } from './schema';
import { loadContentDir, loadRateFiles } from './load';
import { readGitHistory } from './history';
import { buildRates } from './rates';
import { SEARCH_WORDS_JSON } from './search-words';
import { PROGRESS_FROM_FILES, reportMarkdown } from './report';

export type ContentRun = BuildResult & { seconds: number };

/** Builds one content folder into one output folder. */
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
  // Each article is turned into JSON once, for its own file and for site-data.json: at 10,000 files that is 70 MB
  // not made twice.
  const articleJson = data.articles.map((article) => JSON.stringify(article));
  data.articles.forEach((article, i) => writeFileSync(path.join(fresh, `${article.slug}.json`), articleJson[i] ?? ''));
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
  // Everything but the articles (a key set to undefined is left out).
  const restJson = JSON.stringify({ ...data, articles: undefined });
  writeAtomic(path.join(outDir, 'site-data.json'), `{"articles":[${articleJson.join(',')}]${restJson === '{}' ? '' : `,${restJson.slice(1, -1)}`}}\n`);
}

/** Readers never see a half-written file: write beside it, then rename over it. */
function writeAtomic(file: string, text: string): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file);
}
