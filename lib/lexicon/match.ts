/**
 * Finding the lexicon's concepts in a text — pure, with no Node imports, so the content step and the browser's
 * search box use this same code.
 *
 * Contract:
 * - `compileMatcher(concepts)` takes any list of `{ id, term, forms }` (a parsed `Lexicon`'s concepts, or the same
 *   objects read back from JSON in the browser) and returns a `ConceptMatcher`. A concept's term is one of its forms.
 * - `findConcepts(matcher, text)` returns the hits in text order. The longest form wins: of two overlapping forms
 *   the longer one is kept (城乡居民医保 over 居民医保 over 医保), the shorter one is not counted as well; ties
 *   go to the earlier one. A form that begins or ends with a Latin letter or digit (DRG, 12393) only matches where
 *   it is not part of a longer Latin word or number.
 * - Matching ignores Latin case and full-width/half-width differences; `start`/`end` are UTF-16 offsets into the
 *   text as given. Callers that fold more (traditional → simplified) pass text of the same length.
 * - `conceptCounts(matcher, text)` gives each concept's number of hits, for callers that only weigh evidence.
 * - A concept's `contexts` are words that name it only beside others: 外地 is 异地就医 in 外地的合作医疗怎么报销,
 *   where the clause also says 报销, and not in 在外地上班单位给交了医保. Such a word is a form where one of its
 *   `with` words is in the same clause (`clauseHas`), and nowhere else.
 */

/** Words that name a concept only when one of `with` is in the same clause. */
export type ContextForms = { readonly words: readonly string[]; readonly with: readonly string[] };

export type MatchableConcept = { readonly id: string; readonly term: string; readonly forms: readonly string[]; readonly contexts?: readonly ContextForms[] };

export type ConceptHit = {
  /** Index of the concept in the list given to `compileMatcher`. */
  concept: number;
  id: string;
  /** The form as the lexicon writes it (folded), e.g. 门特 for 门诊慢特病. */
  form: string;
  start: number;
  end: number;
};

/**
 * Every form, folded, as a path of UTF-16 units from `root`; a node where a form ends names its concept. A walk from
 * a place in a text follows the text's units and stops at the first with no branch, without making a string: the
 * content step walks every answer of ten thousand files several times, and the browser's search each query.
 */
export type ConceptMatcher = {
  readonly ids: readonly string[];
  readonly root: FormNode;
  readonly formCount: number;
  /** The `with` words (folded) of every context form, by the index a node's `context` names. */
  readonly contexts: readonly (readonly string[])[];
};

export type FormNode = {
  readonly next: Map<number, FormNode>;
  /** The concept whose form ends here, or NO_FORM. */
  concept: number;
  /** For a word that names its concept only in context: the index of its `with` words in `contexts`, or NO_CONTEXT. */
  context: number;
};

const NO_FORM = -1;
const NO_CONTEXT = -1;
const newNode = (): FormNode => ({ next: new Map(), concept: NO_FORM, context: NO_CONTEXT });
type MatcherState = { root: FormNode; formCount: number; contexts: string[][] };

/** Case and width folding, one UTF-16 unit for one, so offsets stay those of the original text. */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  // Full-width ASCII (！ to ～) → ASCII; the ideographic space → a space.
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0).toLowerCase();
  if (code === 0x3000) return ' ';
  return code < 0x80 ? ch.toLowerCase() : ch;
}

/** What `foldChar` changes: Latin capitals, full-width ASCII, the ideographic space. */
const FOLDED_AWAY = /[A-Z\uff01-\uff5e\u3000]/;

export function foldText(text: string): string {
  // Most text (every lexicon form, nearly every answer) has nothing to fold: no new string, character by character.
  if (!FOLDED_AWAY.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i] ?? '');
  return out;
}

const isLatin = (ch: string | undefined) => ch !== undefined && /[a-z0-9]/.test(ch);

export function compileMatcher(concepts: readonly MatchableConcept[]): ConceptMatcher {
  const state: MatcherState = { root: newNode(), formCount: 0, contexts: [] };
  addConcepts(state, concepts, 0, concepts.length);
  return { ids: concepts.map((c) => c.id), ...state };
}

/**
 * The same matcher, built `slice` concepts at a time with `pause()` between slices: the browser's search builds it
 * when it opens, and on a slow phone all of it at once is a long task.
 */
export async function compileMatcherInSteps(concepts: readonly MatchableConcept[], pause: () => Promise<void>, slice = 40): Promise<ConceptMatcher> {
  const state: MatcherState = { root: newNode(), formCount: 0, contexts: [] };
  for (let from = 0; from < concepts.length; from += slice) {
    if (from > 0) await pause();
    addConcepts(state, concepts, from, Math.min(concepts.length, from + slice));
  }
  return { ids: concepts.map((c) => c.id), ...state };
}

function addConcepts(state: MatcherState, concepts: readonly MatchableConcept[], from: number, to: number): void {
  for (let index = from; index < to; index++) {
    const c = concepts[index];
    if (!c) continue;
    for (const raw of [c.term, ...c.forms]) addForm(state, raw, index, NO_CONTEXT);
    for (const { words, with: beside } of c.contexts ?? []) {
      const context = state.contexts.push(beside.map((w) => foldText(w.trim())).filter((w) => w !== '')) - 1;
      for (const raw of words) addForm(state, raw, index, context);
    }
  }
}

