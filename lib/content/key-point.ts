import { z } from 'zod';
import { readDataFile } from '@/lib/core/data-file';
import type { Result } from '@/lib/core/problems';
import type { AnswerBlock } from './structure';

/** The editor-maintained rules of the 要点 box, relative to content/. */
export const KEY_POINT_FILE = 'key-point.yaml';

const words = z.array(z.string().trim().min(1)).min(1);
export const keyPointFileSchema = z
  .object({
    max_chars: z.number().int().min(20).max(400),
    summary_markers: words,
    direct_answers: z.array(
      z
        .object({
          word: z.string().trim().min(1),
          yes: words,
          no: words,
          /** Answer words so common as plain verbs (是, 有) that only a sentence opening with one counts. */
          opens_only: z.boolean().optional(),
        })
        .strict(),
    ),
  })
  .strict();
export type KeyPointRules = z.infer<typeof keyPointFileSchema>;

export function readKeyPointRules(text: string): Result<KeyPointRules> {
  return readDataFile(KEY_POINT_FILE, text, keyPointFileSchema);
}

/** Where a 要点 came from, for the report: a summary sentence, a direct answer at the start, an excerpt's short answer. */
export const KEY_POINT_EVIDENCE = ['summary', 'direct', 'short-answer'] as const;
export type KeyPointEvidence = (typeof KEY_POINT_EVIDENCE)[number];
export type KeyPoint = { text: string; evidence: KeyPointEvidence };

/** A direct answer is looked for in this many paragraphs before the first heading, within this many blocks. */
const OPENING_PARAGRAPHS = 2;
const OPENING_BLOCKS = 3;
const SENTENCES_LOOKED_AT = 2;
/** A sentence this short (`可以。`) is the answer word alone: the sentence after it in its paragraph goes with it. */
const BARE_ANSWER_CHARS = 4;
/** Share of the question's bigrams a sentence must repeat to count as stating the answer to it. */
const REPEATS_QUESTION = 0.4;

const SENTENCE = /[^。！？!?]*(?:[。！？!?]+[”’」』）)]*|$)/gu;
const PUNCT = /[\s\p{P}\p{S}]/u;
const PAIRS: [string, string][] = [
  ['「', '」'],
  ['『', '』'],
  ['“', '”'],
  ['（', '）'],
  ['(', ')'],
  ['《', '》'],
  ['【', '】'],
];

/** A paragraph's sentences, each whole with its closing punctuation. */
export function sentences(text: string): string[] {
  return (text.match(SENTENCE) ?? []).map((s) => s.trim()).filter((s) => s !== '');
}

/** A sentence we can show alone: brackets and quotes closed, not a question, not a lead-in to a list (`…如下：`). */
function standsAlone(sentence: string): boolean {
  if (/[:：,，、；;]$/.test(sentence) || /[?？]$/.test(sentence) || /[吗么呢][\s\p{P}]*$/u.test(sentence)) return false;
  for (const [open, close] of PAIRS) if (sentence.split(open).length !== sentence.split(close).length) return false;
  return sentence.replace(/[\s\p{P}\p{S}]/gu, '').length >= 2;
}

/**
 * The 要点 of a full answer, from evidence in its own words (rules: content/key-point.yaml):
 * its summary sentence (`综上所述，…` at the start of a sentence of a paragraph — the last such paragraph), else its
 * first sentence near the start that answers the question's own form (能不能 → `可以。` / `不能…`; for a question that
 * is not a yes/no one, a first sentence that repeats the question's words and completes them). Whole sentences
 * only, at most `max_chars`; undefined when none fits.
 */
export function findKeyPoint(rules: KeyPointRules, question: string, blocks: readonly AnswerBlock[]): KeyPoint | undefined {
  const summary = summarySentence(rules, blocks);
  if (summary) return { text: tidy(summary), evidence: 'summary' };
  const direct = directAnswer(rules, question, blocks);
  return direct ? { text: tidy(direct), evidence: 'direct' } : undefined;
}

const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
const SPACE_IN_CJK = new RegExp(`(?<=[${CJK}])\\s+(?=[${CJK}])`, 'gu');

/** Only white space changes: a scraped `是指 职工医保…使用 。` loses the spaces that Chinese text never has. */
export function tidy(text: string): string {
  return text.replace(SPACE_IN_CJK, '');
}

function opensWithMarker(rules: KeyPointRules, sentence: string): boolean {
  return rules.summary_markers.some((m) => sentence.startsWith(m) && sentence.length > m.length);
}

