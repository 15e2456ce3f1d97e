// zod/mini: the same checks with a fraction of the code, since these schemas ship in the search chunk.
import * as z from 'zod/mini';

/**
 * The static files the index build writes to `public/search/` and the browser fetches.
 * Both sides go through these schemas, so a stale or hand-edited file fails loudly instead
 * of producing wrong results.
 *
 *   meta.json            loaded when someone starts to search: counts, tables, topics, regions
 *   t/<shard>.json       a FlexSearch index export holding the terms whose hash falls in that shard, fetched per query
 *   d/<chunk>.json       display records (title, labels, answer text) of a few documents, fetched for results
 */

export const SEARCH_FORMAT_VERSION = 3;

/** Which part of a document a term occurred in; the low bits of a posting code. */
export const FIELD = { question: 1, alt: 2, label: 4, body: 8 } as const;
export const FIELD_BITS = 4;

export const searchMetaSchema = z.object({
  format: z.literal(SEARCH_FORMAT_VERSION),
  /** Changes with every build that changes the files; appended to URLs so caches never mix builds. */
  build: z.string(),
  docCount: z.int().check(z.nonnegative()),
  shardCount: z.int().check(z.positive()),
  chunkSize: z.int().check(z.positive()),
  /** One character per document: `f` a full answer, `e` an excerpt of another page. */
  kinds: z.string(),
  /** Number of terms in each document's question, for preferring short titles that a query covers. */
  titleTerms: z.array(z.int().check(z.nonnegative())),
  /** Traditional → simplified for characters the corpus uses. */
  trad: z.record(z.string(), z.string()),
  /** Toneless reading → the corpus characters that can be read so. */
  sounds: z.record(z.string(), z.string()),
  /**
   * The lexicon's concepts (and the editors' synonym groups) as search uses them: every name, normalised, and
   * the topic slugs. A document naming any of them is filed under the concept's term `c:<index>`.
   */
  concepts: z.array(z.object({ forms: z.array(z.string()), topics: z.array(z.string()) })),
  /** Generic words (怎么, 办理 …), normalised: they never make a document a result alone. */
  generic: z.array(z.string()),
  topics: z.array(z.object({ slug: z.string(), name: z.string(), count: z.int() })),
  regions: z.array(z.object({ slug: z.string(), name: z.string() })),
});
export type SearchMeta = z.infer<typeof searchMetaSchema>;

/**
 * The `map` part of a FlexSearch `Index.export()`: [field-prefixed term, slots], where slot s lists
 * the documents filed under that score slot (`null` for an empty one), written as gaps between
 * ascending ids. See lib/search/flex.ts.
 */
export const shardSchema = z.array(z.tuple([z.string(), z.array(z.nullable(z.array(z.int().check(z.nonnegative()))))]));
export type Shard = z.infer<typeof shardSchema>;

export const searchDocSchema = z.object({
  slug: z.string(),
  question: z.string(),
  altTitles: z.array(z.string()),
  kind: z.enum(['full', 'excerpt']),
  topics: z.array(z.string()),
  regions: z.array(z.string()),
  /** The answer's plain text, cut to a length that is enough for a snippet. */
  text: z.string(),
  /** The newest policy year the answer talks about, and whether it is before the build year: the topic lists' label. */
  year: z.optional(z.object({ value: z.int(), dated: z.boolean() })),
});
export type SearchDoc = z.infer<typeof searchDocSchema>;

export const chunkSchema = z.array(searchDocSchema);

export function shardPath(shard: number): string {
  return `t/${shard.toString(36)}.json`;
}

export function chunkPath(chunk: number): string {
  return `d/${chunk.toString(36)}.json`;
}
