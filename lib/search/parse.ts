import { compileMatcher, compileMatcherInSteps, findConcepts, type ConceptMatcher, type MatchableConcept } from '@/lib/lexicon/match';
import type { SearchMeta } from './format';
import { readingSequences, segmentSyllables, type PinyinTable } from './pinyin';
import { CONTEXT_SPAN, READING_WEIGHT } from './ranking';
import { conceptTerm, initialsTerm, initialTerms, normalize, runs, runTerms, syllableTerms, type Run } from './tokenize';

/**
 * Query parsing: what a query asks for, read every way a resident might have meant it. Pure; the browser
 * and the tests call it with the tables of meta.json. Nothing here fetches or ranks.
 */

/**
 * One thing a slot needs matched: a bigram, a word, a concept or a pinyin word. `terms` are its
 * alternatives (several for a polyphone read more than one way). `mask` is the query's content characters
 * it stands for (bits, see `ParsedQuery.contentMask`); 0 for a position made only of generic words.
 * `span` weighs it: a concept found in 外地看病 stands for the three bigrams it replaces.
 */
export type Position = { terms: string[]; mask: number; span: number };

/**
 * A run of the query (Chinese, a word, a number) as one reading sees it. `phrases`: what the re-ranking
 * looks for in a result's text, every group present (any phrase of it) earning the bonus once.
 */
export type Slot = { text: string; positions: Position[]; phrases: string[][] };

export type ReadingKind = keyof typeof READING_WEIGHT;

/** `fallback`: only tried when the query as typed has a term no document contains (a typo). */
export type Reading = { kind: ReadingKind; weight: number; slots: Slot[]; fallback?: boolean };

/** What to highlight in a result: the matched terms, in every form the query was read. */
export type Matcher = {
  terms: ReadonlySet<string>;
  /**
   * The concepts the query names: the name as typed and all its names. The other names are highlighted where the
   * whole name occurs, in a text without the typed one.
   */
  concepts: readonly { typed: string; names: readonly string[] }[];
  syllablePairs: ReadonlySet<string>;
  initialPairs: ReadonlySet<string>;
};

export type ParsedQuery = {
  normalized: string;
  readings: Reading[];
  matcher: Matcher;
  /**
   * One bit per content character of the query (a character in a word, not part of a generic word); past 31
   * such characters several share a bit. Coverage is the share of these bits a document matches.
   */
  contentMask: number;
  /** The lexicon's concepts the query names, by index in `meta.concepts`. */
  concepts: number[];
};

/** The tables a query is read with, made once per index from meta.json. */
export type Vocabulary = {
  trad: SearchMeta['trad'];
  table: PinyinTable;
  generic: readonly string[];
  filler: readonly string[];
  matcher: ConceptMatcher;
  /** Every form of each concept, normalised, for highlighting and phrase bonuses. */
  forms: readonly (readonly string[])[];
  /** Which concepts the index files under a term of their own (`filedAsConcept`). */
  filed: readonly boolean[];
  /** Words that name a concept only in context (外地 … 报销), normalised: weaker evidence of it than its names. */
  contextWords: ReadonlySet<string>;
};

/**
 * Whether documents naming a concept are filed under its term `c:<index>`: a concept with several names, or with words
 * that name it in context. A concept with one name only is found as the words as typed.
 */
export function filedAsConcept(concept: SearchMeta['concepts'][number]): boolean {
  return concept.forms.length > 1 || (concept.context?.length ?? 0) > 0;
}

/** `matcher`: the concepts' matcher when it is already built (conceptMatcherInSteps). */
export function vocabulary(meta: Pick<SearchMeta, 'trad' | 'concepts' | 'generic'> & { filler?: readonly string[] }, table: PinyinTable, matcher = conceptMatcher(meta.concepts)): Vocabulary {
  return {
    trad: meta.trad,
    table,
    // Longest first, so 怎么办 is found before 怎么.
    generic: [...meta.generic].sort((a, b) => b.length - a.length),
    filler: meta.filler ?? [],
    matcher,
    forms: meta.concepts.map((c) => c.forms),
    filed: meta.concepts.map(filedAsConcept),
    contextWords: new Set(meta.concepts.flatMap((c) => (c.context ?? []).flatMap((context) => context.words))),
  };
}

