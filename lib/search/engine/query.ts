import type { SearchDoc, SearchMeta } from '@/lib/search/format';
import { IndexFiles, type Loader } from './index-files';
import { conceptMatcherInSteps, parseQuery, vocabulary, type Matcher, type ParsedQuery, type Reading, type Vocabulary } from '@/lib/search/parse';
import { pinyinTable, withMoreReadings, type PinyinTable } from '@/lib/search/pinyin';
import { decideScope, NO_EVIDENCE, type ScopeRules } from '@/lib/content/scope-decision';
import { readQuestion, type ReadQuestion } from './question';
import type { Postings } from '@/lib/search/flex';
import { TITLE_FIELDS } from '@/lib/search/format';
import { ABOUT, aboutness, FLOOR, isClose, isCloseByWeight, MAIN_CONCEPT, ON_THEME, phraseBonus, RERANK, SUGGEST, type PhraseText } from '@/lib/search/ranking';
import { inSomeTitle, scoreReadings, scratch, type Scores, type Scratch } from './score';
import { CONCEPT_PREFIX, isHan, normalize } from '@/lib/search/tokenize';
import { yieldToMain } from '@/lib/core/yield';

/**
 * The search engine: parse (parse.ts) → fetch the terms' shards (index-files.ts) → score (score.ts, with the
 * weights of ranking.ts) → keep what is close → re-rank the head by exact phrases. Browser-safe.
 */

export type { Loader } from './index-files';
export type { Matcher, ParsedQuery } from '@/lib/search/parse';

export type SearchHit = { id: number; score: number; doc: SearchDoc };
export type TopicSuggestion = SearchMeta['topics'][number];

/**
 * The honest state of a result:
 * - `close`: `hits` answer the question;
 * - `related`: no question on the site is the one asked, but `hits` are on what it is about (its informative words
 *   and concepts are in their titles): say so above them;
 * - `nothing-close`: nothing on the site is on it; `hits` is empty and `suggestTopics` are the topics nearest to
 *   what was asked (possibly none).
 */
export type Closeness = 'close' | 'related' | 'nothing-close';

export type SearchResult = {
  query: string;
  /** How many matches of the state there are; `hits` holds the first `limit` of them. */
  total: number;
  hits: SearchHit[];
  matcher: Matcher;
  closeness: Closeness;
  /** When nothing is close: the topics of the loose matches and of the concepts the query names, nearest first. */
  suggestTopics: TopicSuggestion[];
  /**
   * The question is one content/scope.yaml's rules exclude (养老金怎么算, 糖尿病怎么治疗, 公积金): when nothing is
   * close, say the site answers medical-insurance questions only, rather than just "nothing found".
   */
  outOfScope?: true;
};

type Candidate = { id: number; score: number };

/** How far a question's matches reach (`SearchEngine.reach`): every state, its words as typed, or titles only. */
type Reach = 'all' | 'words' | 'titles';

/**
 * Matches of one state: every one, and the best of them in order (as many as can be shown or re-ranked). Matches of
 * the words as typed are ordered by score and then by exact phrases; matches of what a long question is about are
 * ordered by how much of it their titles hold (`byAboutness`), which phrases would only blur.
 */
type Matches = { ids: number[]; head: Candidate[]; byAboutness?: boolean; onTheme?: Candidate[][] };

/**
 * One question (or one sentence of it) scored: its close and its related matches, and the loose ones. `themed`: it
 * names a main concept (`mainConcept`), so it asks about something of its own.
 */
type Ranked = { parsed: ParsedQuery; close: Matches; related: Matches; loose: Candidate[]; themed: boolean };

export class SearchEngine {
  readonly meta: SearchMeta;
  readonly table: PinyinTable;
  readonly vocabulary: Vocabulary;
  private readonly files: IndexFiles;
  private readonly normalizedDocs = new Map<number, PhraseText>();
  private work?: Scratch;
  private typoVocabulary?: Vocabulary;
  private scopeRules?: ScopeRules;

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

  /** The question as a person reads it (question.ts): filler out, masks and numerals read, sentences apart. */
  read(query: string): ReadQuestion {
    return readQuestion(normalize(query, this.meta.trad), this.vocabulary);
  }

