import { chunkPath, chunkSchema, FIELD, FIELD_BITS, searchMetaSchema, shardPath, shardSchema, type SearchDoc, type SearchMeta } from './format';
import { fromGaps, lookUp, termIndexOptions, type FlexModule, type Postings, type TermIndex } from './flex';
import { pinyinTable, readingSequences, segmentSyllables, type PinyinTable } from './pinyin';
import { initialTerms, normalize, runs, runTerms, shardOf, syllableTerms, type Run } from './tokenize';

/** Fetches the text of one file of the index, by its path relative to the index root. */
export type Loader = (path: string) => Promise<string>;

/**
 * One thing a query asks for: a Chinese run, a word, or a pinyin phrase. Each position lists
 * the terms that satisfy it (several for a polyphone read more than one way).
 */
type Slot = { text: string; positions: string[][]; literal: boolean };
/** `fallback`: only tried when the query as typed has a term no document contains (a typo). */
type Variant = { weight: number; slots: Slot[]; fallback?: boolean };

/** What to highlight in a result: the matched terms, in every form the query was read. */
export type Matcher = {
  terms: ReadonlySet<string>;
  /** Synonyms the query was widened with: highlighted only where the whole phrase occurs. */
  phrases: ReadonlySet<string>;
  syllablePairs: ReadonlySet<string>;
  initialPairs: ReadonlySet<string>;
};

export type ParsedQuery = { normalized: string; variants: Variant[]; matcher: Matcher };

export type SearchHit = { id: number; score: number; doc: SearchDoc };
export type SearchResult = { query: string; total: number; hits: SearchHit[]; matcher: Matcher };

// How much a reading of the query is trusted compared with the words as typed.
const WEIGHT = { literal: 1, synonym: 0.9, pinyin: 0.85, homophone: 0.75, initials: 0.7 } as const;
const FIELD_WEIGHT = { question: 10, alt: 8, label: 5, body: 4 } as const;
const RERANK = 12;
const MISSING_TERM_WEIGHT = 1;
// A term in at most this share of documents (or this many) picks candidates; commoner ones only score them.
const SELECTIVE_SHARE = 0.05;
const SELECTIVE_MIN_DF = 50;
const TITLE_FIELDS = FIELD.question | FIELD.alt | FIELD.label;
// Results scoring below this share of the best one are noise, not answers.
const RELATIVE_FLOOR = 0.2;
const ABSOLUTE_FLOOR = 0.3;

/**
 * Reads a query every way a resident might have meant it: as typed, with synonyms swapped
 * in, as pinyin (full or initials) and as a pinyin-input typo (same sounds, other characters).
 */
