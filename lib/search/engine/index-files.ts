import { chunkPath, chunkSchema, searchMetaSchema, shardPath, shardSchema, SOUNDS_PATH, soundsSchema, type SearchDoc, type SearchMeta } from '@/lib/search/format';
import type { Sounds } from '@/lib/search/pinyin';
import { fromGaps, importShard, lookUp, termIndexOptions, type FlexModule, type Postings, type TermIndex } from '@/lib/search/flex';
import { shardOf } from '@/lib/search/tokenize';
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

  private constructor(
    readonly meta: SearchMeta,
    private readonly load: Loader,
    private readonly flex: FlexModule,
  ) {}

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
    const shardIds = [...new Set(missing.map((t) => shardOf(t, this.meta.shardCount)))];
    performance.mark(`search:postings of ${unique.length} terms, ${shardIds.length} shards to load`);
    const loaded = new Map(await Promise.all(shardIds.map(async (s) => [s, await this.shard(s)] as const)));
    performance.mark('search:postings ready');
    for (const term of missing) {
      const index = loaded.get(shardOf(term, this.meta.shardCount));
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
