/**
 * How search answers questions residents actually asked, judged by theme (`npm run bench -- questions`,
 * scripts/bench/real-questions.ts; tests/unit/search/real-questions.test.ts holds it to a floor).
 *
 * The site searched is content/ plus the real answer pages in tests/fixtures/real-answers/ (the seeds alone have
 * no page on 大病保险 or 门诊慢特病, so a question on them could never be answered). Which themes each page
 * answers is judged by hand in tests/fixtures/real-questions/page-themes.yaml; a question counts as answered
 * when one of the first three results is a page judged to be on its theme. Sets are TSV files with the columns
 * of ../shared/real-questions/dev.tsv (question, theme, in_scope).
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { loadDataFile } from '@/lib/core/load-data-file';
import { buildSite } from '@/lib/content/build';
import { loadContentDir } from '@/lib/content/load';
import type { SearchResult } from '@/lib/search/engine/query';

export const FIXTURES = 'tests/fixtures/real-questions';
/** A question is judged by its first three results. */
export const SHOWN = 3;

export type Question = { question: string; theme: string; inScope: boolean };

export function readSet(file: string): Question[] {
  const [header, ...rows] = readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  const columns = (header ?? '').split('\t');
  const at = (name: string) => {
    const i = columns.indexOf(name);
    if (i < 0) throw new Error(`${file}: no column ${name}`);
    return i;
  };
  const [q, t, s] = [at('question'), at('theme'), at('in_scope')];
  return rows.map((row) => {
    const cells = row.split('\t');
    return { question: cells[q] ?? '', theme: cells[t] ?? '', inScope: cells[s] === 'yes' };
  });
}

const judgmentsSchema = z.object({ pages: z.record(z.string(), z.array(z.string())) });

/** The site the questions are asked of, and the themes each of its pages was judged to answer. */
export function evaluationSite(answersDir: string) {
  const base = loadContentDir('content');
  const extra = existsSync(answersDir) ? loadContentDir(answersDir).files.map((f) => ({ ...f, path: `real-answers/${f.path}` })) : [];
  const { siteData, report } = buildSite({ ...base, files: [...base.files, ...extra] });
  if (!siteData) throw new Error(`the evaluation site does not build: ${report.errors.map((e) => `${e.file}:${e.line} ${e.message}`).join('; ')}`);
  const judged = loadDataFile(`${FIXTURES}/page-themes.yaml`, judgmentsSchema).pages;
  return { siteData, judged };
}

export type Outcome = 'answered' | 'related-on-theme' | 'off-theme' | 'nothing' | 'honest' | 'shown-out-of-scope';

export function judge(q: Question, result: SearchResult, themesOf: (question: string) => string[] | undefined): Outcome {
  const shown = result.hits.slice(0, SHOWN);
  if (!q.inScope) return shown.length === 0 ? 'honest' : 'shown-out-of-scope';
  if (shown.length === 0) return 'nothing';
  const onTheme = shown.some((h) => (themesOf(h.doc.question) ?? []).includes(q.theme));
  if (!onTheme) return 'off-theme';
  return result.closeness === 'close' ? 'answered' : 'related-on-theme';
}
