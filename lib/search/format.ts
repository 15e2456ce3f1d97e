// Valibot, not the zod the build uses elsewhere: these schemas ship in the search engine's bundle, and with the
// same checks in Valibot that bundle is 27.4 KB gzip instead of 32.7 KB with zod/mini.
import * as v from 'valibot';

/**
 * The static files the index build writes to `public/search/` and the browser fetches.
 * Both sides go through these schemas, so a stale or hand-edited file fails loudly instead
 * of producing wrong results.
 *
 *   meta.json            loaded when someone starts to search: counts, tables, topics, regions
 *   t/<shard>.json       a FlexSearch index export holding the terms whose hash falls in that shard, fetched per query
 *   d/<chunk>.json       display records (title, labels, answer text) of a few documents, fetched for results
 *   s/sounds.json        readings of characters the corpus does not use, fetched for a query that seems mistyped
 */

export const SEARCH_FORMAT_VERSION = 7;

// A title's term count n is the character of code point TITLE_TERMS_ZERO + n, kept below the surrogates.
const TITLE_TERMS_ZERO = 48;
const TITLE_TERMS_MAX = 0xd7ff - TITLE_TERMS_ZERO;

/** Each document's count of title terms as one character (meta.json `titleTerms`). */
export function encodeTitleTerms(counts: readonly number[]): string {
  return counts.map((n) => String.fromCharCode(TITLE_TERMS_ZERO + Math.min(Math.max(0, n), TITLE_TERMS_MAX))).join('');
}

/** How many terms document `doc`'s question has (`encodeTitleTerms`); undefined past the end. */
export function titleTermCount(encoded: string, doc: number): number | undefined {
  const code = encoded.charCodeAt(doc);
  return Number.isNaN(code) ? undefined : code - TITLE_TERMS_ZERO;
}

/** `parse` returns the value typed, or throws naming the file kind, the path in it and what is wrong. */
function checker<S extends v.GenericSchema>(schema: S, what: string) {
  return {
    parse(value: unknown): v.InferOutput<S> {
      const result = v.safeParse(schema, value);
      if (result.success) return result.output;
      const [issue] = result.issues;
      throw new Error(`${what}: ${v.getDotPath(issue) ?? '(top level)'}: ${issue.message}`);
    },
  };
}

const integer = v.pipe(v.number(), v.integer());
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const positive = v.pipe(v.number(), v.integer(), v.minValue(1));

/** Which part of a document a term occurred in; the low bits of a posting code. */
export const FIELD = { question: 1, alt: 2, label: 4, body: 8 } as const;
export const FIELD_BITS = 4;
/** The fields that name a document: its question, other wordings and labels. */
export const TITLE_FIELDS = FIELD.question | FIELD.alt | FIELD.label;

const searchMeta = v.object({
  format: v.literal(SEARCH_FORMAT_VERSION),
  /** Changes with every build that changes the files; appended to URLs so caches never mix builds. */
  build: v.string(),
  docCount: count,
  shardCount: positive,
  chunkSize: positive,
  /** One character per document: `f` a full answer, `e` an excerpt of another page. */
  kinds: v.string(),
  /**
   * Number of terms in each document's question, for preferring short titles that a query covers: one character
   * per document (`encodeTitleTerms`), a third of the bytes of a list of numbers in the file every first search loads.
   */
  titleTerms: v.string(),
  /** Traditional → simplified for characters the corpus uses. */
  trad: v.record(v.string(), v.string()),
  /** Toneless reading → the corpus characters that can be read so. */
  sounds: v.record(v.string(), v.string()),
  /**
   * The lexicon's concepts (and the editors' synonym groups) as search uses them: every name, normalised, and
   * the topic slugs (none when absent). A document naming any of them is filed under the concept's term `c:<index>`.
   * What most concepts have is left out, as every question's first search downloads this file.
   */
  concepts: v.array(
    v.object({
      forms: v.array(v.string()),
      topics: v.optional(v.array(v.string())),
      /** How far the concept shows a question is about medical insurance (the lexicon's `scope`; core, the commonest, when absent). */
      scope: v.optional(v.picklist(['weak', 'none'])),
      /** Its names that count only as weak evidence (context words included). */
      weak: v.optional(v.array(v.string())),
      /** Words that name it only beside one of their `with` words in the same clause (lib/lexicon/match.ts). */
      context: v.optional(v.array(v.object({ words: v.array(v.string()), with: v.array(v.string()) }))),
    }),
  ),
  /** Generic words (怎么, 办理 …), normalised: they never make a document a result alone. */
  generic: v.array(v.string()),
  /** Courtesy and voice-input phrases cut out of a question before it is read (question.ts), longest first. */
  filler: v.array(v.string()),
  /** content/scope.yaml as the content step applies it to pages, applied to questions (lib/content/scope-decision.ts). */
  scope: v.object({
    weights: v.object({ core: v.number(), weak: v.number(), title: v.number(), body: v.number(), body_cap: v.number(), keep: v.number(), borderline: v.number() }),
    exclude: v.array(v.object({ id: v.string(), patterns: v.array(v.string()), unless: v.array(v.string()), unlessCore: v.boolean() })),
  }),
  topics: v.array(v.object({ slug: v.string(), name: v.string(), count: integer })),
  /** Searches offered as examples (content/topics.yaml `search_example`), named when a search finds nothing. */
  examples: v.array(v.string()),
  regions: v.array(v.object({ slug: v.string(), name: v.string() })),
});
export type SearchMeta = v.InferOutput<typeof searchMeta>;
export const searchMetaSchema = checker(searchMeta, 'meta.json');

/**
 * The `map` part of a FlexSearch `Index.export()`: [field-prefixed term, slots], where slot s lists
 * the documents filed under that score slot (`null` for an empty one), written as gaps between
 * ascending ids. See lib/search/flex.ts.
 */
const shard = v.array(v.tuple([v.string(), v.array(v.nullable(v.array(count)))]));
export type Shard = v.InferOutput<typeof shard>;
export const shardSchema = checker(shard, 'search shard');

const searchDoc = v.object({
  slug: v.string(),
  question: v.string(),
  altTitles: v.array(v.string()),
  /** Questions inside the page (its headings that read as questions), with their section's anchor. */
  asked: v.optional(v.array(v.object({ id: v.string(), title: v.string() }))),
  kind: v.picklist(['full', 'excerpt']),
  topics: v.array(v.string()),
  regions: v.array(v.string()),
  /** The answer's plain text, cut to a length that is enough for a snippet. */
  text: v.string(),
  /** The newest policy year the answer talks about, and whether it is before the build year: the topic lists' label. */
  year: v.optional(v.object({ value: integer, dated: v.boolean() })),
});
export type SearchDoc = v.InferOutput<typeof searchDoc>;

export const chunkSchema = checker(v.array(searchDoc), 'search chunk');

/**
 * `s/sounds.json`: readings (toneless pinyin → characters) of the common characters the corpus does not use. Only a
 * query with a character the index has no reading for, and nothing matching as typed, fetches it (query.ts).
 */
export const SOUNDS_PATH = 's/sounds.json';
export const soundsSchema = checker(v.record(v.string(), v.string()), 'sounds.json');

export function shardPath(shard: number): string {
  return `t/${shard.toString(36)}.json`;
}

export function chunkPath(chunk: number): string {
  return `d/${chunk.toString(36)}.json`;
}
