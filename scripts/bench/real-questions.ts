/**
 * Real questions bench: how search answers questions residents actually asked, judged by theme (lib/eval/real-questions.ts).
 *
 *   npx tsx scripts/bench/real-questions.ts [--set FILE.tsv …] [--answers DIR] [--verbose]
 *
 * Sets are TSV files with the columns of ../shared/real-questions/dev.tsv (question, theme, in_scope); by default
 * that file and tests/fixtures/real-questions/public.tsv.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { evaluationSite, FIXTURES, judge, readSet, SHOWN, type Outcome } from '@/lib/eval/real-questions';
import { searchWords } from '@/lib/search/index/files';
import { openInMemory } from '@/lib/search/index/memory';

const DEFAULT_SETS = ['../shared/real-questions/dev.tsv', `${FIXTURES}/public.tsv`];

function flags(name: string): string[] {
  return process.argv.flatMap((arg, i) => (arg === name && process.argv[i + 1] ? [process.argv[i + 1] as string] : []));
}

const pct = (n: number, of: number) => (of === 0 ? '—' : `${((100 * n) / of).toFixed(0)} % (${n}/${of})`);

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
