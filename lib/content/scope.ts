import { z } from 'zod';
import type { Lexicon } from '../lexicon/lexicon';
import { compileMatcher, type ConceptMatcher } from '../lexicon/match';
import type { ConceptEvidence, ScopeEvidence, ScopeRules } from './scope-decision';
import { compilePattern } from '@/lib/core/data-file';
import { fail, ok, type Problem, type Result } from '@/lib/core/problems';

/** The scope rules file (content/scope.yaml) checked and compiled; the decision itself is scope-decision.ts. */

const weight = z.number().nonnegative();

export const scopeFileSchema = z
  .object({
    evidence: z
      .object({
        core: weight,
        weak: weight,
        title: weight,
        body: weight,
        body_cap: weight,
        keep: weight,
        borderline: weight,
      })
      .strict()
      .refine((e) => e.borderline <= e.keep, '`borderline` must not be above `keep`'),
    exclude: z.array(
      z
        .object({
          id: z.string().regex(/^[a-z0-9-]+$/),
          reason: z.string().min(1),
          patterns: z.array(z.string().min(1)).min(1),
          unless: z.array(z.string().min(1)).optional(),
          unless_core: z.boolean().optional(),
        })
        .strict(),
    ),
  })
  .strict();
export type ScopeFile = z.infer<typeof scopeFileSchema>;

export function compileScope(file: string, data: ScopeFile, lexicon: Lexicon, matcher: ConceptMatcher = compileMatcher(lexicon.concepts)): Result<ScopeRules> {
  const problems: Problem[] = [];
  const compile = (patterns: string[]) =>
    patterns.flatMap((p) => {
      const r = compilePattern(file, p);
      if (!r.ok) problems.push(...r.problems);
      return r.ok ? [r.value] : [];
    });
  const rules: ScopeRules = {
    weights: data.evidence,
    exclude: data.exclude.map((e) => ({ id: e.id, reason: e.reason, patterns: compile(e.patterns), unless: compile(e.unless ?? []), unlessCore: e.unless_core ?? false })),
    matcher,
    concepts: lexicon.concepts.map((c) => ({ id: c.id, term: c.term, scope: c.scope, weakForms: new Set(c.weakForms.map((f) => f.toLowerCase())) })),
  };
  return problems.length > 0 ? fail(...problems) : ok(rules);
}

/** One line an editor can read: `标题：门慢（门诊慢特病） · 摘要：统筹（统筹基金）、报销 · 规则 hospital-recommendation：哪家医院`. */
export function describeEvidence(evidence: ScopeEvidence, bodyName = '正文'): string {
  const list = (place: ConceptEvidence['place']) =>
    evidence.concepts
      .filter((c) => c.place === place)
      .map((c) => `${c.form}${c.form === c.term.toLowerCase() ? '' : `（${c.term}）`}${c.strength === 'core' ? '' : c.strength === 'weak' ? '[弱]' : '[不计]'}`)
      .join('、');
  const parts: string[] = [];
  const title = list('title');
  const body = list('body');
  parts.push(`标题：${title || '无'}`);
  if (body) parts.push(`${bodyName}：${body}`);
  if (evidence.rule) parts.push(`规则 ${evidence.rule.id}：${evidence.rule.matched}${evidence.rule.rescued ? `（因“${evidence.rule.rescued}”不适用）` : ''}`);
  parts.push(`得分 ${evidence.score}`);
  return parts.join(' · ');
}
