import { Index } from 'flexsearch';
import { findConcepts } from '@/lib/lexicon/match';
import { searchExamples, type Article, type SiteData } from '@/lib/content/schema';
import { isDated } from '@/lib/content/dated';
import { buildYear } from '@/lib/core/config';
import { chunkPath, encodeTitleTerms, FIELD, FIELD_BITS, SEARCH_FORMAT_VERSION, shardPath, SOUNDS_PATH, type SearchDoc, type SearchMeta, type Shard, shardSchema } from '@/lib/search/format';
import { readsAsQuestion } from '@/lib/content/question-shape';
import { conceptsIn } from './concepts';
import { conceptMatcher, filedAsConcept } from '@/lib/search/parse';
import { FIELD_PREFIXES, invertedTerm, joinTerms, termIndexOptions, tfSlot, toGaps } from '@/lib/search/flex';
import { conceptTerm, hanUnigrams, initialsTerm, normalize, runs, syllableTerms, tokenize, type TradTable } from '@/lib/search/tokenize';
import { shardOfTerm } from '@/lib/search/engine/index-files';
import { runWords, wordSequences, type WordSpan } from './words';

/** What the build needs besides the records; made by `lib/search/index/tables.ts` from the corpus. */
export type SearchTables = {
  trad: TradTable;
  sounds: Record<string, string>;
  /** Readings of common characters the corpus does not use, fetched only for a query that seems mistyped (SOUNDS_PATH). */
  typoSounds: Record<string, string>;
  /** The lexicon's concepts and the editors' synonym groups: every name normalised, the term first. */
  concepts: SearchMeta['concepts'];
  /** Generic words, normalised. */
  generic: string[];
  /** Filler phrases, normalised, longest first. */
  filler: string[];
  scope: SearchMeta['scope'];
  /** Toneless syllables of a Han run, one per character, read in context (build time only). */
  readRun: (run: string) => string[];
};

/** The parts of the records the index is made from; the build reads only these (scripts/build-search-index.ts). */
export type SearchSource = {
  articles: (Pick<Article, 'slug' | 'kind' | 'question' | 'altTitles' | 'answerText' | 'topics' | 'regions' | 'newestYear'> & { sections?: Article['sections'] })[];
  topics: SiteData['topics'];
  regions: SiteData['regions'];
};

export type BuildOptions = {
  /** Characters of answer text kept for snippets. */
  snippetSource?: number;
  /** Aim for shards of about this many raw bytes; more shards mean less transfer per query. */
  shardBytes?: number;
  /** Aim for display chunks of about this many raw bytes (at least one document each). */
  chunkBytes?: number;
  /** The year the site is built in, for flagging answers whose figures are older. */
  year?: number;
};

// A list is filed inverted (see flex.ts) only when that saves at least this many ids: a small
// site keeps every count, and the browser's work to invert stays for the lists that pay for it.
const INVERT_SAVING = 256;

const MAX_SHARDS = 16_384;

/**
 * What a query downloads is about one shard per term and one chunk per few results, so both are kept small: a
 * 4 KB request costs a phone on slow 4G about 20 ms of transfer beside its round trip, and a served page needs
 * some ten of them. Measured on the seeds' search page served without compression (npm run bench -- lighthouse):
 * shards of 12 KB and one 60 KB chunk gave an LCP of 3.1–3.4 s, shards and chunks of about 3 KB 2.5–2.7 s.
 */
const CHUNK_BYTES = 4_000;
/**
 * Shards are half that: a term and its sound share a shard (layout.ts), so a shard a query fetches holds two of
 * its lists and the rest of it is other terms' postings it does not need. At 10,000 questions (8,192 → 16,384
 * shards) the long natural question of scripts/bench/first-search.ts fetched 81 instead of 89 KB in 48 requests
 * (scripts/bench/search.ts's natural questions: median 59 → 57 KB, at most 131 → 125 KB).
 */
const SHARD_BYTES = 2_000;

// A posting is a document id in a FlexSearch slot list; with the comma this is its typical raw size.
const BYTES_PER_POSTING = 6;

/** Turns the site's records into the static search files: path → file text. Pure, so tests need no disk. */
export function buildSearchIndex(data: SearchSource, tables: SearchTables, options: BuildOptions = {}): Map<string, string> {
  const files = new Map<string, string>();
  writeSearchIndex(data, tables, (file, text) => files.set(file, text), options);
  return files;
}

/**
 * The same files handed to `emit` one at a time, so a large site never holds every shard at once:
 * term shards, then document chunks, then meta.json (whose build stamp hashes all of them).
 */
