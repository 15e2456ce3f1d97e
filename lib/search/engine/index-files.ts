import { chunkPath, chunkSchema, searchMetaSchema, shardPath, shardSchema, SOUNDS_PATH, soundsSchema, type SearchDoc, type SearchMeta } from '@/lib/search/format';
import type { Sounds } from '@/lib/search/pinyin';
import { fromGaps, importShard, lookUp, termIndexOptions, type FlexModule, type Postings, type TermIndex } from '@/lib/search/flex';
import { hashTerm, isHan } from '@/lib/search/tokenize';
import { yieldToMain } from '@/lib/core/yield';

/** Fetches the text of one file of the index, by its path relative to the index root. */
export type Loader = (path: string) => Promise<string>;

/**
 * Shard fetching: the index's files as the browser gets them, each fetched once and checked by its schema.
 * Knows nothing of queries or ranking: it answers "which documents have this term" and "show me these
 * documents", loading only the shards and display chunks those answers need.
 */
export class IndexFiles {
  private readonly shards = new Map<number, Promise<TermIndex>>();
  private readonly chunks = new Map<number, Promise<SearchDoc[]>>();
  /** Postings FlexSearch gave for a term, merged over the fields; typing asks for the same terms again and again. */
  private readonly termPostings = new Map<string, Postings | null>();
  private sounds?: Promise<Sounds>;
  /** The shard a term is filed in (lib/search/index/layout.ts). */
  private readonly shardOf: (term: string) => number;

  private constructor(
    readonly meta: SearchMeta,
    private readonly load: Loader,
    private readonly flex: FlexModule,
  ) {
    this.shardOf = shardOfTerm(meta.sounds, meta.shardCount);
  }

  static async open(load: Loader): Promise<IndexFiles> {
    const text = load('meta.json');
    // Failing is reported when it is awaited below, not as an unhandled rejection meanwhile.
    text.catch(() => undefined);
    // FlexSearch arrives with the index, in the search worker's script, never with the page. Its module is set up
    // in a step of its own, and meta.json is read in another.
    await yieldToMain();
    const flex = await import('flexsearch');
    const raw = await text;
    performance.mark('search:meta fetched');
    await yieldToMain();
    const files = new IndexFiles(searchMetaSchema.parse(JSON.parse(raw)), load, flex);
    performance.mark('search:meta read');
    return files;
  }

  /** Each term's postings; a term no document has is absent from the map. */
  async postings(terms: Iterable<string>): Promise<Map<string, Postings>> {
    const unique = [...new Set(terms)];
    const missing = unique.filter((t) => !this.termPostings.has(t));
    const shardIds = [...new Set(missing.map((t) => this.shardOf(t)))];
    performance.mark(`search:postings of ${unique.length} terms, ${shardIds.length} shards to load`);
    const loaded = new Map(await Promise.all(shardIds.map(async (s) => [s, await this.shard(s)] as const)));
    performance.mark('search:postings ready');
    for (const term of missing) {
      const index = loaded.get(this.shardOf(term));
      if (index) this.termPostings.set(term, lookUp(index, term, this.meta.docCount));
    }
    const found = new Map<string, Postings>();
    for (const term of unique) {
      const list = this.termPostings.get(term);
      if (list) found.set(term, list);
    }
    return found;
  }

  /** Readings of the characters the corpus does not use (fetched once, the first time a query needs them). */
  moreSounds(): Promise<Sounds> {
    if (!this.sounds) {
      const pending = this.load(SOUNDS_PATH).then((text) => soundsSchema.parse(JSON.parse(text)));
      pending.catch(() => (this.sounds = undefined));
      this.sounds = pending;
    }
    return this.sounds;
  }

  /** Display records for documents, in the order asked. */
  async docs(ids: readonly number[]): Promise<(SearchDoc | undefined)[]> {
    const size = this.meta.chunkSize;
    const chunks = await Promise.all(ids.map((id) => this.chunk(Math.floor(id / size))));
    return ids.map((id, i) => chunks[i]?.[id % size]);
  }

  private chunk(n: number): Promise<SearchDoc[]> {
    let pending = this.chunks.get(n);
    if (!pending) {
      pending = this.load(chunkPath(n)).then((text) => {
        performance.mark(`search:chunk ${n} fetched`);
        return chunkSchema.parse(JSON.parse(text));
      });
      pending.catch(() => this.chunks.delete(n));
      this.chunks.set(n, pending);
    }
    return pending;
  }

  private shard(n: number): Promise<TermIndex> {
    let pending = this.shards.get(n);
    if (!pending) {
      pending = this.load(shardPath(n)).then(async (text) => {
        performance.mark(`search:shard ${n} fetched`);
        // Shards that arrive together are read one task each.
        await yieldToMain();
        // Checked before FlexSearch sees it: its import takes any JSON without a word.
        const shard = fromGaps(shardSchema.parse(JSON.parse(text)));
        const index = new this.flex.Index(termIndexOptions());
        importShard(index, shard);
        performance.mark(`search:shard ${n} read`);
        return index;
      });
      // A failed fetch is retried on the next keystroke rather than remembered.
      pending.catch(() => this.shards.delete(n));
      this.shards.set(n, pending);
    }
    return pending;
  }
}

/**
 * Which shard holds a term: the index build (lib/search/index/build-index.ts) files terms with these functions and
 * the browser reads them back with the same ones.
 *
 * A term is filed by a key, not by itself: a Han bigram or unigram by its sound, the pinyin term of that sound
 * (`门诊` and `p:men-zhen`) by the same key. A question typed in characters is mostly read twice: as typed, and,
 * when something typed is in no answer (a bigram across two words, 诊慢 in 门诊慢特病), by sound too. Filing both
 * readings of a bigram together lets that second reading find most of its shards already loaded: one request less
 * per bigram. Homophones share a key too, so shards are lumpier than with a key per term, and the build makes them
 * smaller to pay for it (SHARD_BYTES in build-index.ts).
 *
 * A character of several sounds (单: chan, dan, shan) is filed by the first in alphabetical order; its other
 * sounds' terms stay where their own key puts them.
 */

/** Toneless reading → the characters that can be read so (meta.json `sounds`). */
export type SoundTable = Readonly<Record<string, string>>;

/** A function from a term to its shard, for an index of `shardCount` shards built with these sounds. */
export function shardOfTerm(sounds: SoundTable, shardCount: number): (term: string) => number {
  const key = shardKeys(sounds);
  return (term) => hashTerm(key(term)) % shardCount;
}

/** A term's filing key: the pinyin term of a Han unigram or bigram whose characters all have a sound, else itself. */
export function shardKeys(sounds: SoundTable): (term: string) => string {
  const soundOf = new Map<string, string>();
  for (const reading of Object.keys(sounds).sort()) for (const char of sounds[reading] ?? '') if (!soundOf.has(char)) soundOf.set(char, reading);
  return (term) => {
    const chars = Array.from(term);
    if (chars.length === 0 || chars.length > 2 || !chars.every(isHan)) return term;
    const readings: string[] = [];
    for (const char of chars) {
      const reading = soundOf.get(char);
      if (reading === undefined) return term;
      readings.push(reading);
    }
    return `p:${readings.join('-')}`;
  };
}
