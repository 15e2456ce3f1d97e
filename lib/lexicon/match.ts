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
 */

export type MatchableConcept = { readonly id: string; readonly term: string; readonly forms: readonly string[] };

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
 * Every form, folded, and every beginning of one: a form maps to its concept's index, a mere beginning to
 * PREFIX_ONLY. A walk from a place in a text stops at the first slice that is neither, as a trie walk would;
 * one flat Map is built in a fraction of a trie's time, which the browser pays each time search opens.
 */
export type ConceptMatcher = { readonly ids: readonly string[]; readonly prefixes: ReadonlyMap<string, number>; readonly formCount: number };

const PREFIX_ONLY = -1;

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
  const state = { prefixes: new Map<string, number>(), formCount: 0 };
  addConcepts(state, concepts, 0, concepts.length);
  return { ids: concepts.map((c) => c.id), prefixes: state.prefixes, formCount: state.formCount };
}

/**
 * The same matcher, built `slice` concepts at a time with `pause()` between slices: the browser's search builds it
 * when it opens, and on a slow phone all of it at once is a long task.
 */
export async function compileMatcherInSteps(concepts: readonly MatchableConcept[], pause: () => Promise<void>, slice = 40): Promise<ConceptMatcher> {
  const state = { prefixes: new Map<string, number>(), formCount: 0 };
  for (let from = 0; from < concepts.length; from += slice) {
    if (from > 0) await pause();
    addConcepts(state, concepts, from, Math.min(concepts.length, from + slice));
  }
  return { ids: concepts.map((c) => c.id), prefixes: state.prefixes, formCount: state.formCount };
}

function addConcepts(state: { prefixes: Map<string, number>; formCount: number }, concepts: readonly MatchableConcept[], from: number, to: number): void {
  const { prefixes } = state;
  for (let index = from; index < to; index++) {
    const c = concepts[index];
    if (!c) continue;
    for (const raw of [c.term, ...c.forms]) {
      const form = foldText(raw.trim());
      if (form === '') continue;
      for (let end = 1; end < form.length; end++) {
        const prefix = form.slice(0, end);
        if (!prefixes.has(prefix)) prefixes.set(prefix, PREFIX_ONLY);
      }
      // The first concept to claim a form keeps it; the loader reports a form claimed twice.
      const claimed = prefixes.get(form);
      if (claimed === undefined || claimed === PREFIX_ONLY) {
        prefixes.set(form, index);
        state.formCount++;
      }
    }
  }
}

/** Calls `visit` with the concept and end of every form that begins at `start` of a folded text, shortest first. */
export function formsAt(matcher: ConceptMatcher, text: string, start: number, visit: (concept: number, end: number) => void): void {
  for (let end = start + 1; end <= text.length; end++) {
    const found = matcher.prefixes.get(text.slice(start, end));
    if (found === undefined) return;
    if (found !== PREFIX_ONLY) visit(found, end);
  }
}

export function findConcepts(matcher: ConceptMatcher, text: string): ConceptHit[] {
  const folded = foldText(text);
  const candidates: ConceptHit[] = [];
  for (let start = 0; start < folded.length; start++) {
    formsAt(matcher, folded, start, (concept, end) => {
      const form = folded.slice(start, end);
      if (standsAlone(folded, start, end, form)) candidates.push({ concept, id: matcher.ids[concept] ?? '', form, start, end });
    });
  }
  if (candidates.length < 2) return candidates;
  // Longest first, then earliest; a hit is kept when none of its characters is taken yet.
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(folded.length);
  const kept: ConceptHit[] = [];
  for (const hit of candidates) {
    let free = true;
    for (let i = hit.start; i < hit.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, hit.start, hit.end);
    kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Latin forms (DRG, 12393) must not be cut out of a longer Latin word or number. */
function standsAlone(text: string, start: number, end: number, form: string): boolean {
  if (isLatin(form[0]) && isLatin(text[start - 1])) return false;
  if (isLatin(form[form.length - 1]) && isLatin(text[end])) return false;
  return true;
}

/** How many times each concept occurs, by concept index. */
export function conceptCounts(matcher: ConceptMatcher, text: string): Map<number, number> {
  const counts = new Map<number, number>();
  for (const hit of findConcepts(matcher, text)) counts.set(hit.concept, (counts.get(hit.concept) ?? 0) + 1);
  return counts;
}
