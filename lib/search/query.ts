import type { SearchDoc, SearchMeta } from './format';
import { IndexFiles, type Loader } from './index-files';
import { conceptMatcherInSteps, parseQuery, vocabulary, type Matcher, type ParsedQuery, type Reading, type Vocabulary } from './parse';
import { pinyinTable, withMoreReadings, type PinyinTable } from './pinyin';
import { FLOOR, isClose, phraseBonus, RERANK, SUGGEST, type PhraseText } from './ranking';
import { scoreReadings, scratch, type Scores, type Scratch } from './score';
import { isHan, normalize } from './tokenize';
import { yieldToMain } from '@/lib/core/yield';

/**
 * The search engine: parse (parse.ts) → fetch the terms' shards (index-files.ts) → score (score.ts, with the
 * weights of ranking.ts) → keep what is close → re-rank the head by exact phrases. Browser-safe.
 */

export type { Loader } from './index-files';
export type { Matcher, ParsedQuery } from './parse';

export type SearchHit = { id: number; score: number; doc: SearchDoc };
export type TopicSuggestion = SearchMeta['topics'][number];

/**
 * `close`: `hits` are answers to the query. `nothing-close`: no question on the site is a close match, `hits`
 * is empty, and `suggestTopics` are the topics nearest to what was asked (possibly none).
 */
export type Closeness = 'close' | 'nothing-close';

export type SearchResult = {
  query: string;
  /** How many close matches there are; `hits` holds the first `limit` of them. */
  total: number;
  hits: SearchHit[];
  matcher: Matcher;
  closeness: Closeness;
  /** When nothing is close: the topics of the loose matches and of the concepts the query names, nearest first. */
  suggestTopics: TopicSuggestion[];
};

export class SearchEngine {
  readonly meta: SearchMeta;
  readonly table: PinyinTable;
  readonly vocabulary: Vocabulary;
  private readonly files: IndexFiles;
  private readonly normalizedDocs = new Map<number, PhraseText>();
  private work?: Scratch;
  private typoVocabulary?: Vocabulary;

  private constructor(files: IndexFiles, table: PinyinTable, vocab: Vocabulary) {
    this.files = files;
    this.meta = files.meta;
    this.table = table;
    this.vocabulary = vocab;
  }

  static async open(load: Loader): Promise<SearchEngine> {
    const files = await IndexFiles.open(load);
    // Reading meta.json, the readings table and the lexicon's matcher (in slices) are pieces of work of their own.
    await yieldToMain();
    const table = pinyinTable(files.meta.sounds);
    await yieldToMain();
    const vocab = vocabulary(files.meta, table, await conceptMatcherInSteps(files.meta.concepts, yieldToMain));
    await yieldToMain();
    return new SearchEngine(files, table, vocab);
  }

  parse(query: string): ParsedQuery {
    return parseQuery(query, this.vocabulary);
  }

  /** Display records for documents, in the order asked. */
  docs(ids: readonly number[]): Promise<(SearchDoc | undefined)[]> {
    return this.files.docs(ids);
  }

  /** Ranks every close match; loads display records only for `limit` of them. */
  async search(query: string, limit = 10): Promise<SearchResult> {
    const { parsed, scored } = await this.score(this.parse(query));
    // Scoring every document is one step; choosing, fetching and re-ranking the head is the next.
    await yieldToMain();
    const { scores } = scored;
    const close = scored.ids.filter((id) => isClose(scored.titleCoverage[id] ?? 0, scored.anyCoverage[id] ?? 0));
    if (close.length === 0) {
      return { query, total: 0, hits: [], matcher: parsed.matcher, closeness: 'nothing-close', suggestTopics: await this.suggest(parsed, scored) };
    }
    let best = 0;
    for (const id of close) best = Math.max(best, scores[id] ?? 0);
    // Documents that share only a common word with the query are noise, not results.
    const floor = Math.max(FLOOR.absolute, best * FLOOR.relative);
    const kept = close.filter((id) => (scores[id] ?? 0) >= floor);
    const byScore = (a: number, b: number) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b;
    // Only the head is ever shown: select it instead of sorting thousands of matches per keystroke.
    const head = topK(kept, Math.max(limit, RERANK), byScore);

    const docs = await this.docs(head);
    const reranked = head
      .map((id, i) => {
        const doc = docs[i];
        const score = scores[id] ?? 0;
        return { id, doc, score: doc ? score + phraseBonus(parsed.readings, this.normalizedDoc(id, doc)) : score };
      })
      .sort((a, b) => b.score - a.score || a.id - b.id);
    const hits: SearchHit[] = [];
    for (const h of reranked.slice(0, limit)) if (h.doc) hits.push({ id: h.id, score: h.score, doc: h.doc });
    return { query, total: kept.length, hits, matcher: parsed.matcher, closeness: 'close', suggestTopics: [] };
  }