  /** Display records for documents, in the order asked. */
  docs(ids: readonly number[]): Promise<(SearchDoc | undefined)[]> {
    return this.files.docs(ids);
  }

  /**
   * Ranks every match of the question; loads display records only for `limit` of them. A question of several
   * sentences that is not answered whole is answered sentence by sentence, their results taken in turn.
   */
  async search(query: string, limit = 10): Promise<SearchResult> {
    const question = this.read(query);
    const reach = this.reach(question.text);
    const head = Math.max(limit, RERANK);
    const whole = await this.rank(question.text, head, reach);
    const parts: Ranked[] = [];
    if (whole.close.ids.length === 0) {
      let asked = '';
      for (const part of question.parts) {
        const alone = await this.rank(part, head, reach);
        // A sentence that names no theme of its own asks on about the one before it (长护险能报养老院的钱吗 一个月能报多少):
        // alone, its close matches are on whatever 报多少 is in.
        if (alone.themed || parts.length === 0) {
          parts.push(alone);
          asked = part;
        } else {
          asked = `${asked} ${part}`;
          parts[parts.length - 1] = await this.rank(asked, head, reach);
        }
      }
    }
    const all = [whole, ...parts];
    const matcher = whole.parsed.matcher;
    // Choosing, fetching and re-ranking the head is a step of its own.
    await yieldToMain();

    const answered = all.filter((r) => r.close.ids.length > 0);
    if (answered.length > 0) return this.result(query, 'close', answered, (r) => r.close, limit, matcher);
    const related = all.filter((r) => r.related.ids.length > 0);
    if (related.length > 0) return this.result(query, 'related', related, (r) => r.related, limit, matcher);
    if (reach === 'titles') return { query, total: 0, hits: [], matcher, closeness: 'nothing-close', suggestTopics: [], outOfScope: true };
    return { query, total: 0, hits: [], matcher, closeness: 'nothing-close', suggestTopics: await this.suggest(all) };
  }

  /**
   * How far a question's matches may reach, by its scope judged as pages are judged (content/scope.yaml). What a
   * question is about (closeness by weight, related pages) decides only for a question about medical insurance:
   * 快递查询 shares words with answers, not a theme. A question the rules exclude (养老金怎么算, 糖尿病怎么治疗)
   * is answered only by a title that is the question itself; the answer text that mentions its words is not.
   */
  private reach(question: string): Reach {
    const scope = decideScope(this.scope(), question);
    if (scope.kept) return 'all';
    return scope.rule === NO_EVIDENCE.rule ? 'words' : 'titles';
  }

  /** content/scope.yaml's rules as meta.json carries them, over the index's concepts; compiled on the first question that needs them. */
  private scope(): ScopeRules {
    this.scopeRules ??= {
      weights: this.meta.scope.weights,
      exclude: this.meta.scope.exclude.map((rule) => ({
        id: rule.id,
        reason: '',
        patterns: rule.patterns.map((p) => new RegExp(p, 'u')),
        unless: rule.unless.map((p) => new RegExp(p, 'u')),
        unlessCore: rule.unlessCore,
      })),
      matcher: this.vocabulary.matcher,
      concepts: this.meta.concepts.map((c, i) => ({ id: String(i), term: c.forms[0] ?? '', scope: c.scope ?? 'core', weakForms: new Set(c.weak ?? []) })),
    };
    return this.scopeRules;
  }

