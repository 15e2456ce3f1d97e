import { z } from 'zod';
import { compilePattern } from './data-file';
import { fail, ok, type Problem, type Result } from './problems';

/** `content/scope.yaml`: which questions belong on a medical-insurance site. */
export const scopeFileSchema = z
  .object({
    include: z.array(z.string().min(1)).min(1),
    exclude: z.array(
      z
        .object({
          id: z.string().regex(/^[a-z0-9-]+$/),
          reason: z.string().min(1),
          patterns: z.array(z.string().min(1)).min(1),
          unless: z.array(z.string().min(1)).optional(),
        })
        .strict(),
    ),
  })
  .strict();
export type ScopeFile = z.infer<typeof scopeFileSchema>;

export type ScopeRules = {
  include: RegExp[];
  exclude: { id: string; reason: string; patterns: RegExp[]; unless: RegExp[] }[];
};

export type ScopeDecision = { kept: true } | { kept: false; rule: string; reason: string };

export const OUT_OF_TOPIC = { rule: 'not-insurance', reason: '与医保、社保无关' } as const;

export function compileScope(file: string, data: ScopeFile): Result<ScopeRules> {
  const problems: Problem[] = [];
  const compile = (patterns: string[]) =>
    patterns.flatMap((p) => {
      const r = compilePattern(file, p);
      if (!r.ok) problems.push(...r.problems);
      return r.ok ? [r.value] : [];
    });
  const rules: ScopeRules = {
    include: compile(data.include),
    exclude: data.exclude.map((e) => ({ id: e.id, reason: e.reason, patterns: compile(e.patterns), unless: compile(e.unless ?? []) })),
  };
  return problems.length > 0 ? fail(...problems) : ok(rules);
}

/** Decided on the question alone: an answer may mention anything, the question says what the page is about. */
export function decideScope(rules: ScopeRules, question: string): ScopeDecision {
  for (const rule of rules.exclude) {
    if (rule.patterns.some((p) => p.test(question)) && !rule.unless.some((p) => p.test(question))) {
      return { kept: false, rule: rule.id, reason: rule.reason };
    }
  }
  if (!rules.include.some((p) => p.test(question))) return { kept: false, ...OUT_OF_TOPIC };
  return { kept: true };
}