  /** Topics near a query nothing matches closely: its concepts' topics, then those of its best loose matches. */
  private async suggest(parsed: ParsedQuery, scored: Scores): Promise<TopicSuggestion[]> {
    const weight = new Map<string, number>();
    const bySlug = new Map(this.meta.topics.map((t) => [t.slug, t]));
    const byName = new Map(this.meta.topics.map((t) => [t.name, t]));
    for (const concept of parsed.concepts) for (const slug of this.meta.concepts[concept]?.topics ?? []) weight.set(slug, Number.MAX_SAFE_INTEGER);
    const loose = topK(
      scored.ids.filter((id) => (scored.anyCoverage[id] ?? 0) >= SUGGEST.minCoverage),
      SUGGEST.docs,
      (a, b) => (scored.scores[b] ?? 0) - (scored.scores[a] ?? 0) || a - b,
    );
    const docs = await this.docs(loose);
    docs.forEach((doc, i) => {
      for (const name of doc?.topics ?? []) {
        const slug = byName.get(name)?.slug;
        if (slug) weight.set(slug, (weight.get(slug) ?? 0) + (scored.scores[loose[i] ?? 0] ?? 0));
      }
    });
    return [...weight.entries()]
      .sort((a, b) => b[1] - a[1])
      .flatMap(([slug]) => bySlug.get(slug) ?? [])
      .slice(0, SUGGEST.topics);
  }

  /** Scores the query's readings; returns the query as finally read (with sound-alike readings when it seems mistyped). */
  private async score(typed: ParsedQuery): Promise<{ parsed: ParsedQuery; scored: Scores }> {
    const termsOf = (readings: Reading[]) => readings.flatMap((r) => r.slots.flatMap((s) => s.positions.flatMap((p) => p.terms)));
    let parsed = typed;
    const primary = parsed.readings.filter((r) => !r.fallback);
    const lists = await this.files.postings(termsOf(primary));
    // Sound-alike readings only when something typed is in no document: a correct query never pays for them.
    const asTyped = parsed.readings[0];
    const typo = asTyped !== undefined && asTyped.slots.some((slot) => slot.positions.some((p) => !p.terms.some((t) => lists.has(t))));
    if (typo && !parsed.readings.some((r) => r.fallback) && this.hasUnreadChinese(parsed)) parsed = await this.withMoreSounds(parsed);
    const readings = typo ? parsed.readings : primary;
    if (typo) for (const [term, list] of await this.files.postings(termsOf(parsed.readings.filter((r) => r.fallback)))) lists.set(term, list);
    this.work ??= scratch(this.meta.docCount);
    return { parsed, scored: scoreReadings(readings, parsed.contentMask, lists, this.meta, this.work) };
  }

  /** A Chinese character in the query that the index's own readings do not cover (the corpus never uses it). */
  private hasUnreadChinese(parsed: ParsedQuery): boolean {
    for (const char of parsed.normalized) if (isHan(char) && this.vocabulary.table.readingsOf(char).length === 0) return true;
    return false;
  }

  /**
   * The query read again with the readings of common characters the corpus does not use (s/sounds.json, fetched
   * once): 杭州起富线 then has a sound-alike reading, 起付线. Without the file (offline, say) the query stays as read.
   */
  private async withMoreSounds(parsed: ParsedQuery): Promise<ParsedQuery> {
    if (!this.typoVocabulary) {
      const more = await this.files.moreSounds().catch(() => undefined);
      if (!more) return parsed;
      this.typoVocabulary = { ...this.vocabulary, table: withMoreReadings(this.table, more) };
    }
    return parseQuery(parsed.normalized, this.typoVocabulary);
  }

  // Typing re-ranks the same few documents keystroke after keystroke; normalise each once.
  private normalizedDoc(id: number, doc: SearchDoc): PhraseText {
    let found = this.normalizedDocs.get(id);
    if (!found) {
      const trad = this.meta.trad;
      found = { question: normalize(doc.question, trad), alts: doc.altTitles.map((t) => normalize(t, trad)), body: normalize(doc.text, trad) };
      this.normalizedDocs.set(id, found);
    }
    return found;
  }
}

/** The k best items in order, without sorting the rest. */
function topK(items: readonly number[], k: number, compare: (a: number, b: number) => number): number[] {
  const top: number[] = [];
  for (const item of items) {
    if (top.length === k && compare(item, top[k - 1] ?? item) >= 0) continue;
    let at = top.length;
    while (at > 0 && compare(item, top[at - 1] ?? item) < 0) at -= 1;
    top.splice(at, 0, item);
    if (top.length > k) top.pop();
  }
  return top;
}