function summarySentence(rules: KeyPointRules, blocks: readonly AnswerBlock[]): string | undefined {
  for (let b = blocks.length - 1; b >= 0; b--) {
    const block = blocks[b];
    if (block?.kind !== 'paragraph') continue;
    const list = sentences(block.text);
    const at = list.findIndex((s) => opensWithMarker(rules, s));
    if (at < 0) continue;
    const rest = list.slice(at);
    const whole = rest.join('');
    // The summary paragraph whole when it is one or two sentences, else the marked sentence alone.
    if (rest.length <= 2 && whole.length <= rules.max_chars && rest.every(standsAlone)) return whole;
    const first = rest[0] ?? '';
    return first.length <= rules.max_chars && standsAlone(first) ? first : undefined;
  }
  return undefined;
}

type Asked = KeyPointRules['direct_answers'][number];

/** The answer words a question asks for: `能不能` `能否` `是否能` `…能…吗` ask 能; `有没有` asks 有. */
export function askedWords(rules: KeyPointRules, question: string): Asked[] {
  const q = question.normalize('NFKC').replace(/[\s?？。!！]+$/u, '');
  const endsAsking = /[吗么嘛呢]$/u.test(q);
  return rules.direct_answers.filter(({ word }) => {
    const head = word.slice(0, 1);
    return q.includes(`${head}不${word}`) || q.includes(`${head}没${word}`) || q.includes(`是否${word}`) || q.includes(`${word}否`) || (endsAsking && q.includes(word));
  });
}

function bigrams(text: string): Set<string> {
  const chars = Array.from(text.normalize('NFKC')).filter((c) => !PUNCT.test(c));
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(`${chars[i]}${chars[i + 1]}`);
  return out;
}

/** Does this sentence answer the question: it opens with an answer word, or repeats the question with one. */
function answers(sentence: string, asked: Asked[], questionGrams: Set<string>): boolean {
  const s = sentence.replace(/^(?:答|回答)[:：]\s*/u, '');
  for (const a of asked) {
    const all = [...a.no, ...a.yes].sort((x, y) => y.length - x.length);
    const opening = all.find((w) => s.startsWith(w));
    if (opening !== undefined) {
      const next = s.slice(opening.length, opening.length + 1);
      // `可以在…` and `不能…` answer; a bare 有 or 是 answers only when a pause follows (`有。` not `有些地方…`).
      if (opening.length >= 2 || next === '' || PUNCT.test(next)) return true;
    }
    if (a.opens_only) continue;
    if (all.some((w) => w.length >= 1 && s.includes(w)) && questionGrams.size > 0) {
      const grams = bigrams(s);
      let shared = 0;
      for (const g of questionGrams) if (grams.has(g)) shared++;
      if (shared / questionGrams.size >= REPEATS_QUESTION) return true;
    }
  }
  return false;
}

function squash(text: string): string {
  return text.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');
}

/** Characters of the question an opening sentence must repeat from its start (`医保减免扣的是…` for 医保减免扣的是哪里的钱). */
const RESTATES_MIN_CHARS = 4;
const RESTATES_SHARE = 0.4;

/**
 * A question that is not a yes/no one (`…扣的是哪里的钱`, `…是怎么回事`) is answered directly when the answer's very first
 * sentence opens by repeating the question's own words and goes on to say what they are.
 */
function restatesQuestion(question: string, sentence: string): boolean {
  const q = squash(question);
  const s = squash(sentence);
  if (s.includes(q)) return false;
  let n = 0;
  while (n < q.length && n < s.length && q[n] === s[n]) n++;
  return n >= RESTATES_MIN_CHARS && n >= q.length * RESTATES_SHARE && s.length > n + RESTATES_MIN_CHARS;
}

function directAnswer(rules: KeyPointRules, question: string, blocks: readonly AnswerBlock[]): string | undefined {
  const asked = askedWords(rules, question);
  if (asked.length === 0) {
    const first = blocks[0];
    if (first?.kind !== 'paragraph') return undefined;
    const sentence = sentences(first.text)[0] ?? '';
    return standsAlone(sentence) && sentence.length <= rules.max_chars && restatesQuestion(question, sentence) ? sentence : undefined;
  }
  const questionGrams = bigrams(question.replace(/[吗么嘛呢][?？]?$/u, ''));
  let paragraphs = 0;
  for (const block of blocks.slice(0, OPENING_BLOCKS)) {
    if (block.kind === 'heading') break;
    if (block.kind !== 'paragraph') continue;
    if (++paragraphs > OPENING_PARAGRAPHS) break;
    const list = sentences(block.text);
    for (let i = 0; i < Math.min(SENTENCES_LOOKED_AT, list.length); i++) {
      const sentence = list[i] ?? '';
      if (!standsAlone(sentence) || squash(sentence).includes(squash(question)) || !answers(sentence, asked, questionGrams)) continue;
      const bare = sentence.replace(/[\s\p{P}\p{S}]/gu, '').length <= BARE_ANSWER_CHARS;
      const next = list[i + 1];
      const text = bare && next && standsAlone(next) ? `${sentence}${next}` : sentence;
      if (text.length <= rules.max_chars) return text;
      return sentence.length <= rules.max_chars && !bare ? sentence : undefined;
    }
  }
  return undefined;
}