  /** The hits of one state: each question's head re-ranked by exact phrases, then the questions' lists in turn. */
  private async result(query: string, closeness: Closeness, ranked: Ranked[], of: (r: Ranked) => Matches, limit: number, matcher: Matcher): Promise<SearchResult> {
    const lists: Candidate[][] = [];
    // Pages on the theme shown in turn with the matches are counted with them.
    const added = new Set<number>();
    for (const r of ranked) {
      const matches = of(r);
      const head = matches.byAboutness ? matches.head : await this.reranked(r.parsed, matches.head);
      // Close by the words, none of the first naming what the question is mainly about: the pages on that theme in
      // turn with them.
      const shown = new Set(head.slice(0, ON_THEME.head).map((c) => c.id));
      const themed = matches.onTheme?.find((pages) => pages.length > 0 && !pages.some((c) => shown.has(c.id)));
      if (!themed) lists.push(head);
      else {
        const scoreOf = new Map([...themed, ...head].map((c) => [c.id, c.score]));
        for (const c of themed) added.add(c.id);
        lists.push(takeInTurn([head, themed]).map((id) => ({ id, score: scoreOf.get(id) ?? 0 })));
      }
    }
    const ids = takeInTurn(lists);
    const docs = await this.docs(ids.slice(0, limit));
    const hits: SearchHit[] = [];
    docs.forEach((doc, i) => {
      const hit = ids[i];
      if (doc && hit !== undefined) hits.push({ id: hit, score: 0, doc });
    });
    const scoreOf = new Map(lists.flat().map((c) => [c.id, c.score]));
    for (const hit of hits) hit.score = scoreOf.get(hit.id) ?? 0;
    const [only] = ranked;
    const matched = ranked.length === 1 && only ? of(only).ids : ranked.flatMap((r) => of(r).ids);
    const total = added.size === 0 && ranked.length === 1 ? matched.length : new Set([...matched, ...added]).size;
    const suggestTopics = closeness === 'related' ? this.topicsOf(hits) : [];
    return { query, total, hits, matcher, closeness, suggestTopics };
  }

  /** The head's order corrected by exact phrases in the documents' text. */
  private async reranked(parsed: ParsedQuery, head: Candidate[]): Promise<Candidate[]> {
    const docs = await this.docs(head.map((c) => c.id));
    return head
      .map((c, i) => {
        const doc = docs[i];
        return { id: c.id, score: doc ? c.score + phraseBonus(parsed.readings, this.normalizedDoc(c.id, doc)) : c.score };
      })
      .sort((a, b) => b.score - a.score || a.id - b.id);
  }

  /** Scores one question and sorts what it found into close, related and loose matches. */
  private async rank(text: string, headSize: number, reach: Reach): Promise<Ranked> {
    const { parsed, scored, lists } = await this.score(this.parse(text));
    const { scores } = scored;
    const byScore = (a: number, b: number) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b;
    const floored = (ids: number[]): Matches => {
      let best = 0;
      for (const id of ids) best = Math.max(best, scores[id] ?? 0);
      // Documents that share only a common word with the query are noise, not results.
      const floor = Math.max(FLOOR.absolute, best * FLOOR.relative);
      const kept = ids.filter((id) => (scores[id] ?? 0) >= floor);
      // Only the head is ever shown: select it instead of sorting thousands of matches per keystroke.
      return { ids: kept, head: topK(kept, headSize, byScore).map((id) => ({ id, score: scores[id] ?? 0 })) };
    };
    // Related: titles that name what the question is mainly about (its most informative concept).
    const { main, second, broad } = mainConcept(parsed, lists, this.meta.docCount);
    const onTheme = titled(lists.get(main ?? ''));
    const nearTheme = main === undefined ? titled(lists.get(broad ?? '')) : onTheme;
    const close: number[] = [];
    const closeByWeight: number[] = [];
    const near: number[] = [];
    for (const id of scored.ids) {
      const title = scored.titleWeight[id] ?? 0;
      const titleCoverage = scored.titleCoverage[id] ?? 0;
      // An answer whose text has the words but whose titles do not name what the question is mainly about
      // mentions them in passing (a page on 新农合 that says 异地就医 once is no answer to 农合异地就医怎么报销).
      const inPassing = onTheme.size > 0 && !onTheme.has(id) && !isClose(titleCoverage, 0);
      if (reach === 'titles') {
        if (isClose(titleCoverage, 0)) close.push(id);
      } else if (isClose(titleCoverage, scored.anyCoverage[id] ?? 0, scored.anyWeight[id] ?? 0) && !inPassing) close.push(id);
      else if (reach === 'words') continue;
      else if (isCloseByWeight(title)) closeByWeight.push(id);
      else if (nearTheme.has(id)) near.push(id);
    }
    const loose = topK(
      scored.ids.filter((id) => (scored.anyCoverage[id] ?? 0) >= SUGGEST.minCoverage),
      SUGGEST.docs,
      byScore,
    ).map((id) => ({ id, score: scores[id] ?? 0 }));
    // The words as typed decide when they match; what the question is about decides only when they do not.
    const answered = close.length > 0 ? floored(close) : byAboutness(closeByWeight, scored, headSize);
    // Close by characters on parts that name no theme (城乡居民医疗保险停交多久失效: 城乡居民医保 is most of its
    // characters, 停交 its theme): when none of the first close pages names the main concept, the pages that do are
    // shown in turn with them (result), so the words as typed and what the question is about both have a place. A
    // question on two themes (退休 … 医保卡每月) likewise gets the pages on its second concept when the first close
    // pages are all on the main one.
    const alsoOn = titled(lists.get(second ?? ''));
    const pagesOn = (theme: ReadonlySet<number>, not: ReadonlySet<number>) => (theme.size === 0 ? [] : byAboutness(scored.ids.filter((id) => theme.has(id) && !not.has(id)), scored, headSize).head);
    if (answered.ids.length > 0 && onTheme.size > 0) answered.onTheme = [pagesOn(onTheme, new Set()), pagesOn(alsoOn, onTheme)];
    const related = byAboutness(near, scored, headSize);
    // A question on two themes (异地就医 … 报销比例): the pages on the second concept in turn with the main one's.
    if (near.length > 0) related.onTheme = [pagesOn(alsoOn, onTheme)];
    return { parsed, close: answered, related, loose, themed: main !== undefined };
  }

