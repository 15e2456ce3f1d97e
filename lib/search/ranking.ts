/**
 * Every number that decides how search ranks, what it drops and when it admits it has nothing close.
 * To tune search, start here: the scorer (score.ts) and the engine (query.ts) only read these.
 *
 * How a score is made, in one paragraph: a query is read several ways (a *reading*: as typed, through
 * the lexicon's concepts, as pinyin, as sound-alike characters). Each reading has slots (a run of Chinese,
 * a word, a concept), each slot has positions (a bigram, a concept, a pinyin word), each position is
 * weighted by how rare its term is (idf). Per slot, a document gets the share of the slot's weight it
 * matches in each field; the field shares are squared (so a full match beats two halves) and weighed by
 * field. Slots add up; a document missing slots is cut down; the best reading counts. The head of the list
 * is then re-ranked by exact phrases in its text.
 */

/** How much a reading of the query is trusted against the words as typed. */
export const READING_WEIGHT = {
  /** The characters, words and numbers as typed. */
  literal: 1,
  /** The query with each concept the lexicon knows replaced by the concept (产假工资 → 生育津贴 and its other names). */
  concept: 0.9,
  /** Latin letters read as full pinyin (`yidi jiuyi`). */
  pinyin: 0.85,
  /** Chinese typed with the wrong characters of the right sounds (生育金贴); tried only when something typed matches nothing. */
  homophone: 0.75,
  /** Latin letters read as the initials of a title's words (`syjt` → 生育津贴). */
  initials: 0.7,
} as const;

/**
 * A concept read from a word that names it only in context (外地 beside 报销: 异地就医, content/lexicon.yaml
 * `context_forms`) weighs this share of what one of its names would: a question on 异地生育 is first about 生育.
 */
export const CONTEXT_SPAN = 0.5;

/** What a full match in each field is worth; a title match beats an answer that merely mentions the words. */
export const FIELD_WEIGHT = {
  question: 10,
  /** Other wordings of the same question merged into it. */
  alt: 8,
  /** Topic and region names. */
  label: 5,
  body: 4,
} as const;

/**
 * A title the query covers almost entirely beats a long title that merely contains it: the question field
 * is worth `TITLE_COVER.base + TITLE_COVER.bonus × (share of the title's terms the query has)`.
 */
export const TITLE_COVER = { base: 0.8, bonus: 0.2 } as const;

/** An answer that repeats the words gains up to `max` (+50 %), growing with log(1 + count) / `scale`. */
export const BODY_REPEAT = { max: 0.5, scale: 10 } as const;

/** A slot counts as matched when some field has at least this share of its weight. */
export const SLOT_MATCHED = 0.5;

/** With several slots, a document matching only some of them keeps this share per matched slot. */
export const PARTIAL_SLOTS = 0.35;

/** Full answers are preferred to excerpts of other pages by this factor. */
export const FULL_ANSWER = 1.08;

/** A position whose term no document has (the join 共济|扣 in 共济扣谁): it only dilutes the slot a little. */
export const MISSING_TERM_WEIGHT = 1;

/**
 * Generic words (怎么, 办理, 多少钱 — the list is `generic:` in content/synonyms.yaml) keep this share of
 * their weight: they order documents that match the real words, never make a document a result alone.
 */
export const GENERIC_WEIGHT = 0.2;

/**
 * Candidates: a term in at most this share of documents (or this many) picks which documents are scored;
 * commoner ones (医保, 缴费) only score the documents the selective ones picked. With no selective term, the
 * documents with a query word in a title are the candidates, rarest word first, until `enoughDocs`.
 */
export const SELECTIVE = { share: 0.05, minDocs: 50, enoughDocs: 400 } as const;

/** Results scoring below this share of the best one, or below `absolute`, are noise, not answers. */
export const FLOOR = { relative: 0.2, absolute: 0.3 } as const;

/** How many of the best documents are re-ranked by exact phrases (their text is fetched for it). */
export const RERANK = 12;

/** Exact phrase of a slot found in the question, another wording of it, or the answer (times the reading's weight). */
export const PHRASE_BONUS = { question: 4, alt: 3, body: 1.5 } as const;

/**
 * Is a document a close match? Coverage is the share of the query's content characters (generic words left
 * out) that the document matches under its best reading. A document is close when its titles and labels
 * cover more than `title` (more than half of what was asked: 快递查询 shares only 查询 with 医保备案进度查询),
 * or everything it has (answer included) covers at least `any` of the characters and `anyWeight` of what the
 * question is about (its informative weight, below): a long answer has most common characters of a short
 * question by chance (医保, 当年, 计算 in an answer on 断缴 for 医保当年余额如何计算), not its rare parts. When no
 * document is close the search says so instead of listing loose matches.
 */
export const CLOSE = { title: 0.5, any: 0.75, anyWeight: 0.4 } as const;

