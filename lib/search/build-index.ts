import { Index } from 'flexsearch';
import type { SiteData } from '@/lib/content/schema';
import { isDated } from '@/lib/site/catalog';
import { buildYear } from '@/lib/site/config';
import { chunkPath, FIELD, FIELD_BITS, SEARCH_FORMAT_VERSION, shardPath, type SearchDoc, type SearchMeta, type Shard, shardSchema } from './format';
import { FIELD_PREFIXES, invertedTerm, joinTerms, termIndexOptions, tfSlot, toGaps } from './flex';
import { hanUnigrams, initialTerms, normalize, runs, shardOf, syllableTerms, tokenize, type TradTable } from './tokenize';

/** What the build needs besides the records; made by `lib/search/tables.ts` from the corpus. */
export type SearchTables = {
  trad: TradTable;
  sounds: Record<string, string>;
  synonyms: string[][];
  /** Toneless syllables of a Han run, one per character, read in context (build time only). */
  readRun: (run: string) => string[];
};

export type BuildOptions = {
  /** Characters of answer text kept for snippets. */
  snippetSource?: number;
  /** Aim for shards of about this many raw bytes; more shards mean less transfer per query. */
  shardBytes?: number;
  /** The year the site is built in, for flagging answers whose figures are older. */
  year?: number;
};

// A list is filed inverted (see flex.ts) only when that saves at least this many ids: a small
// site keeps every count, and the browser's work to invert stays for the lists that pay for it.
const INVERT_SAVING = 256;

// A posting is a document id in a FlexSearch slot list; with the comma this is its typical raw size.
const BYTES_PER_POSTING = 6;

/** Turns the site's records into the static search files: path → file text. Pure, so tests need no disk. */
export function buildSearchIndex(data: SiteData, tables: SearchTables, options: BuildOptions = {}): Map<string, string> {
  const snippetSource = options.snippetSource ?? 1200;
  const year = options.year ?? buildYear();
  const topicName = new Map(data.topics.map((t) => [t.slug, t.name]));
  const region = new Map(data.regions.map((r) => [r.slug, r]));
  const { trad } = tables;

  // term → docId → code (fields | body count << FIELD_BITS); docs are visited in id order.
  const postings = new Map<string, Map<number, number>>();
  const add = (term: string, doc: number, field: number, count = 0) => {
    let list = postings.get(term);
    if (!list) {
      list = new Map();
      postings.set(term, list);
    }
    const code = list.get(doc) ?? 0;
    list.set(doc, (code | field) + (count << FIELD_BITS));
  };
  const addTitle = (title: string, doc: number, field: number) => {
    for (const term of tokenize(title, trad)) add(term, doc, field);
    for (const term of hanUnigrams(title, trad)) add(term, doc, field);
    for (const run of runs(normalize(title, trad))) {
      if (run.kind !== 'han') continue;
      const syllables = tables.readRun(run.text);
      // Readings must line up one per character, or pairs would join the wrong sounds.
      if (syllables.length !== Array.from(run.text).length) continue;
      for (const term of syllableTerms(syllables)) add(term, doc, field);
      for (const term of initialTerms(syllables)) add(term, doc, field);
    }
  };

  const docs: SearchDoc[] = [];
  const titleTerms: number[] = [];
  let kinds = '';
  data.articles.forEach((article, doc) => {
    addTitle(article.question, doc, FIELD.question);
    for (const alt of article.altTitles) addTitle(alt, doc, FIELD.alt);
    const topics = article.topics.map((slug) => topicName.get(slug) ?? slug);
    const regions = article.regions.map((slug) => region.get(slug)?.shortName ?? slug);
    const labelText = [...topics, ...article.regions.flatMap((slug) => [region.get(slug)?.name ?? '', region.get(slug)?.shortName ?? ''])];
    for (const label of labelText) for (const term of tokenize(label, trad)) add(term, doc, FIELD.label);
    for (const term of tokenize(article.answerText, trad)) add(term, doc, FIELD.body, 1);

    docs.push({
      slug: article.slug,
      question: article.question,
      altTitles: article.altTitles,
      kind: article.kind,
      topics,
      regions,
      text: article.answerText.slice(0, snippetSource),
      ...(article.newestYear !== undefined ? { year: { value: article.newestYear, dated: isDated(article, year) } } : {}),
    });
    titleTerms.push(tokenize(article.question, trad).length);
    kinds += article.kind === 'full' ? 'f' : 'e';
  });

  let postingCount = 0;
  for (const list of postings.values()) postingCount += list.size;
  const shardBytes = options.shardBytes ?? 12_000;
  const shardCount = powerOfTwoAtLeast(Math.ceil((postingCount * BYTES_PER_POSTING) / shardBytes), 4096);

  const termsOfShard: string[][] = Array.from({ length: shardCount }, () => []);
  for (const term of postings.keys()) termsOfShard[shardOf(term, shardCount)]?.push(term);
  const shards = termsOfShard.map((terms) => shardIndex(terms, postings, docs.length));
  // One chunk for a small site (a single request); a document per chunk for a large one,
  // so showing ten results never downloads hundreds of answers.
  const chunkSize = docs.length <= 400 ? Math.max(1, docs.length) : 1;
  const files = new Map<string, string>();
  shards.forEach((shard, i) => files.set(shardPath(i), JSON.stringify(shard)));
  for (let start = 0, chunk = 0; start < docs.length; start += chunkSize, chunk += 1) {
    files.set(chunkPath(chunk), JSON.stringify(docs.slice(start, start + chunkSize)));
  }

  const metaWithoutBuild: Omit<SearchMeta, 'build'> = {
    format: SEARCH_FORMAT_VERSION,
    docCount: docs.length,
    shardCount,
    chunkSize,
    kinds,
    titleTerms,
    trad: { ...trad },
    sounds: tables.sounds,
    synonyms: tables.synonyms,
    topics: data.topics.filter((t) => t.count > 0).map((t) => ({ slug: t.slug, name: t.name, count: t.count })),
    regions: data.regions.filter((r) => r.count > 0).map((r) => ({ slug: r.slug, name: r.shortName })),
  };
  let digest = hashText(JSON.stringify(metaWithoutBuild));
  for (const text of files.values()) digest = hashText(text, digest);
  const meta: SearchMeta = { ...metaWithoutBuild, build: digest.toString(36) };
  files.set('meta.json', JSON.stringify(meta));
  return files;
}