export function parseQuery(query: string, meta: Pick<SearchMeta, 'trad' | 'synonyms'>, table: PinyinTable): ParsedQuery {
  const normalized = normalize(query, meta.trad).trim();
  const literalRuns = runs(normalized);
  const variants: Variant[] = [];
  const terms = new Set<string>();
  const syllablePairs = new Set<string>();
  const initialPairs = new Set<string>();
  const phrases = new Set<string>();
  const matcher = { terms, phrases, syllablePairs, initialPairs };

  const literal = (rs: Run[], weight: number, typed = true): Variant => ({
    weight,
    slots: rs.map((run) => {
      const runTermList = runTerms(run);
      if (typed) runTermList.forEach((t) => terms.add(t));
      return { text: run.text, positions: runTermList.map((t) => [t]), literal: true };
    }),
  });
  if (literalRuns.length === 0) return { normalized, variants, matcher };
  variants.push(literal(literalRuns, WEIGHT.literal));

  for (const { text, phrase } of synonymRewrites(normalized, meta.synonyms)) {
    variants.push(literal(runs(text), WEIGHT.synonym, false));
    phrases.add(phrase);
  }

  // A Chinese query typed with the wrong characters of the right sounds.
  if (literalRuns.some((r) => r.kind === 'han' && Array.from(r.text).length >= 2)) {
    const slots = literalRuns.map((run): Slot => {
      const chars = Array.from(run.text);
      if (run.kind !== 'han' || chars.length < 2) return { text: run.text, positions: runTerms(run).map((t) => [t]), literal: true };
      const sequences = readingSequences(chars, table);
      const positions = chars.slice(1).map((_, i) => [...new Set(sequences.map((seq) => syllableTerms(seq.slice(i, i + 2))[0] ?? ''))]);
      positions.flat().forEach((t) => syllablePairs.add(t));
      return { text: run.text, positions, literal: false };
    });
    if (slots.some((s) => !s.literal && s.positions.every((p) => p.length > 0 && p[0] !== ''))) variants.push({ weight: WEIGHT.homophone, slots, fallback: true });
  }

  // Latin letters may be pinyin: `yidi jiuyi` (syllables) or `syjt` (initials).
  const letters = literalRuns.filter((r) => r.kind === 'latin' && /^[a-z]+$/.test(r.text));
  if (letters.length > 0) {
    const joined = letters.map((r) => r.text).join('');
    const others = literal(
      literalRuns.filter((r) => !letters.includes(r)),
      1,
    ).slots;
    const syllables = segmentSyllables(joined, table);
    if (syllables && syllables.length >= 2) {
      const pairTerms = syllableTerms(syllables);
      pairTerms.forEach((t) => syllablePairs.add(t));
      variants.push({ weight: WEIGHT.pinyin, slots: [{ text: joined, positions: pairTerms.map((t) => [t]), literal: false }, ...others] });
    } else if (joined.length >= 2 && joined.length <= 12) {
      const pairTerms = initialTerms(Array.from(joined));
      pairTerms.forEach((t) => initialPairs.add(t));
      variants.push({ weight: WEIGHT.initials, slots: [{ text: joined, positions: pairTerms.map((t) => [t]), literal: false }, ...others] });
    }
  }
  return { normalized, variants, matcher };
}

/** The query with one phrase replaced by each other phrase of its synonym group. */
export function synonymRewrites(normalized: string, groups: readonly (readonly string[])[], cap = 8): { text: string; phrase: string }[] {
  const rewrites: { text: string; phrase: string }[] = [];
  for (const group of groups) {
    // The longest phrase present wins, so 家庭共济 is not also rewritten as 共济.
    const present = [...group].filter((p) => normalized.includes(p)).sort((a, b) => b.length - a.length)[0];
    if (!present) continue;
    for (const other of group) {
      // Skip a phrase the query already has elsewhere; one inside the phrase (共济 in 家庭共济) is a real widening.
      if (other === present || normalized.replace(present, '').includes(other) || rewrites.length >= cap) continue;
      rewrites.push({ text: normalized.replace(present, other), phrase: other });
    }
  }
  return rewrites;
}

export class SearchEngine {
  readonly meta: SearchMeta;
  readonly table: PinyinTable;
  private readonly load: Loader;
  private readonly flex: FlexModule;
  private readonly shards = new Map<number, Promise<TermIndex>>();
  private readonly chunks = new Map<number, Promise<SearchDoc[]>>();
  /** Postings FlexSearch gave for a term, merged over the fields; typing asks for the same terms again and again. */
  private readonly termPostings = new Map<string, Postings | null>();

  private constructor(meta: SearchMeta, load: Loader, flex: FlexModule) {
    this.meta = meta;
    this.load = load;
    this.flex = flex;
    this.table = pinyinTable(meta.sounds);
  }

  static async open(load: Loader): Promise<SearchEngine> {
    // FlexSearch arrives with the index, in the search chunk, never with the page.
    const [meta, flex] = await Promise.all([load('meta.json'), import('flexsearch')]);
    return new SearchEngine(searchMetaSchema.parse(JSON.parse(meta)), load, flex);
  }

  parse(query: string): ParsedQuery {
    return parseQuery(query, this.meta, this.table);
  }

