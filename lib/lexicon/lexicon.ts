import { z } from 'zod';
import { readDataFileWithLines } from '@/lib/core/data-file';
import { fail, ok, type Problem, type Result } from '@/lib/core/problems';
import { foldText } from './match';

/**
 * `content/lexicon.yaml`: the vocabulary of Chinese medical insurance, decided once. Scope (lib/content/scope.ts),
 * topic assignment (lib/content/topics.ts), the 医保名词解释 page and search expansion all read it.
 *
 * Contract (other modules rely on it; extend, never change):
 * - `parseLexicon(file, text): Result<Lexicon>` — every problem is `file:line: what — fix`, the line being the
 *   line of the concept or form at fault: YAML and schema errors, a repeated `id` or `term`, a form written twice
 *   or claimed by two concepts.
 * - `checkLexiconTopics(lexicon, topicSlugs)` — a topic a concept names that content/topics.yaml does not have,
 *   with its line.
 * - `Lexicon.concepts[]`: `{ id, term, gloss, forms, topics, scope, line }`. `id` is ASCII (the glossary anchor);
 *   when the editor gives none it is derived from the term, stable across edits of other concepts. `forms` never
 *   repeats the term and includes `weakForms` (the file's `weak_forms`: names too loose to decide scope alone,
 *   which count as `weak` evidence whatever the concept's strength). `contexts` (the file's `context_forms`) are
 *   words that name the concept only where their clause also has one of their `with` words (外地 … 报销); they are
 *   in `weakForms`, not in `forms`, since alone they name nothing. `scope` is how strongly the concept marks a question as medical insurance: `core` alone is
 *   enough, `weak` supports other evidence, `none` never counts (see SCOPE_WEIGHT for what the scope step does).
 * - For matching in text use lib/lexicon/match.ts (`compileMatcher(lexicon.concepts)`, `findConcepts`): this file
 *   imports YAML and is for Node; match.ts has no dependencies and runs in the browser.
 */

export const SCOPE_STRENGTHS = ['core', 'weak', 'none'] as const;
export type ScopeStrength = (typeof SCOPE_STRENGTHS)[number];

// An editor may write 12393 unquoted: YAML reads it as a number, and it means the text.
const phrase = z.union([z.string(), z.number().transform(String)]).pipe(z.string().trim().min(1, 'is empty'));

const conceptSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase ASCII words joined by -, e.g. personal-account')
      .optional(),
    term: phrase,
    gloss: z.string().trim().min(1, 'is empty').max(120, 'a gloss is one line of at most 120 characters'),
    forms: z.array(phrase).default([]),
    weak_forms: z.array(phrase).default([]),
    context_forms: z.array(z.object({ words: z.array(phrase).min(1, 'needs at least one word'), with: z.array(phrase).min(1, 'needs at least one word') }).strict()).default([]),
    topics: z.array(phrase).default([]),
    scope: z.enum(SCOPE_STRENGTHS, { message: `must be one of ${SCOPE_STRENGTHS.join(', ')}` }),
  })
  .strict();

export const lexiconFileSchema = z.object({ concepts: z.array(conceptSchema).min(1) }).strict();

export type Concept = {
  id: string;
  term: string;
  gloss: string;
  /** Other ways people write it: colloquial, abbreviated, regional, old names. Never the term itself. */
  forms: string[];
  /** The forms too loose to count for more than `weak` evidence on their own, e.g. 个体户: weak forms and context words. */
  weakForms: string[];
  /** Words that name the concept only beside one of their `with` words in the same clause (lib/lexicon/match.ts). */
  contexts: { words: string[]; with: string[] }[];
  topics: string[];
  scope: ScopeStrength;
  /** Where the concept starts in the file, for messages. */
  line: number;
};

export type Lexicon = { file: string; concepts: Concept[]; formLines: Map<string, number> };