/**
 * Closeness by what the question is about, for long questions a resident writes in full: a document whose titles
 * and labels hold more than `title` of the question's informative weight, each part of it weighed by how
 * informative it is (idf; a concept by the characters it stands for), so that 生育津贴 in 生育津贴必须分四次领吗
 * counts for more than the words around it. An answer's text alone never makes it close this way: a long answer
 * names many concepts in passing (门特 in an answer on 异地就医).
 */
export const CLOSE_BY_WEIGHT = { title: 0.6 } as const;

/**
 * Related, not close: a document whose titles or labels name the question's main concept is on what it asks about,
 * though it does not answer that exact question. The main concept is the most informative one the question names
 * that at most `maxShare` of the answers have (医保 and 报销 are in most of them and name no theme). When the question
 * names none, related pages are found through a concept at most `maxShare` of the titles name (医保卡余额, which many
 * answers mention).
 */
export const MAIN_CONCEPT = { maxShare: 0.25 } as const;

/**
 * When none of the first `head` pages close by the words names the question's main concept, the pages that do are
 * taken in turn with them: close by characters on parts that name no theme is no answer on the theme. Likewise for
 * its second concept (a question on two themes), close or related.
 */
export const ON_THEME = { head: 3 } as const;

/**
 * How much of what a question is about a document holds: its titles' share of the informative weight, and `body`
 * of what the whole document holds. Results that are close by weight only, or related, are ordered by it, and
 * those below `relative` of the best are left out.
 */
export const ABOUT = { body: 0.5, relative: 0.6 } as const;

export function aboutness(titleWeight: number, anyWeight: number): number {
  return titleWeight + ABOUT.body * anyWeight;
}

/** When nothing is close: topics of the loose matches covering at least this share, and of the query's concepts. */
export const SUGGEST = { minCoverage: 0.34, docs: 5, topics: 3 } as const;

/** A document counts as close to the query (see CLOSE); `anyWeight` only matters to a document close by its text. */
export function isClose(titleCoverage: number, anyCoverage: number, anyWeight = 0): boolean {
  return titleCoverage > CLOSE.title || (anyCoverage >= CLOSE.any && anyWeight >= CLOSE.anyWeight);
}

export function isCloseByWeight(titleWeight: number): boolean {
  return titleWeight > CLOSE_BY_WEIGHT.title;
}

/**
 * Score of one slot for one document, from the shares of the slot's weight matched in the question (q), other
 * wordings (a), labels (l) and the answer (b). Plain numbers, not an object: it runs for every matching document.
 */
export function slotScore(q: number, a: number, l: number, b: number, titleCover: number, bodyCount: number): number {
  const title = Math.max(FIELD_WEIGHT.question * q * q * (TITLE_COVER.base + TITLE_COVER.bonus * titleCover), FIELD_WEIGHT.alt * a * a, FIELD_WEIGHT.label * l * l);
  const body = FIELD_WEIGHT.body * b * b * (1 + Math.min(BODY_REPEAT.max, Math.log1p(bodyCount) / BODY_REPEAT.scale));
  return title + body;
}

/**
 * A document matching none of several slots in full (a long question whose one concept it names) keeps this
 * share as if it matched part of a slot: too little to be a result by its words, enough to be found as on the
 * question's theme (query.ts, related).
 */
export const NO_SLOT_MATCHED = 0.05;

/** The factor for a document matching `matched` of `slots` slots. */
export function completeness(matched: number, slots: number): number {
  return matched >= slots || slots <= 1 ? 1 : PARTIAL_SLOTS * (Math.max(matched, NO_SLOT_MATCHED) / slots);
}

/** A result's text, normalised as queries are, for the phrase bonus. */
export type PhraseText = { question: string; alts: readonly string[]; body: string };

type PhraseReading = { weight: number; slots: readonly { phrases: readonly (readonly string[])[] }[] };

/**
 * An exact phrase beats the same characters scattered: checked on the text of the top results. A slot earns the
 * bonus of the best field holding every one of its phrase groups (a group is a phrase or a concept's names).
 */
export function phraseBonus(readings: readonly PhraseReading[], doc: PhraseText): number {
  const holds = (text: string, groups: readonly (readonly string[])[]) => groups.every((group) => group.some((p) => text.includes(p)));
  let best = 0;
  for (const reading of readings) {
    let bonus = 0;
    for (const { phrases } of reading.slots) {
      if (phrases.length === 0) continue;
      if (holds(doc.question, phrases)) bonus += PHRASE_BONUS.question;
      else if (doc.alts.some((t) => holds(t, phrases))) bonus += PHRASE_BONUS.alt;
      else if (holds(doc.body, phrases)) bonus += PHRASE_BONUS.body;
    }
    best = Math.max(best, bonus * reading.weight);
  }
  return best;
}