/** The matcher for the index's concepts, at build and in the browser; a concept is known by its place in the list. */
export function conceptMatcher(concepts: SearchMeta['concepts']): ConceptMatcher {
  return compileMatcher(matchable(concepts));
}

/** The same matcher, a slice of concepts per step with `pause()` between (the browser, as search opens). */
export function conceptMatcherInSteps(concepts: SearchMeta['concepts'], pause: () => Promise<void>): Promise<ConceptMatcher> {
  return compileMatcherInSteps(matchable(concepts), pause);
}

function matchable(concepts: SearchMeta['concepts']): MatchableConcept[] {
  return concepts.map((c, i) => ({ id: String(i), term: c.forms[0] ?? '', forms: c.forms.slice(1), ...(c.context ? { contexts: c.context } : {}) }));
}

const BITS = 31;
// Wordings of a run with concepts in it, for the phrase bonus: a few concepts of a dozen names each stay cheap.
const MAX_WORDINGS = 200;

/** Reads a query as typed, through the lexicon, as pinyin (full or initials) and as a pinyin-input typo. */
export function parseQuery(query: string, vocab: Vocabulary): ParsedQuery {
  const normalized = normalize(query, vocab.trad).trim();
  const literalRuns = runs(normalized);
  const readings: Reading[] = [];
  const terms = new Set<string>();
  const syllablePairs = new Set<string>();
  const initialPairs = new Set<string>();
  const concepts: { typed: string; names: readonly string[] }[] = [];
  const matcher = { terms, concepts, syllablePairs, initialPairs };
  const { bitOf, contentMask } = contentBits(normalized, literalRuns, genericOffsets(normalized, vocab.generic));
  const maskOf = (from: number, to: number) => {
    let mask = 0;
    for (let at = from; at < to; at += 1) mask |= bitOf[at] ?? 0;
    return mask;
  };
  const parsed: ParsedQuery = { normalized, readings, matcher, contentMask, concepts: [] };
  if (literalRuns.length === 0) return parsed;

  const literalSlots = literalRuns.map((run) => literalSlot(run, maskOf));
  literalSlots.forEach((slot) => slot.positions.forEach((p) => p.terms.forEach((t) => terms.add(t))));
  readings.push({ kind: 'literal', weight: READING_WEIGHT.literal, slots: literalSlots });

  // The lexicon: 外地看病 is 异地就医, and 异地就医 also finds answers that say 外地看病.
  const found = findConcepts(vocab.matcher, normalized);
  parsed.concepts = [...new Set(found.map((h) => h.concept))];
  // A concept with one name only is the words as typed; the index files only concepts with several.
  const hits = found.filter((h) => vocab.filed[h.concept] === true);
  if (hits.length > 0) {
    for (const hit of hits) concepts.push({ typed: normalized.slice(hit.start, hit.end), names: vocab.forms[hit.concept] ?? [] });
    const slots = literalRuns.map((run, i): Slot => {
      const inRun = hits.filter((h) => h.start >= run.start && h.end <= run.start + run.text.length);
      if (inRun.length === 0) return literalSlots[i] ?? literalSlot(run, maskOf);
      const positions: Position[] = [];
      // The run with each concept written every way it can be: the exact phrases the re-ranking looks for.
      let wordings = [''];
      const extend = (parts: readonly string[]) => {
        wordings = wordings.flatMap((w) => parts.map((p) => w + p)).slice(0, MAX_WORDINGS);
      };
      let at = run.start;
      const piece = (end: number) => {
        if (end <= at) return;
        const text = normalized.slice(at, end);
        positions.push(...literalSlot({ kind: run.kind, text, start: at }, maskOf).positions);
        extend([text]);
      };
      for (const hit of inRun) {
        piece(hit.start);
        const span = Math.max(1, Array.from(normalized.slice(hit.start, hit.end)).length - 1);
        // 外地 read as 异地就医 because 报销 is beside it is a guess from context: it weighs less than a name would.
        positions.push({ terms: [conceptTerm(hit.concept)], mask: maskOf(hit.start, hit.end), span: vocab.contextWords.has(hit.form) ? span * CONTEXT_SPAN : span });
        extend(vocab.forms[hit.concept] ?? []);
        at = hit.end;
      }
      piece(run.start + run.text.length);
      return { text: run.text, positions, phrases: [wordings] };
    });
    readings.push({ kind: 'concept', weight: READING_WEIGHT.concept, slots });
  }

  // A Chinese query typed with the wrong characters of the right sounds.
  if (literalRuns.some((r) => r.kind === 'han' && Array.from(r.text).length >= 2)) {
    let complete = false;
    const slots = literalRuns.map((run, i): Slot => {
      const chars = codePoints(run);
      if (run.kind !== 'han' || chars.length < 2) return literalSlots[i] ?? literalSlot(run, maskOf);
      const sequences = readingSequences(
        chars.map((c) => c.char),
        vocab.table,
      );
      const positions = chars.slice(1).map((c, k): Position => {
        const alternatives = [...new Set(sequences.map((seq) => syllableTerms(seq.slice(k, k + 2))[0] ?? ''))].filter(Boolean);
        alternatives.forEach((t) => syllablePairs.add(t));
        return { terms: alternatives, mask: maskOf(chars[k]?.at ?? 0, c.at + c.char.length), span: 1 };
      });
      if (positions.every((p) => p.terms.length > 0)) complete = true;
      return { text: run.text, positions, phrases: [] };
    });
    if (complete) readings.push({ kind: 'homophone', weight: READING_WEIGHT.homophone, slots, fallback: true });
  }

  // Latin letters may be pinyin: `yidi jiuyi` (syllables) or `syjt` (the initials of whole words).
  const letterRuns = literalRuns.filter((r) => r.kind === 'latin' && /^[a-z]+$/.test(r.text));
  if (letterRuns.length > 0) {
    const letters = letterRuns.flatMap((r) => Array.from(r.text, (char, k) => ({ char, at: r.start + k })));
    const joined = letters.map((l) => l.char).join('');
    const others = literalRuns.flatMap((r, i) => (letterRuns.includes(r) ? [] : [literalSlots[i] ?? literalSlot(r, maskOf)]));
    const lettersMask = (from: number, to: number, of: CodePoint[] = letters) => of.slice(from, to).reduce((m, l) => m | (bitOf[l.at] ?? 0), 0);
    // Full pinyin: adjacent syllables pair up (`yidi jiuyi`: yi·di, di·jiu, jiu·yi).
    const pinyinSlot = (text: string, of: CodePoint[]): Slot | undefined => {
      const syllables = segmentSyllables(text, vocab.table);
      if (!syllables || syllables.length < 2) return undefined;
      const pairTerms = syllableTerms(syllables);
      pairTerms.forEach((t) => syllablePairs.add(t));
      const starts: number[] = [];
      syllables.reduce((at, s) => (starts.push(at), at + s.length), 0);
      const positions = pairTerms.map((term, k): Position => ({ terms: [term], mask: lettersMask(starts[k] ?? 0, (starts[k + 1] ?? 0) + (syllables[k + 1]?.length ?? 0), of), span: 1 }));
      return { text, positions, phrases: [] };
    };
    // Initials of whole words (`syjt`).
    const initialsSlot = (text: string, of: CodePoint[]): Slot | undefined => {
      if (text.length < 2 || text.length > 12) return undefined;
      initialTerms(Array.from(text)).forEach((t) => initialPairs.add(t));
      return { text, positions: [{ terms: [initialsTerm(text)], mask: lettersMask(0, of.length, of), span: Math.max(1, text.length - 1) }], phrases: [] };
    };
    const asPinyin = pinyinSlot(joined, letters);
    // Words that only read one by one: `lhjy jiaofei` is initials, then pinyin.
    const byWord = letterRuns.map((run) => {
      const of = letters.filter((l) => l.at >= run.start && l.at < run.start + run.text.length);
      const pinyin = pinyinSlot(run.text, of);
      return { slot: pinyin ?? initialsSlot(run.text, of), pinyin: pinyin !== undefined };
    });
    const wordSlots = byWord.flatMap(({ slot }) => (slot ? [slot] : []));
    if (asPinyin) readings.push({ kind: 'pinyin', weight: READING_WEIGHT.pinyin, slots: [asPinyin, ...others] });
    else if (letterRuns.length > 1 && wordSlots.length === letterRuns.length && byWord.some((w) => w.pinyin)) {
      readings.push({ kind: 'initials', weight: READING_WEIGHT.initials, slots: [...wordSlots, ...others] });
    } else {
      const asInitials = initialsSlot(joined, letters);
      if (asInitials) readings.push({ kind: 'initials', weight: READING_WEIGHT.initials, slots: [asInitials, ...others] });
    }
  }
  return parsed;
}

