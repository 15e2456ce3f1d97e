import type { Index, IndexOptions } from 'flexsearch';
import { FIELD, FIELD_BITS, type Shard } from './format';

/**
 * How the search files use FlexSearch, shared by the index build (Node) and the browser.
 *
 * Terms arrive already made by `tokenize.ts`, so FlexSearch must file and look them up unchanged:
 * an identity encoder over newline-joined terms with the `strict` tokenizer. Each shard file is
 * the export of one `Index` holding only the terms that hash into that shard, so a query imports
 * just the shards it needs. A term is filed once per field it occurs in, under a field prefix
 * (`q:生育`, `b:生育`), because the ranking weighs a title match above a body match.
 *
 * FlexSearch files every id under a score slot (0 … resolution − 1). Body terms use the slot for
 * how often the term occurs in the answer — slot s holds counts 2^s … 2^(s+1) − 1 — read back
 * through an unresolved search (`resolve: false` keeps the slots). Titles and labels use slot 0.
 * The slot grows with the count, so the common case (once) is the first and usually only array.
 */
export const TF_SLOTS = 6;

const TERM_SEPARATOR = '\n';

/** The field prefixes and the posting bit each stands for. */
export const FIELD_PREFIXES = [
  ['q:', FIELD.question],
  ['a:', FIELD.alt],
  ['l:', FIELD.label],
  ['b:', FIELD.body],
] as const;

export type FlexModule = { Index: typeof Index };
export type TermIndex = Index<false, false, false>;

/** `score` decides each added term's slot; only the build needs it, a search reads slots as filed. */
export function termIndexOptions(score?: (termIndex: number) => number): IndexOptions<false, false> {
  return {
    tokenize: 'strict',
    resolution: TF_SLOTS,
    encode: (text: string) => text.split(TERM_SEPARATOR),
    resolve: false,
    ...(score ? { score: (_content: string[], _term: string, termIndex: number) => score(termIndex) } : {}),
  };
}

export function joinTerms(terms: readonly string[]): string {
  return terms.join(TERM_SEPARATOR);
}

export function tfSlot(count: number): number {
  return Math.min(TF_SLOTS - 1, Math.floor(Math.log2(Math.max(1, count))));
}

/**
 * A list that covers most documents (参保, 政策 in nearly every answer) is filed inverted: the
 * documents that lack the term, under `!` + the field prefix, plus the id one past the last
 * document so an inverted list is never empty. Written as is, such lists were most of what a
 * first query downloaded.
 */
export const INVERTED = '!';

export function invertedTerm(prefix: string, term: string): string {
  return INVERTED + prefix + term;
}

/**
 * Shard files carry FlexSearch's own `map` export with each slot's ids written as gaps from the
 * previous id: ids are added in ascending order, and gaps of 1–3 digits compress several times
 * better than whole ids. The browser restores the ids and hands FlexSearch its own format back.
 */
export function toGaps(shard: Shard): Shard {
  return shard.map(([term, slots]) => [term, slots.map((ids) => ids && ids.map((id, i) => id - (ids[i - 1] ?? 0)))]);
}

export function fromGaps(shard: Shard): Shard {
  return shard.map(([term, slots]) => [
    term,
    slots.map((gaps) => {
      if (!gaps) return gaps;
      let id = 0;
      return gaps.map((gap) => (id += gap));
    }),
  ]);
}

/**
 * Hands FlexSearch a shard as parsed data. Its `import` parses a string first and takes the parsed form as it is
 * (dist/module/serialize.js `importIndex`); its types only name the string, and a string would mean writing the
 * whole shard out again just for FlexSearch to read it back.
 */
export function importShard(index: TermIndex, shard: Shard): void {
  index.import('map', shard as unknown as string);
}

/** Ascending document ids with their codes: fields | body count << FIELD_BITS. */
export type Postings = { docs: Int32Array; codes: Int32Array };

/**
 * A term's postings as FlexSearch answers them: each document with the fields it occurs in, and
 * for the body the count its slot stands for. `null` when no document has the term.
 */
export function lookUp(index: TermIndex, term: string, docCount: number): Postings | null {
  const codes = new Int32Array(docCount);
  for (const [prefix, bit] of FIELD_PREFIXES) {
    const body = bit === FIELD.body;
    const slots = index.search(prefix + term).result;
    for (let slot = 0; slot < slots.length; slot += 1) {
      const ids = slots[slot];
      if (!ids) continue;
      const extra = body ? 2 ** slot << FIELD_BITS : 0;
      for (const id of ids) if (typeof id === 'number' && id < docCount) codes[id] = ((codes[id] ?? 0) | bit) + extra;
    }
    const lacking = index.search(invertedTerm(prefix, term)).result.flat();
    if (lacking.length === 0) continue;
    const lacks = new Uint8Array(docCount);
    for (const id of lacking) if (typeof id === 'number' && id < docCount) lacks[id] = 1;
    // An inverted list keeps no counts: the term is so common that how often matters little.
    for (let doc = 0; doc < docCount; doc += 1) if (!lacks[doc]) codes[doc] = ((codes[doc] ?? 0) | bit) + (body ? 1 << FIELD_BITS : 0);
  }
  let count = 0;
  for (const code of codes) if (code) count += 1;
  if (count === 0) return null;
  const docs = new Int32Array(count);
  const kept = new Int32Array(count);
  for (let doc = 0, at = 0; doc < docCount; doc += 1) {
    const code = codes[doc] ?? 0;
    if (!code) continue;
    docs[at] = doc;
    kept[at] = code;
    at += 1;
  }
  return { docs, codes: kept };
}
