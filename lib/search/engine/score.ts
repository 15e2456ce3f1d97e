import { FIELD, FIELD_BITS, TITLE_FIELDS, titleTermCount, type SearchMeta } from '@/lib/search/format';
import type { Postings } from '@/lib/search/flex';
import { bitCount, type Position, type Reading } from '@/lib/search/parse';
import { CONCEPT_PREFIX } from '@/lib/search/tokenize';
import { completeness, FULL_ANSWER, GENERIC_WEIGHT, MISSING_TERM_WEIGHT, RERANK, SELECTIVE, SLOT_MATCHED, slotScore } from '@/lib/search/ranking';

/**
 * The scorer: every document's score over the readings of a query, from the postings of their terms.
 * The formulas and weights are in ranking.ts; this file is the loop that applies them fast, over dense
 * per-document arrays reused between keystrokes.
 */

/** Valid until the next call with the same scratch: the arrays are reused between keystrokes. */
export type Scores = {
  /** Documents with a score, in no order. */
  ids: number[];
  scores: Float64Array;
  /** Share of the query's content characters each document matches in titles and labels, and anywhere (best reading). */
  titleCoverage: Float32Array;
  anyCoverage: Float32Array;
  /**
   * The same shares weighed by how informative each part of the query is (its idf, a concept by the characters it
   * stands for): what a long question is about, not how many of its characters a document repeats.
   */
  titleWeight: Float32Array;
  anyWeight: Float32Array;
};

// Per document: question, alt, label, body weights, body count, question term matches.
const ROW = 6;

/** Per-document working arrays of the scorer; the stamps mark which entries are current. */
export type Scratch = {
  fields: Float64Array;
  seen: Int32Array;
  inSlot: Int32Array;
  reading: Int32Array;
  sum: Float64Array;
  matched: Int32Array;
  candidate: Int32Array;
  maskAny: Int32Array;
  maskTitle: Int32Array;
  /** The previous call's results, cleared at the start of the next one (only the entries it set). */
  scores: Float64Array;
  titleCoverage: Float32Array;
  anyCoverage: Float32Array;
  titleWeight: Float32Array;
  anyWeight: Float32Array;
  /** Per document, within one reading: the informative weight matched anywhere and in a title or label. */
  matchedAny: Float64Array;
  matchedTitle: Float64Array;
  scored: number[];
  stamp: number;
  pass: number;
  candidateMark: number;
};

export function scratch(docCount: number): Scratch {
  return {
    fields: new Float64Array(docCount * ROW),
    seen: new Int32Array(docCount),
    inSlot: new Int32Array(docCount),
    reading: new Int32Array(docCount),
    sum: new Float64Array(docCount),
    matched: new Int32Array(docCount),
    candidate: new Int32Array(docCount),
    maskAny: new Int32Array(docCount),
    maskTitle: new Int32Array(docCount),
    scores: new Float64Array(docCount),
    titleCoverage: new Float32Array(docCount),
    anyCoverage: new Float32Array(docCount),
    titleWeight: new Float32Array(docCount),
    anyWeight: new Float32Array(docCount),
    matchedAny: new Float64Array(docCount),
    matchedTitle: new Float64Array(docCount),
    scored: [],
    stamp: 0,
    pass: 0,
    candidateMark: 0,
  };
}

/**
 * How much a part of the question says about what it asks, for closeness by weight. A concept of the lexicon is
 * informative by its rarity (idf), and most of all when no answer names it (长护险 on a site without a page on it:
 * an answer that lacks it is not about it). A character pair is a word only where some title uses it: the pairs a
 * long question makes across its words (了以, 病是, 人能) turn up in an answer or two by chance, and as rare terms
 * they would outweigh everything else; they, pairs half made of a generic word and pairs no document has count as
 * little as a join.
 */