export function parseLexicon(file: string, text: string): Result<Lexicon> {
  const read = readDataFileWithLines(file, text, lexiconFileSchema);
  if (!read.ok) return read;
  const { data, lineOf } = read.value;
  const problems: Problem[] = [];
  const ids = new Map<string, number>();
  const terms = new Map<string, number>();
  // Every folded form (terms included) → the concept that claims it and where.
  const owners = new Map<string, { term: string; line: number }>();
  const formLines = new Map<string, number>();
  const concepts: Concept[] = [];

  data.concepts.forEach((c, i) => {
    const line = lineOf(['concepts', i]);
    const id = c.id ?? derivedId(c.term);
    const seenId = ids.get(id);
    if (seenId !== undefined) {
      problems.push({ file, line, message: `concept id \`${id}\` is already used on line ${seenId}`, fix: 'give this concept another `id`' });
    } else ids.set(id, line);
    const seenTerm = terms.get(c.term);
    if (seenTerm !== undefined) {
      problems.push({ file, line, message: `term \`${c.term}\` is already a concept on line ${seenTerm}`, fix: 'merge the two concepts into one' });
    } else terms.set(c.term, line);

    const forms: string[] = [];
    const claim = (form: string, where: number, isTerm: boolean) => {
      const key = foldText(form);
      const owner = owners.get(key);
      if (owner && owner.term === c.term) {
        problems.push({ file, line: where, message: `\`${form}\` is written twice for \`${c.term}\``, fix: 'delete the repeated form' });
        return false;
      }
      if (owner) {
        problems.push({
          file,
          line: where,
          message: `\`${form}\` ${isTerm ? 'is the term of' : 'is a form of'} \`${c.term}\` and also of \`${owner.term}\` (line ${owner.line})`,
          fix: 'a word means one concept: keep it under the concept people mean by it, delete it from the other',
        });
        return false;
      }
      owners.set(key, { term: c.term, line: where });
      formLines.set(key, where);
      return true;
    };
    claim(c.term, lineOf(['concepts', i, 'term']), true);
    c.forms.forEach((form, k) => {
      if (claim(form, lineOf(['concepts', i, 'forms', k]), false)) forms.push(form);
    });
    const weakForms: string[] = [];
    c.weak_forms.forEach((form, k) => {
      if (claim(form, lineOf(['concepts', i, 'weak_forms', k]), false)) weakForms.push(form);
    });
    const contexts = c.context_forms.map((context, k) => ({
      words: context.words.filter((word, w) => claim(word, lineOf(['concepts', i, 'context_forms', k, 'words', w]), false)),
      with: context.with,
    }));
    concepts.push({
      id,
      term: c.term,
      gloss: c.gloss,
      forms: [...forms, ...weakForms],
      weakForms: [...weakForms, ...contexts.flatMap((context) => context.words)],
      contexts,
      topics: [...new Set(c.topics)],
      scope: c.scope,
      line,
    });
  });
  return problems.length > 0 ? fail(...problems) : ok({ file, concepts, formLines });
}

/** Topics the lexicon names that the topics file does not define. */
export function checkLexiconTopics(lexicon: Lexicon, topicSlugs: ReadonlySet<string>): Problem[] {
  return lexicon.concepts.flatMap((c) =>
    c.topics
      .filter((t) => !topicSlugs.has(t))
      .map((t) => ({
        file: lexicon.file,
        line: c.line,
        message: `concept \`${c.term}\` names unknown topic \`${t}\``,
        fix: `use slugs from content/topics.yaml: ${[...topicSlugs].join(', ')}`,
      })),
  );
}

/** Each concept as a search synonym group: its term first, then its other forms. */
export function synonymGroups(lexicon: Pick<Lexicon, 'concepts'>): string[][] {
  return lexicon.concepts.filter((c) => c.forms.length > 0).map((c) => [c.term, ...c.forms]);
}

/** An id for a concept the editor gave none: `c-` and a short hash of the term (FNV-1a), the same on every build. */
function derivedId(term: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    h ^= term.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `c-${h.toString(36)}`;
}
