import { byteOrder } from '@/lib/core/order';
import { assemble } from './assemble';
import { newLog } from './build-log';
import { cleanAcrossFiles } from './cross-file';
import type { Draft } from './drafts';
import { finishReport } from './finish-report';
import { mergeSameSummaries } from './fold-same-summaries';
import { takeFullArticles, takeRelatedItems } from './gather';
import { buildGlossary } from './glossary';
import type { BuildInput } from './input';
import { readFiles, type Progress } from './read-files';
import type { Report } from './report-types';
import { loadRules } from './rules';
import type { SiteData } from './schema';
import type { SearchWordsData } from './search-words';

// Scripts and tests import the content step's names from here; each is defined in the file for its job.
export { DATA_FILES, type BuildInput, type SourceFile } from './input';
export type { FileOutcome, LeftOut, Merge, OmittedLine, Report, ScopeNote } from './report-types';
export { loadRules } from './rules';
export { readPage, type Progress } from './read-files';
export { SCOPE_ANSWER_CHARS } from './gather';
export { GLOSSARY_LINKS } from './glossary';

/** `searchWords`: what the search index needs from content/ besides the records (generated/search-words.json). */
export type BuildResult = { siteData?: SiteData; searchWords?: SearchWordsData; report: Report };

/**
 * All content files → checked article records, topics, regions and the glossary, plus the report.
 * Pure: the caller reads the files and writes the result. `siteData` is absent when any error was found.
 *
 * The steps, in order: read every file · take each file's own question (scope, drafts, repeats) · take the
 * related items (scope, repeats) · fold same-summary excerpts · assemble the records · the glossary · the report.
 */
export function buildSite(input: BuildInput, onProgress?: Progress): BuildResult {
  const log = newLog(input.strict ?? false);
  const loaded = loadRules(input.data);
  const rules = loaded.rules && input.history ? { ...loaded.rules, history: input.history } : loaded.rules;
  log.errors.push(...loaded.problems);

  const files = [...input.files].sort((a, b) => byteOrder(a.path, b.path));
  const paths = files.map((f) => f.path);
  const parsed = readFiles(files, log, onProgress);
  if (rules) cleanAcrossFiles(parsed, rules.furniture);
  log.omittedLines = parsed.flatMap((p) => [...p.page.omitted].sort((a, b) => a.line - b.line).map((o) => ({ file: p.file, ...o })));
  if (!rules) return { report: finishReport(files.length, paths, log, undefined, input.history) };

  const groups = new Map<string, Draft>();
  takeFullArticles(parsed, rules, groups, log);
  takeRelatedItems(parsed, rules, groups, log);
  mergeSameSummaries(groups);
  const built = assemble(groups, rules, log);
  if (built) built.siteData.glossary = buildGlossary(built.siteData.articles, rules);

  const named = new Set(log.errors.map((e) => e.file));
  for (const f of paths) {
    if (named.has(f)) log.outcome.set(f, 'error');
    else if (!log.outcome.has(f)) log.outcome.set(f, 'published');
  }
  const report = finishReport(files.length, paths, log, built, input.history);
  if (log.errors.length > 0 || !built) return { report };
  return { siteData: built.siteData, searchWords: rules.searchWords, report };
}