  /** Ranks every matching document; loads display records only for `limit` of them. */
  async search(query: string, limit = 10): Promise<SearchResult> {
    const parsed = this.parse(query);
    const { ids, scores } = await this.score(parsed);
    let best = 0;
    for (const id of ids) best = Math.max(best, scores[id] ?? 0);
    // Documents that share only a common word with the query are noise, not results.
    const floor = Math.max(ABSOLUTE_FLOOR, best * RELATIVE_FLOOR);
    const kept = ids.filter((id) => (scores[id] ?? 0) >= floor);
    const byScore = (a: number, b: number) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b;
    // Only the head is ever shown: select it instead of sorting thousands of matches per keystroke.
    const head = topK(kept, Math.max(limit, RERANK), byScore);

    const docs = await this.docs(head);
    const reranked = head
      .map((id, i) => {
        const doc = docs[i];
        const score = scores[id] ?? 0;
        return { id, doc, score: doc ? score + phraseBonus(parsed, this.normalizedDoc(id, doc)) : score };
      })
      .sort((a, b) => b.score - a.score || a.id - b.id);
    const hits: SearchHit[] = [];
    for (const h of reranked.slice(0, limit)) if (h.doc) hits.push({ id: h.id, score: h.score, doc: h.doc });
    return { query, total: kept.length, hits, matcher: parsed.matcher };
  }

  /** Display records for documents, in the order asked. */
  async docs(ids: readonly number[]): Promise<(SearchDoc | undefined)[]> {
    const size = this.meta.chunkSize;
    const chunks = await Promise.all(ids.map((id) => this.chunk(Math.floor(id / size))));
    return ids.map((id, i) => chunks[i]?.[id % size]);
  }

  private readonly normalizedDocs = new Map<number, NormalizedDoc>();

  // Typing re-ranks the same few documents keystroke after keystroke; normalise each once.
  private normalizedDoc(id: number, doc: SearchDoc): NormalizedDoc {
    let found = this.normalizedDocs.get(id);
    if (!found) {
      const trad = this.meta.trad;
      found = { question: normalize(doc.question, trad), alts: doc.altTitles.map((t) => normalize(t, trad)), body: normalize(doc.text, trad) };
      this.normalizedDocs.set(id, found);
    }
    return found;
  }

  private chunk(n: number): Promise<SearchDoc[]> {
    let pending = this.chunks.get(n);
    if (!pending) {
      pending = this.load(chunkPath(n)).then((text) => chunkSchema.parse(JSON.parse(text)));
      pending.catch(() => this.chunks.delete(n));
      this.chunks.set(n, pending);
    }
    return pending;
  }

  private shard(n: number): Promise<TermIndex> {
    let pending = this.shards.get(n);
    if (!pending) {
      pending = this.load(shardPath(n)).then((text) => {
        // Checked before FlexSearch sees it: its import takes any JSON without a word.
        const shard = fromGaps(shardSchema.parse(JSON.parse(text)));
        const index = new this.flex.Index(termIndexOptions());
        index.import('map', JSON.stringify(shard));
        return index;
      });
      // A failed fetch is retried on the next keystroke rather than remembered.
      pending.catch(() => this.shards.delete(n));
      this.shards.set(n, pending);
    }
    return pending;
  }