export function writeSearchIndex(data: SearchSource, tables: SearchTables, emit: (file: string, text: string) => void, options: BuildOptions = {}): void {
  const snippetSource = options.snippetSource ?? 1200;
  const year = options.year ?? buildYear();
  const topicName = new Map(data.topics.map((t) => [t.slug, t.name]));
  const region = new Map(data.regions.map((r) => [r.slug, r]));
  const { trad } = tables;

  // term → [doc, code, doc, code, …] with code = fields | body count << FIELD_BITS. Documents are visited in id
  // order, so a term's list only ever grows at its end; flat number arrays hold 3.3 million postings (10,000
  // questions) in a third of the memory a Map per term took.
  const postings = new Map<string, number[]>();
  const add = (term: string, doc: number, field: number, count = 0) => {
    let list = postings.get(term);
    if (!list) {
      list = [];
      postings.set(term, list);
    }
    const last = list.length - 2;
    if (last >= 0 && list[last] === doc) list[last + 1] = ((list[last + 1] ?? 0) | field) + (count << FIELD_BITS);
    else list.push(doc, field + (count << FIELD_BITS));
  };
  const matcher = conceptMatcher(tables.concepts);
  // Concepts with one name need no term of their own: their name is in the index as it is (see parse.ts).
  const filed = tables.concepts.map(filedAsConcept);
  const addConcepts = (text: string, doc: number, field: number, counted = false) => {
    for (const [concept, count] of conceptsIn(matcher, text)) if (filed[concept]) add(conceptTerm(concept), doc, field, counted ? count : 0);
  };
  const addTitle = (title: string, doc: number, field: number) => {
    const normalized = normalize(title, trad);
    for (const term of tokenize(title, trad)) add(term, doc, field);
    for (const term of hanUnigrams(title, trad)) add(term, doc, field);
    addConcepts(normalized, doc, field);
    const hits = findConcepts(matcher, normalized);
    for (const run of runs(normalized)) {
      if (run.kind !== 'han') continue;
      const chars = Array.from(run.text);
      const syllables = tables.readRun(run.text);
      // Readings must line up one per character, or words would get the wrong sounds.
      if (syllables.length !== chars.length) continue;
      // Full pinyin: adjacent sounds of the title (`yibao gongji` wants 医保共济 side by side, word after word);
      // a string of letters only reads as syllables when every letter belongs to one, so this is rarely chance.
      for (const term of syllableTerms(syllables)) add(term, doc, field);
      // Initials: only the whole of one to three words. Two letters stand for a pair of sounds in almost any
      // title (`xy`: 乡医, 险已…), so `xyzzy` found five answers when initials matched any adjacent characters.
      const words = runWords(chars, knownSpans(run.text, run.start, hits));
      for (const [start, end] of wordSequences(words)) add(initialsTerm(syllables.slice(start, end).map((s) => s[0] ?? '').join('')), doc, field);
    }
  };

  const docs: SearchDoc[] = [];
  const titleTerms: number[] = [];
  let kinds = '';
  inSearchOrder(data.articles, data.topics).forEach((article, doc) => {
    addTitle(article.question, doc, FIELD.question);
    for (const alt of article.altTitles) addTitle(alt, doc, FIELD.alt);
    // The questions inside a page (a 政策问答 page's headings) are other wordings of it that lead to their section.
    const asked = (article.sections ?? []).filter((s) => readsAsQuestion(s.title));
    for (const section of asked) addTitle(section.title, doc, FIELD.alt);
    const topics = article.topics.map((slug) => topicName.get(slug) ?? slug);
    const regions = article.regions.map((slug) => region.get(slug)?.shortName ?? slug);
    const labelText = [...topics, ...article.regions.flatMap((slug) => [region.get(slug)?.name ?? '', region.get(slug)?.shortName ?? ''])];
    for (const label of labelText) {
      for (const term of tokenize(label, trad)) add(term, doc, FIELD.label);
      addConcepts(normalize(label, trad), doc, FIELD.label);
    }
    for (const term of tokenize(article.answerText, trad)) add(term, doc, FIELD.body, 1);
    addConcepts(normalize(article.answerText, trad), doc, FIELD.body, true);

    docs.push({
      slug: article.slug,
      question: article.question,
      altTitles: article.altTitles,
      ...(asked.length > 0 ? { asked: asked.map((s) => ({ id: s.id, title: s.title })) } : {}),
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
  for (const list of postings.values()) postingCount += list.length / 2;
  const shardBytes = options.shardBytes ?? SHARD_BYTES;
  // The cap binds only past ~20,000 questions; at 50,000 (8,192 shards) it cut the first query's median transfer
  // from 109 to 91 KB gzip against 4,096. Past that, one common term's list is most of a shard anyway.
  const shardCount = powerOfTwoAtLeast(Math.ceil((postingCount * BYTES_PER_POSTING) / shardBytes), MAX_SHARDS);

  const termsOfShard: string[][] = Array.from({ length: shardCount }, () => []);
  const shardOf = shardOfTerm(tables.sounds, shardCount);
  for (const term of postings.keys()) termsOfShard[shardOf(term)]?.push(term);
  const chunkSize = docsPerChunk(docs, options.chunkBytes ?? CHUNK_BYTES);

  const metaWithoutBuild: Omit<SearchMeta, 'build'> = {
    format: SEARCH_FORMAT_VERSION,
    docCount: docs.length,
    shardCount,
    chunkSize,
    kinds,
    titleTerms: encodeTitleTerms(titleTerms),
    trad: { ...trad },
    sounds: tables.sounds,
    concepts: tables.concepts,
    generic: tables.generic,
    filler: tables.filler,
    scope: tables.scope,
    topics: data.topics.filter((t) => t.count > 0).map((t) => ({ slug: t.slug, name: t.name, count: t.count })),
    examples: searchExamples(data.topics.filter((t) => t.count > 0)),
    regions: data.regions.filter((r) => r.count > 0).map((r) => ({ slug: r.slug, name: r.shortName })),
  };
  let digest = hashText(JSON.stringify(metaWithoutBuild));
  const write = (file: string, text: string) => {
    digest = hashText(text, digest);
    emit(file, text);
  };
  termsOfShard.forEach((terms, i) => {
    write(shardPath(i), JSON.stringify(shardIndex(terms, postings, docs.length)));
    // A shard's postings are in its file now; letting them go keeps the build's memory flat.
    for (const term of terms) postings.delete(term);
  });
  for (let start = 0, chunk = 0; start < docs.length; start += chunkSize, chunk += 1) {
    write(chunkPath(chunk), JSON.stringify(docs.slice(start, start + chunkSize)));
  }
  write(SOUNDS_PATH, JSON.stringify(tables.typoSounds));
  const meta: SearchMeta = { ...metaWithoutBuild, build: digest.toString(36) };
  emit('meta.json', JSON.stringify(meta));
}

/**
 * One shard as a FlexSearch index: every document is added with the field-prefixed terms it has
 * in this shard, and the index's own export is the file. Only its `map` is kept: the id register
 * (`reg`) serves updates and removals, which a static index never does, and would repeat most ids.
 */
function shardIndex(terms: readonly string[], postings: ReadonlyMap<string, readonly number[]>, docCount: number): Shard {
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
    const list = postings.get(term) ?? [];
    for (const [prefix, bit] of FIELD_PREFIXES) {
      let df = 0;
      for (let at = 1; at < list.length; at += 2) if ((list[at] ?? 0) & bit) df += 1;
      if (df - (docCount - df) > INVERT_SAVING) {
        // Every document the list lacks (or has without this field), walking the ascending list alongside.
        for (let doc = 0, at = 0; doc < docCount; doc += 1) {
          while (at < list.length && (list[at] ?? 0) < doc) at += 2;
          const has = list[at] === doc && ((list[at + 1] ?? 0) & bit) !== 0;
          if (!has) file(doc, invertedTerm(prefix, term), 0);
        }
        file(docCount, invertedTerm(prefix, term), 0);
        continue;
      }
      for (let at = 0; at < list.length; at += 2) {
        const doc = list[at] ?? 0;
        const code = list[at + 1] ?? 0;
        if (code & bit) file(doc, prefix + term, bit === FIELD.body ? tfSlot(code >> FIELD_BITS) : 0);
      }
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

/**
 * Document ids in the order of each article's first topic (then as the records list them), so that the answers
 * one query finds, which mostly share a topic, share display chunks too, and posting gaps stay small.
 */
function inSearchOrder<A extends Pick<Article, 'topics'>>(articles: readonly A[], topics: SiteData['topics']): A[] {
  const rank = new Map(topics.map((t, i) => [t.slug, i]));
  const first = (article: A) => rank.get(article.topics[0] ?? '') ?? topics.length;
  return articles.map((article, i) => ({ article, i, topic: first(article) })).sort((a, b) => a.topic - b.topic || a.i - b.i).map(({ article }) => article);
}

/**
 * How many display records share a chunk: as many as make about `targetBytes` on average, at least one. A result
 * list of ten then downloads a few chunks of its topic, not the whole site (small sites) nor ten files (large ones).
 */
function docsPerChunk(docs: readonly SearchDoc[], targetBytes: number): number {
  if (docs.length === 0) return 1;
  let bytes = 0;
  for (const doc of docs) bytes += Buffer.byteLength(JSON.stringify(doc));
  return Math.max(1, Math.round(targetBytes / (bytes / docs.length)));
}

/** The concept hits inside one run, as code-point spans of the run. */
function knownSpans(run: string, runStart: number, hits: readonly { start: number; end: number }[]): WordSpan[] {
  const units = Array.from(run);
  const indexOf = new Map<number, number>();
  let offset = runStart;
  units.forEach((char, i) => {
    indexOf.set(offset, i);
    offset += char.length;
  });
  indexOf.set(offset, units.length);
  return hits.flatMap((hit) => {
    const start = indexOf.get(hit.start);
    const end = indexOf.get(hit.end);
    return start !== undefined && end !== undefined && hit.start >= runStart && hit.end <= offset ? [[start, end] as const] : [];
  });
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