  /** The topics of related results, in the order they first appear. */
  private topicsOf(hits: readonly SearchHit[]): TopicSuggestion[] {
    const byName = new Map(this.meta.topics.map((t) => [t.name, t]));
    const seen = new Map<string, TopicSuggestion>();
    for (const hit of hits) for (const name of hit.doc.topics) if (!seen.has(name) && byName.has(name)) seen.set(name, byName.get(name) as TopicSuggestion);
    return [...seen.values()].slice(0, SUGGEST.topics);
  }

  /** Topics near a query nothing matches closely: its concepts' topics, then those of its best loose matches. */
  private async suggest(ranked: readonly Ranked[]): Promise<TopicSuggestion[]> {
    const weight = new Map<string, number>();
    const bySlug = new Map(this.meta.topics.map((t) => [t.slug, t]));
    const byName = new Map(this.meta.topics.map((t) => [t.name, t]));
    for (const { parsed } of ranked) for (const concept of parsed.concepts) for (const slug of this.meta.concepts[concept]?.topics ?? []) weight.set(slug, Number.MAX_SAFE_INTEGER);
    const loose = ranked.flatMap((r) => r.loose);
    const docs = await this.docs(loose.map((c) => c.id));
    docs.forEach((doc, i) => {
      for (const name of doc?.topics ?? []) {
        const slug = byName.get(name)?.slug;
        if (slug) weight.set(slug, (weight.get(slug) ?? 0) + (loose[i]?.score ?? 0));
      }
    });
    return [...weight.entries()]
      .sort((a, b) => b[1] - a[1])
      .flatMap(([slug]) => bySlug.get(slug) ?? [])
      .slice(0, SUGGEST.topics);
  }

  /** Scores the query's readings; returns the query as finally read (with sound-alike readings when it seems mistyped). */
  private async score(typed: ParsedQuery): Promise<{ parsed: ParsedQuery; scored: Scores; lists: ReadonlyMap<string, Postings> }> {
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
    return { parsed, scored: scoreReadings(readings, parsed.contentMask, lists, this.meta, this.work), lists };
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
      found = { question: normalize(doc.question, trad), alts: [...doc.altTitles, ...(doc.asked ?? []).map((s) => s.title)].map((t) => normalize(t, trad)), body: normalize(doc.text, trad) };
      this.normalizedDocs.set(id, found);
    }
    return found;
  }
}

