import { z } from 'zod';
import { compilePattern } from './data-file';
import { fail, ok, type Problem, type Result } from './problems';
import { slugSchema } from './schema';

/** `content/topics.yaml`: the site's topics and the rules that assign them. */
export const topicsFileSchema = z
  .array(
    z
      .object({
        slug: slugSchema,
        name: z.string().min(1),
        description: z.string().min(1),
        match: z.array(z.string().min(1)).min(1),
      })
      .strict(),
  )
  .min(1)
  .refine((topics) => new Set(topics.map((t) => t.slug)).size === topics.length, 'topic slugs must be unique');
export type TopicsFile = z.infer<typeof topicsFileSchema>;

export type TopicRule = { slug: string; name: string; description: string; patterns: RegExp[] };

export function compileTopics(file: string, data: TopicsFile): Result<TopicRule[]> {
  const problems: Problem[] = [];
  const rules = data.map((t) => ({
    slug: t.slug,
    name: t.name,
    description: t.description,
    patterns: t.match.flatMap((p) => {
      const r = compilePattern(file, p);
      if (!r.ok) problems.push(...r.problems);
      return r.ok ? [r.value] : [];
    }),
  }));
  return problems.length > 0 ? fail(...problems) : ok(rules);
}

/**
 * Topics of one question, in the data file's order: every topic whose patterns hit the question. When none does,
 * the answer decides — the topics with the most pattern hits in it — so a terse question still lands somewhere
 * meaningful. An empty result means no rule fits; the caller reports it.
 */
export function assignTopics(rules: TopicRule[], question: string, answer: string): string[] {
  const byQuestion = rules.filter((t) => t.patterns.some((p) => p.test(question))).map((t) => t.slug);
  if (byQuestion.length > 0) return byQuestion;
  let best = 0;
  const scores = rules.map((t) => {
    const score = t.patterns.reduce((n, p) => n + countMatches(p, answer), 0);
    best = Math.max(best, score);
    return { slug: t.slug, score };
  });
  return best === 0 ? [] : scores.filter((s) => s.score === best).map((s) => s.slug);
}

function countMatches(pattern: RegExp, text: string): number {
  const global = new RegExp(pattern.source, 'gu');
  let n = 0;
  for (const m of text.matchAll(global)) if (m[0] !== '') n++;
  return n;
}