  private async postings(terms: Iterable<string>): Promise<Map<string, Postings>> {
    const unique = [...new Set(terms)];
    const missing = unique.filter((t) => !this.termPostings.has(t));
    const shardIds = [...new Set(missing.map((t) => shardOf(t, this.meta.shardCount)))];
    const loaded = new Map(await Promise.all(shardIds.map(async (s) => [s, await this.shard(s)] as const)));
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

  private async score(parsed: ParsedQuery): Promise<{ ids: number[]; scores: Float64Array }> {
    const termsOf = (variants: Variant[]) => variants.flatMap((v) => v.slots.flatMap((s) => s.positions.flat()));
    const primary = parsed.variants.filter((v) => !v.fallback);
    const lists = await this.postings(termsOf(primary));
    // Sound-alike readings only when something typed is in no document: a correct query never pays for them.
    const typed = parsed.variants[0];
    const typo = typed !== undefined && typed.slots.some((slot) => slot.positions.some((alts) => !alts.some((t) => lists.has(t))));
    const variants = typo ? parsed.variants : primary;
    if (typo) for (const [term, list] of await this.postings(termsOf(parsed.variants.filter((v) => v.fallback)))) lists.set(term, list);

    const n = this.meta.docCount;
    const idf = (term: string) => Math.log(1 + n / Math.max(1, lists.get(term)?.docs.length ?? 0));
    // Dense per-document arrays, reused across keystrokes: a Map per document was most of the time at 10,000 questions.
    const work = this.scratch();
    // Best score of each document over the readings; a fresh array, since a result outlives the next keystroke.
    const scores = new Float64Array(n);
    const ids: number[] = [];

    // Documents worth scoring are those with at least one selective term; a document that shares only
    // words most documents have (医保, 缴费) with the query is not an answer to it.
    const selectiveDf = Math.max(SELECTIVE_MIN_DF, n * SELECTIVE_SHARE);
    const selective = [...lists.values()].filter((list) => list.docs.length <= selectiveDf);
    let restrict = selective.length > 0 && selective.length < lists.size;
    work.candidateMark += 1;
    if (restrict) for (const list of selective) for (const doc of list.docs) work.candidate[doc] = work.candidateMark;
    else if (selective.length === 0) {
      // Only common words (医保共济…): the documents with one of them in a title are the candidates,
      // unless that leaves too few to fill the list.
      let count = 0;
      for (const { docs, codes } of lists.values()) {
        for (let i = 0; i < docs.length; i += 1) {
          const doc = docs[i] ?? 0;
          if ((codes[i] ?? 0) & TITLE_FIELDS && work.candidate[doc] !== work.candidateMark) {
            work.candidate[doc] = work.candidateMark;
            count += 1;
          }
        }
      }
      restrict = count >= RERANK;
    }

    for (const variant of variants) {
      const slotCount = variant.slots.length;
      const touched: number[] = [];
      for (let s = 0; s < slotCount; s += 1) {
        const slot = variant.slots[s];
        if (!slot) continue;
        const slotDocs: number[] = [];
        let slotTotal = 0;
        for (const alternatives of slot.positions) {
          const present = alternatives.filter((t) => lists.has(t));
          // A term no document has (the join of 共济|扣 in 共济扣谁) says nothing about which
          // document is meant, so it only dilutes the coverage a little.
          const weight = present.length > 0 ? Math.min(...present.map(idf)) : MISSING_TERM_WEIGHT;
          slotTotal += weight;
          // A document matching a position through several readings counts it once.
          work.stamp += 1;
          for (const term of present) {
            const list = lists.get(term);
            if (!list) continue;
            const { docs, codes } = list;
            for (let i = 0; i < docs.length; i += 1) {
              const doc = docs[i] ?? 0;
              if (restrict && work.candidate[doc] !== work.candidateMark) continue;
              if (work.seen[doc] === work.stamp) continue;
              work.seen[doc] = work.stamp;
              const code = codes[i] ?? 0;
              const row = doc * 6;
              if (work.inSlot[doc] !== s + 1) {
                work.inSlot[doc] = s + 1;
                for (let k = row; k < row + 6; k += 1) work.fields[k] = 0;
                slotDocs.push(doc);
              }
              if (code & FIELD.question) {
                work.fields[row] = (work.fields[row] ?? 0) + weight;
                work.fields[row + 5] = (work.fields[row + 5] ?? 0) + 1;
              }
              if (code & FIELD.alt) work.fields[row + 1] = (work.fields[row + 1] ?? 0) + weight;
              if (code & FIELD.label) work.fields[row + 2] = (work.fields[row + 2] ?? 0) + weight;
              if (code & FIELD.body) {
                work.fields[row + 3] = (work.fields[row + 3] ?? 0) + weight;
                work.fields[row + 4] = (work.fields[row + 4] ?? 0) + (code >> FIELD_BITS);
              }
            }
          }
        }

        const whole = slotTotal || 1;
        for (const doc of slotDocs) {
          const row = doc * 6;
          const q = (work.fields[row] ?? 0) / whole;
          const a = (work.fields[row + 1] ?? 0) / whole;
          const l = (work.fields[row + 2] ?? 0) / whole;
          const b = (work.fields[row + 3] ?? 0) / whole;
          // A title the query covers almost entirely beats a long title that merely contains it.
          const cover = Math.min(1, (work.fields[row + 5] ?? 0) / Math.max(1, this.meta.titleTerms[doc] ?? 1));
          const title = Math.max(FIELD_WEIGHT.question * q * q * (0.8 + 0.2 * cover), FIELD_WEIGHT.alt * a * a, FIELD_WEIGHT.label * l * l);
          const body = FIELD_WEIGHT.body * b * b * (1 + Math.min(0.5, Math.log1p(work.fields[row + 4] ?? 0) / 10));
          if (work.variant[doc] !== work.pass + 1) {
            work.variant[doc] = work.pass + 1;
            work.sum[doc] = 0;
            work.complete[doc] = 0;
            touched.push(doc);
          }
          work.sum[doc] = (work.sum[doc] ?? 0) + title + body;
          if (Math.max(q, a, l, b) >= 0.5) work.complete[doc] = (work.complete[doc] ?? 0) + 1;
        }
        for (const doc of slotDocs) work.inSlot[doc] = 0;
      }

      for (const doc of touched) {
        // With several words, documents that match all of them come first.
        const complete = work.complete[doc] ?? 0;
        const completeness = complete === slotCount || slotCount === 1 ? 1 : 0.35 * (complete / slotCount);
        const kind = this.meta.kinds[doc] === 'f' ? 1.08 : 1;
        const score = variant.weight * (work.sum[doc] ?? 0) * completeness * kind;
        if (score > (scores[doc] ?? 0)) {
          if (scores[doc] === 0) ids.push(doc);
          scores[doc] = score;
        }
      }
      work.pass += 1;
    }
    return { ids, scores };
  }

  private work?: Scratch;

  private scratch(): Scratch {
    const n = this.meta.docCount;
    this.work ??= {
      fields: new Float64Array(n * 6),
      seen: new Int32Array(n),
      inSlot: new Int32Array(n),
      variant: new Int32Array(n),
      sum: new Float64Array(n),
      complete: new Int32Array(n),
      candidate: new Int32Array(n),
      stamp: 0,
      pass: 0,
      candidateMark: 0,
    };
    return this.work;
  }
}

/** Per-document working arrays of the scorer; `stamp` and `pass` mark which entries are current. */
type Scratch = {
  fields: Float64Array;
  seen: Int32Array;
  inSlot: Int32Array;
  variant: Int32Array;
  sum: Float64Array;
  complete: Int32Array;
  candidate: Int32Array;
  stamp: number;
  pass: number;
  candidateMark: number;
};

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

type NormalizedDoc = { question: string; alts: string[]; body: string };

/** An exact phrase beats the same characters scattered: checked on the text of the top results. */
function phraseBonus(parsed: ParsedQuery, doc: NormalizedDoc): number {
  let best = 0;
  for (const variant of parsed.variants) {
    let bonus = 0;
    for (const slot of variant.slots) {
      if (!slot.literal || Array.from(slot.text).length < 2) continue;
      if (doc.question.includes(slot.text)) bonus += 4;
      else if (doc.alts.some((t) => t.includes(slot.text))) bonus += 3;
      else if (doc.body.includes(slot.text)) bonus += 1.5;
    }
    best = Math.max(best, bonus * variant.weight);
  }
  return best;
}
