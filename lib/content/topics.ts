import { z } from 'zod';
import type { Lexicon } from '../lexicon/lexicon';
import { compileMatcher, findConcepts, type ConceptMatcher } from '../lexicon/match';
import { compilePattern } from '@/lib/core/data-file';
import { fail, ok, type Problem, type Result } from '@/lib/core/problems';
import { slugSchema } from './schema';

/**
 * `content/topics.yaml`: the site's topics — slug, name, description — and, optionally, `phrasings`: ways of
 * asking that point at a topic without naming any insurance word (交多少, 怎么查, 在…用吗). The words themselves
 * live in the lexicon: a concept's `topics` say where a question naming it belongs.
 */
export const topicsFileSchema = z
  .array(
    z
      .object({
        slug: slugSchema,
        name: z.string().min(1),
        description: z.string().min(1),
        phrasings: z.array(z.string().min(1)).optional(),
        /** A featured topic leads the header, the home page and topic lists, in the file's order. */
        featured: z.boolean().optional(),
        /** A search offered as an example (the search page's 大家常搜, the hint when nothing is found); featured topics only. */
        search_example: z.string().trim().min(1).optional(),
      })
      .strict()
      .refine((t) => !t.search_example || t.featured, { message: 'only a featured topic has a search_example', path: ['search_example'] }),
  )
  .min(1)
  .refine((topics) => new Set(topics.map((t) => t.slug)).size === topics.length, 'topic slugs must be unique');
export type TopicsFile = z.infer<typeof topicsFileSchema>;

export type TopicRule = { slug: string; name: string; description: string; phrasings: RegExp[]; featured?: true; searchExample?: string };

export type TopicRules = {
  topics: TopicRule[];
  matcher: ConceptMatcher;
  /** By concept index: the topics a concept belongs to. */
  conceptTopics: readonly (readonly string[])[];
};

export function compileTopics(file: string, data: TopicsFile, lexicon: Lexicon, matcher: ConceptMatcher = compileMatcher(lexicon.concepts)): Result<TopicRules> {
  const problems: Problem[] = [];
  const topics = data.map((t) => ({
    slug: t.slug,
    name: t.name,
    description: t.description,
    ...(t.featured ? { featured: true as const } : {}),
    ...(t.search_example ? { searchExample: t.search_example } : {}),
    phrasings: (t.phrasings ?? []).flatMap((p) => {
      const r = compilePattern(file, p);
      if (!r.ok) problems.push(...r.problems);
      return r.ok ? [r.value] : [];
    }),
  }));
  if (problems.length > 0) return fail(...problems);
  return ok({ topics, matcher, conceptTopics: lexicon.concepts.map((c) => c.topics) });
}

/**
 * Topics of one question, in the topics file's order: those of the concepts the question names, and those whose
 * phrasings it uses. When the question points nowhere, the answer decides — the topics with the most concept and
 * phrasing hits in it — so a terse question still lands somewhere meaningful. Empty means nothing fits; the
 * caller reports it.
 */
export function assignTopics(rules: TopicRules, question: string, answer: string): string[] {
  const byQuestion = scores(rules, question, false);
  const chosen = byQuestion.size > 0 ? byQuestion : scores(rules, answer, true);
  if (chosen.size === 0) return [];
  const best = byQuestion.size > 0 ? 1 : Math.max(...chosen.values());
  return rules.topics.filter((t) => (chosen.get(t.slug) ?? 0) >= best).map((t) => t.slug);
}

/** Hits per topic in one text; in a question each topic counts once, in an answer every hit counts. */
function scores(rules: TopicRules, text: string, every: boolean): Map<string, number> {
  const score = new Map<string, number>();
  const add = (slug: string, n: number) => score.set(slug, every ? (score.get(slug) ?? 0) + n : 1);
  for (const hit of findConcepts(rules.matcher, text)) for (const slug of rules.conceptTopics[hit.concept] ?? []) add(slug, 1);
  for (const t of rules.topics) {
    const n = every ? countMatches(t.phrasings, text) : t.phrasings.some((p) => p.test(text)) ? 1 : 0;
    if (n > 0) add(t.slug, n);
  }
  return score;
}

function countMatches(patterns: RegExp[], text: string): number {
  let n = 0;
  for (const pattern of patterns) {
    const global = new RegExp(pattern.source, 'gu');
    for (const m of text.matchAll(global)) if (m[0] !== '') n++;
  }
  return n;
}
