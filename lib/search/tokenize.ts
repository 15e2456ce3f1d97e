/**
 * The one tokenizer. The index build and the browser both call these functions with the
 * same tables, so a query is cut exactly the way the documents were: no second dictionary
 * that could disagree with the first.
 *
 * Chinese is cut into overlapping character bigrams (a lone character stays a unigram);
 * Latin words and numbers stay whole, so `12393`, `13000` and `2024` are single terms.
 */

/** Traditional → simplified, limited at build time to characters the corpus uses. */
export type TradTable = Readonly<Record<string, string>>;

const HAN = /\p{Script=Han}/u;
// A run is either Han characters or ASCII letters/digits; everything else separates runs.
const RUN = /\p{Script=Han}+|[a-z0-9]+/gu;

export function isHan(char: string): boolean {
  return HAN.test(char);
}

/**
 * NFKC folds full-width letters, digits and punctuation to half-width; then lower-case and
 * map traditional characters to simplified ones.
 */
export function normalize(text: string, trad: TradTable): string {
  const folded = text.normalize('NFKC').toLowerCase();
  let out = '';
  for (const char of folded) out += trad[char] ?? char;
  return out;
}

/** `start`: where the run begins in the normalised text, in UTF-16 units. */
export type Run = { kind: 'han' | 'latin'; text: string; start: number };

/** Splits normalised text into Han runs and Latin/number words. */
export function runs(normalized: string): Run[] {
  const found: Run[] = [];
  for (const match of normalized.matchAll(RUN)) {
    const text = match[0];
    found.push({ kind: isHan(text[0] ?? '') ? 'han' : 'latin', text, start: match.index });
  }
  return found;
}

/** Overlapping bigrams of a Han run; a single character is its own term. */
export function hanTerms(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length < 2) return chars;
  const terms: string[] = [];
  for (let i = 0; i + 1 < chars.length; i += 1) terms.push(`${chars[i]}${chars[i + 1]}`);
  return terms;
}

/** The terms of one run, as the index stores them. */
export function runTerms(run: Run): string[] {
  return run.kind === 'han' ? hanTerms(run.text) : [run.text];
}

/** Every term of a text, in order, duplicates kept (the index counts them). */
export function tokenize(text: string, trad: TradTable): string[] {
  return runs(normalize(text, trad)).flatMap(runTerms);
}

/** Single Han characters of a text: indexed for titles only, so one-character queries still find something. */
export function hanUnigrams(text: string, trad: TradTable): string[] {
  return Array.from(normalize(text, trad)).filter(isHan);
}

/* Pinyin terms live in their own namespace so `yidi` the word never collides with 异地's sound. */

/** A pair of adjacent toneless syllables, e.g. `p:yi-di`. */
export function syllablePairTerm(a: string, b: string): string {
  return `p:${a}-${b}`;
}

/** A pair of adjacent syllable initials (first letters), e.g. `i:sy`: what highlighting looks for. */
export function initialPairTerm(a: string, b: string): string {
  return initialsTerm(a + b);
}

/** The initials of one or a few whole words of a title, e.g. `i:syjt` for 生育津贴. */
export function initialsTerm(initials: string): string {
  return `i:${initials}`;
}

export const CONCEPT_PREFIX = 'c:';

/** A concept of the lexicon, by its place in the index's concept list: `c:1f`. */
export function conceptTerm(concept: number): string {
  return `${CONCEPT_PREFIX}${concept.toString(36)}`;
}

/** Terms for a sequence of syllables: adjacent pairs, or the syllable itself when it is alone. */
export function syllableTerms(syllables: readonly string[]): string[] {
  if (syllables.length === 1) return [`p:${syllables[0]}`];
  const terms: string[] = [];
  for (let i = 0; i + 1 < syllables.length; i += 1) terms.push(syllablePairTerm(syllables[i] ?? '', syllables[i + 1] ?? ''));
  return terms;
}

export function initialTerms(syllables: readonly string[]): string[] {
  const initials = syllables.map((s) => s[0] ?? '');
  const terms: string[] = [];
  for (let i = 0; i + 1 < initials.length; i += 1) terms.push(initialPairTerm(initials[i] ?? '', initials[i + 1] ?? ''));
  return terms;
}

/** FNV-1a over UTF-16 code units: cheap, stable, identical in Node and the browser. */
export function hashTerm(term: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < term.length; i += 1) {
    hash ^= term.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
