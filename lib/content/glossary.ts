import { findConcepts } from '../lexicon/match';
import { byteOrder } from '@/lib/core/order';
import type { Rules } from './rules';
import type { Article, GlossaryEntry } from './schema';

/** Questions the 医保名词解释 page links under each concept, at most. */
export const GLOSSARY_LINKS = 6;

/**
 * The lexicon as residents read it: every concept, and the questions whose title (or alternative title) names it —
 * full answers first, then the newest, then the shortest question — at most `GLOSSARY_LINKS` each.
 */
export function buildGlossary(articles: Article[], rules: Rules): GlossaryEntry[] {
  const users = rules.lexicon.concepts.map(() => [] as Article[]);
  for (const a of articles) {
    const seen = new Set<number>();
    for (const title of [a.question, ...a.altTitles]) for (const hit of findConcepts(rules.matcher, title)) seen.add(hit.concept);
    for (const c of seen) users[c]?.push(a);
  }
  const rank = (a: Article, b: Article) =>
    Number(b.kind === 'full') - Number(a.kind === 'full') || byteOrder(b.date ?? '', a.date ?? '') || a.question.length - b.question.length || byteOrder(a.slug, b.slug);
  return rules.lexicon.concepts.map((c, i) => {
    const list = users[i] ?? [];
    const best = list.length <= GLOSSARY_LINKS ? [...list].sort(rank) : topN(list, GLOSSARY_LINKS, rank);
    return { id: c.id, term: c.term, gloss: c.gloss, forms: c.forms, topics: c.topics, questions: best.map((a) => ({ slug: a.slug, question: a.question })), total: list.length };
  });
}

/** The first `n` of `list` in `order`, without sorting a long list whole (医保 is named by most questions). */
function topN<T>(list: T[], n: number, order: (a: T, b: T) => number): T[] {
  const top: T[] = [];
  for (const x of list) {
    if (top.length === n) {
      const last = top[n - 1];
      if (last === undefined || order(x, last) >= 0) continue;
      top.pop();
    }
    let i = top.length;
    while (i > 0 && order(x, top[i - 1] as T) < 0) i--;
    top.splice(i, 0, x);
  }
  return top;
}
