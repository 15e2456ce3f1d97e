import { z } from 'zod';
import type { Lexicon, ScopeStrength } from '../lexicon/lexicon';
import { compileMatcher, findConcepts, type ConceptMatcher } from '../lexicon/match';
import { compilePattern } from '@/lib/core/data-file';
import { fail, ok, type Problem, type Result } from '@/lib/core/problems';

/**
 * Scope — does a question belong on a medical-insurance site? — decided once, here, from evidence:
 *
 * 1. **Exclusion rules** (content/scope.yaml `exclude`) are tested against the question. A rule that matches, and
 *    that none of its `unless` patterns (nor, with `unless_core`, a core concept in the question) rescues, leaves the
 *    question out with the rule's reason. This is how tempting off-topic questions that mention hospitals, money or
 *    社保 are recognised: 去哪家医院好, 公积金, 扣税, 养老金, 贷款, 审核未通过 …
 * 2. **Concept evidence** from the lexicon (content/lexicon.yaml): every concept found in the question and in what
 *    comes with it (a related item's summary, a full article's answer) scores its strength (`core`, `weak`; a
 *    `weak_forms` hit counts as weak) times the place's weight, the question weighing most; each concept counts once
 *    per place, and what comes with the question counts up to a cap, so a long answer cannot outvote its question.
 * 3. The total decides: at least `keep` → kept; at least `borderline` → kept and flagged for an editor; below →
 *    left out as having nothing to do with medical insurance. The weights live in scope.yaml `evidence`.
 *
 * Every decision carries its evidence (concepts found where, the rule that matched or the words that rescued), so
 * the report can say why.
 */

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

type Weights = ScopeFile['evidence'];

export type ExcludeRule = { id: string; reason: string; patterns: RegExp[]; unless: RegExp[]; unlessCore: boolean };

export type ScopeRules = {
  weights: Weights;
  exclude: ExcludeRule[];
  matcher: ConceptMatcher;
  /** By concept index: term and strength, and which folded forms only count as weak. */
  concepts: { id: string; term: string; scope: ScopeStrength; weakForms: Set<string> }[];
};

/** One concept found, where, and how strongly it counted. */
export type ConceptEvidence = { id: string; term: string; form: string; place: 'title' | 'body'; strength: ScopeStrength };

export type ScopeEvidence = {
  concepts: ConceptEvidence[];
  score: number;
  /** The exclusion rule that matched, when one did; `rescued` when an `unless` saved the question from it. */
  rule?: { id: string; matched: string; rescued?: string };
};

export type ScopeVerdict = 'kept' | 'borderline' | 'out';

export type ScopeDecision =
  | { verdict: 'kept' | 'borderline'; kept: true; evidence: ScopeEvidence }
  | { verdict: 'out'; kept: false; rule: string; reason: string; evidence: ScopeEvidence };

/** The reason given when nothing in a question or its text is about medical insurance. */
export const NO_EVIDENCE = { rule: 'not-insurance', reason: '没有医保、社保相关内容' } as const;

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

/** Concepts of one text, each once (its first form), with the strength it counts with. */
export function conceptEvidence(rules: ScopeRules, text: string, place: ConceptEvidence['place']): ConceptEvidence[] {
  const seen = new Set<number>();
  const found: ConceptEvidence[] = [];
  for (const hit of findConcepts(rules.matcher, text)) {
    if (seen.has(hit.concept)) continue;
    seen.add(hit.concept);
    const c = rules.concepts[hit.concept];
    if (!c) continue;
    const strength: ScopeStrength = c.scope === 'core' && c.weakForms.has(hit.form) ? 'weak' : c.scope;
    found.push({ id: c.id, term: c.term, form: hit.form, place, strength });
  }
  return found;
}

/**
 * The decision for one question and the text that comes with it (a summary, an answer; may be empty).
 * Pure and deterministic; the caller says what a decision means for a full article or an excerpt.
 */
export function decideScope(rules: ScopeRules, question: string, body = ''): ScopeDecision {
  const { weights } = rules;
  const inTitle = conceptEvidence(rules, question, 'title');
  const strengthOf = (s: ScopeStrength) => (s === 'core' ? weights.core : s === 'weak' ? weights.weak : 0);

  let rescued: ScopeEvidence['rule'];
  for (const rule of rules.exclude) {
    const hit = firstMatch(rule.patterns, question);
    if (hit === undefined) continue;
    const rescue = firstMatch(rule.unless, question) ?? (rule.unlessCore ? inTitle.find((c) => c.strength === 'core')?.form : undefined);
    if (rescue !== undefined) {
      rescued ??= { id: rule.id, matched: hit, rescued: rescue };
      continue;
    }
    return { verdict: 'out', kept: false, rule: rule.id, reason: rule.reason, evidence: { concepts: inTitle, score: 0, rule: { id: rule.id, matched: hit } } };
  }

  const titleIds = new Set(inTitle.map((c) => c.id));
  const inBody = body === '' ? [] : conceptEvidence(rules, body, 'body').filter((c) => !titleIds.has(c.id));
  const titleScore = inTitle.reduce((n, c) => n + strengthOf(c.strength) * weights.title, 0);
  const bodyScore = Math.min(weights.body_cap, inBody.reduce((n, c) => n + strengthOf(c.strength) * weights.body, 0));
  const evidence: ScopeEvidence = { concepts: [...inTitle, ...inBody], score: titleScore + bodyScore, ...(rescued ? { rule: rescued } : {}) };
  if (evidence.score >= weights.keep) return { verdict: 'kept', kept: true, evidence };
  if (evidence.score >= weights.borderline) return { verdict: 'borderline', kept: true, evidence };
  return { verdict: 'out', kept: false, ...NO_EVIDENCE, evidence };
}

function firstMatch(patterns: RegExp[], text: string): string | undefined {
  for (const p of patterns) {
    const m = p.exec(text);
    if (m) return m[0];
  }
  return undefined;
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