function addForm(state: MatcherState, raw: string, concept: number, context: number): void {
  const form = foldText(raw.trim());
  if (form === '') return;
  let node = state.root;
  for (let i = 0; i < form.length; i++) {
    const code = form.charCodeAt(i);
    let next = node.next.get(code);
    if (!next) node.next.set(code, (next = newNode()));
    node = next;
  }
  // The first concept to claim a form keeps it; the loader reports a form claimed twice.
  if (node.concept === NO_FORM) {
    node.concept = concept;
    node.context = context;
    state.formCount++;
  }
}

/** Every form the matcher knows, with its concept's index, in no particular order: for tests and reports. */
export function matcherForms(matcher: ConceptMatcher): Map<string, number> {
  const forms = new Map<string, number>();
  const walk = (node: FormNode, path: string) => {
    if (node.concept !== NO_FORM) forms.set(path, node.concept);
    for (const [code, next] of node.next) walk(next, path + String.fromCharCode(code));
  };
  walk(matcher.root, '');
  return forms;
}

/**
 * Calls `visit` with the concept and end of every form that begins at `start` of a folded text, shortest first; a
 * context word only where its clause has one of its `with` words.
 */
export function formsAt(matcher: ConceptMatcher, text: string, start: number, visit: (concept: number, end: number) => void): void {
  let node: FormNode | undefined = matcher.root;
  for (let end = start; end < text.length; end++) {
    node = node.next.get(text.charCodeAt(end));
    if (node === undefined) return;
    if (node.concept === NO_FORM) continue;
    if (node.context === NO_CONTEXT || clauseHas(text, start, end + 1, matcher.contexts[node.context] ?? [])) visit(node.concept, end + 1);
  }
}

/**
 * What ends a clause in a folded text: sentence and clause punctuation (full-width forms folded to ASCII, 。 and 、
 * kept), line breaks and the spaces a voice keyboard puts between sentences.
 */
const CLAUSE_END = /[。!?;,，\s]/;

/** Whether the clause around [start, end) of a folded text has one of `words` outside that span. */
export function clauseHas(text: string, start: number, end: number, words: readonly string[]): boolean {
  let from = start;
  while (from > 0 && !CLAUSE_END.test(text[from - 1] ?? '')) from--;
  let to = end;
  while (to < text.length && !CLAUSE_END.test(text[to] ?? '')) to++;
  const before = text.slice(from, start);
  const after = text.slice(end, to);
  return words.some((w) => before.includes(w) || after.includes(w));
}

export function findConcepts(matcher: ConceptMatcher, text: string): ConceptHit[] {
  const folded = foldText(text);
  // Flat triples (concept, start, end): a text's candidates run to hundreds, and only the kept ones become objects.
  const candidates: number[] = [];
  for (let start = 0; start < folded.length; start++) {
    formsAt(matcher, folded, start, (concept, end) => {
      if (standsAlone(folded, start, end)) candidates.push(concept, start, end);
    });
  }
  const count = candidates.length / 3;
  const hit = (k: number): ConceptHit => {
    const concept = candidates[k * 3] ?? 0;
    const start = candidates[k * 3 + 1] ?? 0;
    const end = candidates[k * 3 + 2] ?? 0;
    return { concept, id: matcher.ids[concept] ?? '', form: folded.slice(start, end), start, end };
  };
  if (count < 2) return count === 1 ? [hit(0)] : [];
  // Longest first, then earliest; a hit is kept when none of its characters is taken yet.
  const order = Array.from({ length: count }, (_, k) => k);
  const length = (k: number) => (candidates[k * 3 + 2] ?? 0) - (candidates[k * 3 + 1] ?? 0);
  order.sort((a, b) => length(b) - length(a) || (candidates[a * 3 + 1] ?? 0) - (candidates[b * 3 + 1] ?? 0));
  const taken = new Uint8Array(folded.length);
  const kept: number[] = [];
  for (const k of order) {
    const start = candidates[k * 3 + 1] ?? 0;
    const end = candidates[k * 3 + 2] ?? 0;
    let free = true;
    for (let i = start; i < end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, start, end);
    kept.push(k);
  }
  // Candidates were pushed in order of start, so the kept ones' indices sort into text order.
  return kept.sort((a, b) => a - b).map(hit);
}

/** Latin forms (DRG, 12393) must not be cut out of a longer Latin word or number. */
function standsAlone(text: string, start: number, end: number): boolean {
  if (isLatin(text[start]) && isLatin(text[start - 1])) return false;
  if (isLatin(text[end - 1]) && isLatin(text[end])) return false;
  return true;
}

/** How many times each concept occurs, by concept index. */
export function conceptCounts(matcher: ConceptMatcher, text: string): Map<number, number> {
  const counts = new Map<number, number>();
  for (const hit of findConcepts(matcher, text)) counts.set(hit.concept, (counts.get(hit.concept) ?? 0) + 1);
  return counts;
}
