import { ANSWER_LABEL, listMarker, QUESTION_LABEL } from './markers';
import type { Line } from './parse-page';

/**
 * Questions inside an answer: a 政策问答 page asks several and answers each, written as numbered questions
 * (`1.什么是大病保险？` over its answer, or flattened: `1.什么是大病保险？大病保险是…2.要单独缴费吗？不需要。`)
 * or as plain lines that end in a question mark over their answer. Where an answer holds at least two of them, each
 * is rewritten as the `问：` / `答：` pair the structure already reads, so it becomes a heading with its own anchor
 * (in the table of contents, and found by search) over its answer. A question with no answer after it stays text.
 */

// Numbering a question may open with: 1. 1、 (1) ① Q1: 第一问
const NUMBERING = /^\s*(?:[0-9０-９]{1,2}[.．、]|[（(][0-9０-９]{1,2}[)）]|[\u2460-\u2473]|Q[0-9]{0,2}[:：.．]|第[一二三四五六七八九十0-9]{1,3}问[:：]?)\s*/u;
/** A line that opens a question of its own, numbered or under a label: never the answer of the one above. */
const opensQuestion = (text: string) => NUMBERING.test(text) || QUESTION_LABEL.test(text.trim());
// One sentence that asks: no sentence end before its question mark.
const ASKED = /^([^。！!？?]{2,60}[？?])\s*(.*)$/u;
/** Below this many, a question mark is a rhetorical question in an ordinary answer, not a page of questions. */
const MIN_QUESTIONS = 2;

/** `labelled`: under a numbered label (`Q4 `, `问五：`), so one of the page's questions even with its answer folded away. */
type Asked = { at: number; question: string; rest: string; labelled?: boolean; answered?: boolean };

/** The next line with text after `at` is an answer's label: the structure reads the pair as it is. */
function answeredByLabel(lines: readonly Line[], at: number): boolean {
  for (let k = at + 1; k < lines.length; k++) {
    const t = lines[k]?.text.trim() ?? '';
    if (t !== '') return ANSWER_LABEL.test(t);
  }
  return false;
}

/**
 * A line under a question's label (`Q3 个人账户余额怎么办`) asks whether or not it ends in a question mark; when no
 * answer's label follows, the lines under it are its answer, as under a numbered question.
 */
function labelled(lines: readonly Line[], at: number, body: string): Asked | undefined {
  if (answeredByLabel(lines, at)) return undefined;
  const m = ASKED.exec(body);
  if (m?.[1]) return { at, question: m[1], rest: m[2] ?? '', labelled: true };
  return body.length <= MAX_LABELLED_CHARS && !/[。；;！!]$/.test(body) ? { at, question: body, rest: '', labelled: true } : undefined;
}
/** A question's label with no number: `问：` `Q:`. */
const BARE_LABEL = /^(?:问题?|提问|Q)\s*[:：]/;
/** A labelled question without a question mark is at most this long; a longer line is a statement. */
const MAX_LABELLED_CHARS = 40;

function asked(lines: readonly Line[], at: number): Asked | undefined {
  const text = lines[at]?.text.trim() ?? '';
  if (text === '' || ANSWER_LABEL.test(text)) return undefined;
  const label = QUESTION_LABEL.exec(text);
  // A bare `问：` with no `答：` after it stays text; a numbered one (`Q3 `, `问二：`) is one of a page's questions.
  if (label) return BARE_LABEL.test(text) ? undefined : labelled(lines, at, label[1] ?? '');
  const numbering = NUMBERING.exec(text);
  const body = numbering ? text.slice(numbering[0].length) : text;
  const m = ASKED.exec(body);
  if (!m?.[1]) return undefined;
  const rest = m[2] ?? '';
  // An unnumbered line asks only when it is the whole line: `能报吗？能。` is an answer that opens with its question.
  if (!numbering && rest !== '') return undefined;
  return { at, question: m[1], rest };
}

export function markInnerQuestions(lines: Line[]): Line[] {
  const found: Asked[] = [];
  for (let i = 0; i < lines.length; i++) {
    const a = asked(lines, i);
    if (!a) continue;
    // The answer: what follows on its line, or the next line that is not itself a question.
    const next = lines.slice(i + 1).findIndex((l) => l.text.trim() !== '');
    const answered = a.rest !== '' || (next >= 0 && !asked(lines, i + 1 + next) && !opensQuestion(lines[i + 1 + next]?.text ?? ''));
    // An app's help page folds some answers away (`Q4 …？` over `展开`): a labelled question stays one of the page's.
    if (answered || a.labelled) found.push({ ...a, answered });
  }
  if (found.length < MIN_QUESTIONS) return lines;
  const byLine = new Map(found.map((a) => [a.at, a]));
  const siblings = siblingHeadings(lines, found);
  const out: Line[] = [];
  let answerNext = false;
  lines.forEach((l, i) => {
    const a = byLine.get(i);
    if (a) {
      // Answered by a list (`在哪办？` over `✅ 线上…` `✅ 线下…`): a heading over the list, which keeps its items.
      const below = lines.slice(i + 1).find((x) => x.text.trim() !== '')?.text.trim() ?? '';
      if (a.rest === '' && (listMarker(below) !== undefined || !a.answered)) {
        out.push({ text: `【${a.question.replace(/[【】]/g, '')}】`, line: l.line });
        answerNext = false;
        return;
      }
      out.push({ text: `问：${a.question}`, line: l.line });
      if (a.rest !== '') out.push({ text: `答：${a.rest}`, line: l.line });
      answerNext = a.rest === '';
      return;
    }
    if (siblings.has(i)) {
      out.push({ text: `【${l.text.trim().replace(/[【】]/g, '')}】`, line: l.line });
      return;
    }
    if (answerNext && l.text.trim() !== '') {
      out.push({ text: `答：${l.text.trim()}`, line: l.line });
      answerNext = false;
      return;
    }
    out.push(l);
  });
  return out;
}

/** What a heading among question headings may be: a few words, no punctuation but quotes. */
const SIBLING = /^[^，,。；;：:！!？?、（）()\[\]【】#*•·\d]{4,16}$/u;
const SENTENCE_DONE = /[。！!；;…][”’"')）」』]*$/;

/**
 * Where a page's sections are headed by questions on lines of their own (`大病保险是什么？` over its paragraph),
 * a short line of plain words between a finished paragraph and another paragraph (`连续参保还有“奖励”`) heads a
 * section too: the same place and shape as its siblings, without the question mark.
 */
function siblingHeadings(lines: readonly Line[], found: readonly Asked[]): Set<number> {
  const out = new Set<number>();
  if (found.some((a) => opensQuestion(lines[a.at]?.text ?? '') || a.rest !== '')) return out;
  const asking = new Set(found.map((a) => a.at));
  const content = lines.flatMap((l, i) => (l.text.trim() === '' ? [] : [i]));
  content.forEach((i, k) => {
    const t = lines[i]?.text.trim() ?? '';
    if (asking.has(i) || !SIBLING.test(t) || listMarker(t) !== undefined) return;
    const before = lines[content[k - 1] ?? -1]?.text.trim() ?? '';
    const after = lines[content[k + 1] ?? -1]?.text.trim() ?? '';
    if (k === 0 || !SENTENCE_DONE.test(before) || asking.has(content[k - 1] ?? -1) || after.length <= 20 || listMarker(after) !== undefined) return;
    // Only between two questions' sections: after the first question heading and before the last paragraph.
    if (i < (found[0]?.at ?? Infinity)) return;
    out.add(i);
  });
  return out;
}