type CodePoint = { char: string; at: number };

function codePoints(run: Run): CodePoint[] {
  const chars: CodePoint[] = [];
  let at = run.start;
  for (const char of run.text) {
    chars.push({ char, at });
    at += char.length;
  }
  return chars;
}

/** A run as typed: bigrams of Chinese (a lone character is its own term), a word or number whole. */
function literalSlot(run: Run, maskOf: (from: number, to: number) => number): Slot {
  const chars = codePoints(run);
  const end = run.start + run.text.length;
  const phrases = chars.length >= 2 ? [[run.text]] : [];
  if (run.kind === 'latin') return { text: run.text, positions: [{ terms: [run.text], mask: maskOf(run.start, end), span: 1 }], phrases };
  const positions = runTerms(run).map((term, k): Position => {
    const from = chars[k]?.at ?? run.start;
    const next = chars[k + 2]?.at ?? end;
    return { terms: [term], mask: maskOf(from, chars.length < 2 ? end : next), span: 1 };
  });
  return { text: run.text, positions, phrases };
}

/** Which UTF-16 offsets of the query belong to a generic word. */
function genericOffsets(normalized: string, generic: readonly string[]): Uint8Array {
  const marked = new Uint8Array(normalized.length);
  for (const word of generic) {
    if (!word) continue;
    for (let at = normalized.indexOf(word); at >= 0; at = normalized.indexOf(word, at + 1)) marked.fill(1, at, at + word.length);
  }
  return marked;
}

/** A bit for each content character (in a run, not generic), by offset; characters past 31 share bits. */
function contentBits(normalized: string, found: readonly Run[], generic: Uint8Array): { bitOf: Int32Array; contentMask: number } {
  const content: number[] = [];
  for (const run of found) {
    for (const { at } of codePoints(run)) if (!generic[at]) content.push(at);
  }
  const bitOf = new Int32Array(normalized.length);
  let contentMask = 0;
  const count = content.length;
  content.forEach((at, j) => {
    const bit = 1 << (count <= BITS ? j : Math.floor((j * BITS) / count));
    bitOf[at] = bit;
    contentMask |= bit;
  });
  return { bitOf, contentMask };
}

/** Bits set in a mask. */
export function bitCount(mask: number): number {
  let m = mask - ((mask >>> 1) & 0x55555555);
  m = (m & 0x33333333) + ((m >>> 2) & 0x33333333);
  return (((m + (m >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