/**
 * One shard as a FlexSearch index: every document is added with the field-prefixed terms it has
 * in this shard, and the index's own export is the file. Only its `map` is kept: the id register
 * (`reg`) serves updates and removals, which a static index never does, and would repeat most ids.
 */
function shardIndex(terms: readonly string[], postings: ReadonlyMap<string, ReadonlyMap<number, number>>, docCount: number): Shard {
  const perDoc = new Map<number, { terms: string[]; slots: number[] }>();
  const file = (doc: number, term: string, slot: number) => {
    let entry = perDoc.get(doc);
    if (!entry) {
      entry = { terms: [], slots: [] };
      perDoc.set(doc, entry);
    }
    entry.terms.push(term);
    entry.slots.push(slot);
  };
  for (const term of terms) {
    const list = postings.get(term) ?? new Map<number, number>();
    for (const [prefix, bit] of FIELD_PREFIXES) {
      let df = 0;
      for (const code of list.values()) if (code & bit) df += 1;
      if (df - (docCount - df) > INVERT_SAVING) {
        for (let doc = 0; doc < docCount; doc += 1) if (!((list.get(doc) ?? 0) & bit)) file(doc, invertedTerm(prefix, term), 0);
        file(docCount, invertedTerm(prefix, term), 0);
        continue;
      }
      for (const [doc, code] of list) if (code & bit) file(doc, prefix + term, bit === FIELD.body ? tfSlot(code >> FIELD_BITS) : 0);
    }
  }
  // FlexSearch asks for each term's slot by its position in the document's term list.
  let slots: number[] = [];
  const index = new Index(termIndexOptions((termIndex) => slots[termIndex] ?? 0));
  for (const doc of [...perDoc.keys()].sort((a, b) => a - b)) {
    const entry = perDoc.get(doc);
    if (!entry) continue;
    slots = entry.slots;
    index.add(doc, joinTerms(entry.terms));
  }
  const shard: Shard = [];
  index.export((key, data) => {
    if (key.endsWith('.map')) shard.push(...shardSchema.parse(JSON.parse(data)));
  });
  return toGaps(shard);
}

function powerOfTwoAtLeast(n: number, max: number): number {
  let p = 1;
  while (p < n && p < max) p *= 2;
  return p;
}

function hashText(text: string, seed = 0x811c9dc5): number {
  let hash = seed;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