function informativeWeight(position: Position, present: readonly string[], lists: ReadonlyMap<string, Postings>, idf: (term: string) => number): number {
  if (position.terms.some((t) => t.startsWith(CONCEPT_PREFIX))) return position.span * (present.length > 0 ? Math.min(...present.map(idf)) : idf(''));
  // A pair half made of a generic word (么申 in 怎么申请) is a join too, however often titles say 怎么申请.
  if (bitCount(position.mask) < 2) return position.span * MISSING_TERM_WEIGHT;
  const titled = present.filter((t) => inSomeTitle(lists.get(t)));
  return titled.length > 0 ? position.span * Math.min(...titled.map(idf)) : position.span * MISSING_TERM_WEIGHT;
}

const titledLists = new WeakMap<Postings, boolean>();

/** Whether some document has the term in a title, another wording or a label (remembered per list). */
export function inSomeTitle(list: Postings | undefined): boolean {
  if (!list) return false;
  let titled = titledLists.get(list);
  if (titled === undefined) {
    titled = list.codes.some((code) => (code & TITLE_FIELDS) !== 0);
    titledLists.set(list, titled);
  }
  return titled;
}

export function scoreReadings(
  readings: readonly Reading[],
  contentMask: number,
  lists: ReadonlyMap<string, Postings>,
  meta: Pick<SearchMeta, 'docCount' | 'titleTerms' | 'kinds'>,
  work: Scratch,
): Scores {
  const n = meta.docCount;
  const idf = (term: string) => Math.log(1 + n / Math.max(1, lists.get(term)?.docs.length ?? 0));
  // Dense arrays reused between keystrokes: allocating three per keystroke was most of the garbage at 10,000 questions.
  const { scores, titleCoverage, anyCoverage, titleWeight, anyWeight } = work;
  for (const doc of work.scored) {
    scores[doc] = 0;
    titleCoverage[doc] = 0;
    anyCoverage[doc] = 0;
    titleWeight[doc] = 0;
    anyWeight[doc] = 0;
  }
  const ids: number[] = [];
  work.scored = ids;
  const contentBits = bitCount(contentMask);
  const result = { ids, scores, titleCoverage, anyCoverage, titleWeight, anyWeight };
  if (contentBits === 0) return result;

  // Documents worth scoring are those with at least one selective term of the query's real words; a document
  // that shares only words most documents have (医保, 缴费), or only generic words, is not an answer to it.
  const contentTerms = new Set<string>();
  for (const reading of readings) for (const slot of reading.slots) for (const p of slot.positions) if (p.mask) p.terms.forEach((t) => contentTerms.add(t));
  const content = [...contentTerms].flatMap((t) => lists.get(t) ?? []);
  const selectiveDf = Math.max(SELECTIVE.minDocs, n * SELECTIVE.share);
  const selective = content.filter((list) => list.docs.length <= selectiveDf);
  let restrict = selective.length > 0 && selective.length < lists.size;
  work.candidateMark += 1;
  if (restrict) for (const list of selective) for (const doc of list.docs) work.candidate[doc] = work.candidateMark;
  else if (selective.length === 0) {
    // Only common words (医保共济…): the documents with one of them in a title are the candidates, rarest word
    // first, until there are enough (scoring every document with 医保 in its title took most of a keystroke),
    // unless that leaves too few to fill the list.
    let count = 0;
    for (const { docs, codes } of [...content].sort((a, b) => a.docs.length - b.docs.length)) {
      if (count >= SELECTIVE.enoughDocs) break;
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

  // What a question is about is weighed as the lexicon reads it, when it names a concept: read as typed, 门特怎么申请
  // is mostly 申请 (门特 is in no answer, so its characters count as a join) and any page on 申请 would seem close.
  const understood = readings.some((r) => r.kind === 'concept');
  for (const reading of readings) {
    const pass = work.pass + 1;
    const touched: number[] = [];
    let contentSlots = 0;
    let contentWeight = 0;
    for (const [s, slot] of reading.slots.entries()) {
      const slotDocs: number[] = [];
      let slotTotal = 0;
      const hasContent = slot.positions.some((p) => p.mask !== 0);
      if (hasContent) contentSlots += 1;
      for (const position of slot.positions) {
        const present = position.terms.filter((t) => lists.has(t));
        const factor = position.span * (position.mask ? 1 : GENERIC_WEIGHT);
        // A term no document has (the join of 共济|扣 in 共济扣谁) says nothing about which
        // document is meant, so it only dilutes the coverage a little.
        const weight = factor * (present.length > 0 ? Math.min(...present.map(idf)) : MISSING_TERM_WEIGHT);
        slotTotal += weight;
        const informative = position.mask ? informativeWeight(position, present, lists, idf) : 0;
        contentWeight += informative;
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
            const row = doc * ROW;
            if (work.reading[doc] !== pass) {
              work.reading[doc] = pass;
              work.sum[doc] = 0;
              work.matched[doc] = 0;
              work.maskAny[doc] = 0;
              work.maskTitle[doc] = 0;
              work.matchedAny[doc] = 0;
              work.matchedTitle[doc] = 0;
              touched.push(doc);
            }
            work.maskAny[doc] = (work.maskAny[doc] ?? 0) | position.mask;
            work.matchedAny[doc] = (work.matchedAny[doc] ?? 0) + informative;
            if (code & TITLE_FIELDS) {
              work.maskTitle[doc] = (work.maskTitle[doc] ?? 0) | position.mask;
              work.matchedTitle[doc] = (work.matchedTitle[doc] ?? 0) + informative;
            }
            if (work.inSlot[doc] !== s + 1) {
              work.inSlot[doc] = s + 1;
              for (let k = row; k < row + ROW; k += 1) work.fields[k] = 0;
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
        const row = doc * ROW;
        const q = (work.fields[row] ?? 0) / whole;
        const a = (work.fields[row + 1] ?? 0) / whole;
        const l = (work.fields[row + 2] ?? 0) / whole;
        const b = (work.fields[row + 3] ?? 0) / whole;
        const titleCover = Math.min(1, (work.fields[row + 5] ?? 0) / Math.max(1, titleTermCount(meta.titleTerms, doc) ?? 1));
        work.sum[doc] = (work.sum[doc] ?? 0) + slotScore(q, a, l, b, titleCover, work.fields[row + 4] ?? 0);
        if (hasContent && Math.max(q, a, l, b) >= SLOT_MATCHED) work.matched[doc] = (work.matched[doc] ?? 0) + 1;
        work.inSlot[doc] = 0;
      }
    }

    for (const doc of touched) {
      const any = (work.maskAny[doc] ?? 0) & contentMask;
      // Generic words never carry a result alone.
      if (any === 0) continue;
      const kind = meta.kinds[doc] === 'f' ? FULL_ANSWER : 1;
      const score = reading.weight * (work.sum[doc] ?? 0) * completeness(work.matched[doc] ?? 0, contentSlots) * kind;
      if (score > (scores[doc] ?? 0)) {
        if (scores[doc] === 0) ids.push(doc);
        scores[doc] = score;
      }
      anyCoverage[doc] = Math.max(anyCoverage[doc] ?? 0, bitCount(any) / contentBits);
      titleCoverage[doc] = Math.max(titleCoverage[doc] ?? 0, bitCount((work.maskTitle[doc] ?? 0) & contentMask) / contentBits);
      if (contentWeight > 0 && (!understood || reading.kind === 'concept')) {
        anyWeight[doc] = Math.max(anyWeight[doc] ?? 0, (work.matchedAny[doc] ?? 0) / contentWeight);
        titleWeight[doc] = Math.max(titleWeight[doc] ?? 0, (work.matchedTitle[doc] ?? 0) / contentWeight);
      }
    }
    work.pass = pass;
  }
  return result;
}