/**
 * The concept a question is mainly about: of the concepts it names, the most informative (rarity times the
 * characters it stands for) that is not in most answers anyway (医保, 报销 say nothing of a theme) and that some
 * page's title names. The question as read through the lexicon; undefined when it names none that the site's
 * titles have.
 *
 * Named in some title, because the main concept is what finds the pages on the theme (the related state, answers
 * in passing): one that only answers' text mentions (看病的钱 in 断了两个月 补缴后…看病的钱能报吗, 直接刷卡 in
 * 回老家住院可以直接刷卡吗…要不要先备案) finds none, and would leave a question on 补缴 or 备案 with nothing.
 *
 * `broad`: when the question names no such concept, the most informative one that many answers mention but few
 * titles name (医保卡余额 in 上海市医保卡余额不足的情况下怎么扣费, 城乡居民医保 in 2021年广西农村医疗保险交多少钱). It
 * only finds related pages; it does not make an answer with the words in passing, since it is no theme of its own.
 */
function mainConcept(parsed: ParsedQuery, lists: ReadonlyMap<string, Postings>, docCount: number): { main?: string; second?: string; broad?: string } {
  const [main, second] = mostInformative(parsed, lists, docCount, (df) => df <= docCount * MAIN_CONCEPT.maxShare);
  if (main !== undefined) return { main, second };
  return { broad: mostInformative(parsed, lists, docCount, (_, list) => titledCount(list) <= docCount * MAIN_CONCEPT.maxShare)[0] };
}

/** The concepts the question names that `rare` admits and some title names, most informative first. */
function mostInformative(parsed: ParsedQuery, lists: ReadonlyMap<string, Postings>, docCount: number, rare: (df: number, list: Postings) => boolean): string[] {
  const weights = new Map<string, number>();
  for (const reading of parsed.readings) {
    if (reading.kind !== 'concept') continue;
    for (const slot of reading.slots) {
      for (const position of slot.positions) {
        for (const term of position.terms) {
          const list = lists.get(term);
          const df = list?.docs.length ?? 0;
          if (!list || !term.startsWith(CONCEPT_PREFIX) || df === 0 || !inSomeTitle(list) || !rare(df, list)) continue;
          weights.set(term, Math.max(weights.get(term) ?? 0, position.span * Math.log(1 + docCount / df)));
        }
      }
    }
  }
  return [...weights.entries()].sort((a, b) => b[1] - a[1]).map(([term]) => term);
}

const titledCounts = new WeakMap<Postings, number>();

/** How many documents have the term in a title, another wording or a label (remembered per list). */
function titledCount(list: Postings): number {
  let count = titledCounts.get(list);
  if (count === undefined) {
    count = 0;
    for (const code of list.codes) if ((code & TITLE_FIELDS) !== 0) count += 1;
    titledCounts.set(list, count);
  }
  return count;
}

/** The documents a term's postings have in a title, another wording or a label. */
function titled(list: Postings | undefined): Set<number> {
  const docs = new Set<number>();
  if (list) list.docs.forEach((doc, i) => ((list.codes[i] ?? 0) & TITLE_FIELDS) !== 0 && docs.add(doc));
  return docs;
}

/** Documents ordered by how much of what the question is about their titles and text hold (ranking.ts `aboutness`). */
function byAboutness(ids: readonly number[], scored: Scores, headSize: number): Matches {
  const key = (id: number) => aboutness(scored.titleWeight[id] ?? 0, scored.anyWeight[id] ?? 0);
  let best = 0;
  for (const id of ids) best = Math.max(best, key(id));
  const kept = ids.filter((id) => key(id) >= best * ABOUT.relative);
  const order = (a: number, b: number) => key(b) - key(a) || (scored.scores[b] ?? 0) - (scored.scores[a] ?? 0) || a - b;
  return { ids: kept, head: topK(kept, headSize, order).map((id) => ({ id, score: key(id) })), byAboutness: true };
}

/** Several ranked lists as one: the first of each, then the second of each …, each document once. */
function takeInTurn(lists: readonly Candidate[][]): number[] {
  const seen = new Set<number>();
  const ids: number[] = [];
  for (let at = 0; lists.some((l) => at < l.length); at += 1) {
    for (const list of lists) {
      const c = list[at];
      if (c && !seen.has(c.id)) {
        seen.add(c.id);
        ids.push(c.id);
      }
    }
  }
  return ids;
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
