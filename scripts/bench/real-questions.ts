/**
 * Real questions bench: how search answers questions residents actually asked, judged by theme.
 *
 *   npx tsx scripts/bench/real-questions.ts [--set FILE.tsv …] [--answers DIR] [--verbose]
 *
 * The site searched is content/ plus the real answer pages in tests/fixtures/real-answers/ (the seeds alone have
 * no page on 大病保险 or 门诊慢特病, so a question on them could never be answered). Which themes each page
 * answers is judged by hand in tests/fixtures/real-questions/page-themes.yaml; a question counts as answered
 * when one of the first three results is a page judged to be on its theme. Sets are TSV files with the columns
 * of ../shared/real-questions/dev.tsv (question, theme, in_scope).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { loadDataFile } from '@/lib/core/load-data-file';
import { buildSite } from '@/lib/content/build';
import { loadContentDir } from '@/lib/content/load';
import { openInMemory } from '@/lib/search/index/memory';
import type { SearchResult } from '@/lib/search/engine/query';
import { searchWords } from '@/lib/search/index/files';

const FIXTURES = 'tests/fixtures/real-questions';
const DEFAULT_SETS = ['../shared/real-questions/dev.tsv', `${FIXTURES}/public.tsv`];
const SHOWN = 3;

function flags(name: string): string[] {
  return process.argv.flatMap((arg, i) => (arg === name && process.argv[i + 1] ? [process.argv[i + 1] as string] : []));
}

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

const pct = (n: number, of: number) => (of === 0 ? '—' : `${((100 * n) / of).toFixed(0)} % (${n}/${of})`);

async function main() {
  const sets = flags('--set').length > 0 ? flags('--set') : DEFAULT_SETS.filter((f) => existsSync(f));
  const answers = flags('--answers')[0] ?? 'tests/fixtures/real-answers';
  const verbose = process.argv.includes('--verbose');
  const { siteData, judged } = evaluationSite(answers);
  const unjudged = siteData.articles.filter((a) => !(a.question in judged)).map((a) => a.question);
  if (unjudged.length > 0) console.log(`note: ${unjudged.length} pages have no theme judgment (counted as off-theme): ${unjudged.slice(0, 8).join('、')}`);
  const { engine } = await openInMemory(siteData, searchWords());
  const themesOf = (question: string) => judged[question];

  console.log(`site: ${siteData.articles.length} pages (content/ + ${answers})`);
  for (const file of sets) {
    const questions = readSet(file);
    const counts = new Map<Outcome, number>();
    for (const q of questions) {
      const result = await engine.search(q.question, 10);
      const outcome = judge(q, result, themesOf);
      counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
      if (verbose) {
        const titles = result.hits.slice(0, SHOWN).map((h) => `${h.doc.question}${themesOf(h.doc.question)?.includes(q.theme) ? ' ✓' : ''}`);
        console.log(`  ${outcome.padEnd(18)} [${result.closeness}] ${q.question} (${q.theme}) → ${titles.join(' | ') || '—'}`);
      }
    }
    const inScope = questions.filter((q) => q.inScope).length;
    const outOfScope = questions.length - inScope;
    const c = (o: Outcome) => counts.get(o) ?? 0;
    console.log(`\n${path.relative('.', file)}: ${questions.length} questions, ${inScope} in scope`);
    console.log(`  on-theme result in the top ${SHOWN}:      ${pct(c('answered') + c('related-on-theme'), inScope)}`);
    console.log(`    of which as direct answers:      ${pct(c('answered'), inScope)}`);
    console.log(`    of which in the related state:   ${pct(c('related-on-theme'), inScope)}`);
    console.log(`  only off-theme results shown:        ${pct(c('off-theme'), inScope)}`);
    console.log(`  told nothing although in scope:      ${pct(c('nothing'), inScope)}`);
    console.log(`  out of scope answered honestly:      ${pct(c('honest'), outOfScope)}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await main();
