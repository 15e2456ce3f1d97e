import { typeset } from './typography';

export type SplitSummary = { shortAnswer?: string; rest: string };

const MAX_SHORT_ANSWER_CHARS = 20;
/** Sentence punctuation never sits inside a short direct answer; `?` means the chunk is a question heading. */
const SENTENCE_PUNCTUATION = /[。，,：:；;！!？?]/;

/**
 * Some summaries open with a short direct answer glued before the body (`788元/月 2025年四川省眉山市的低保标准为…`).
 * It is split off only when the shape is unmistakable — never a guess:
 * - the first space-separated chunk is at most 20 characters with no sentence punctuation,
 * - it does not open the way the question does (then it is the body's first words, `广西灵活就业人员医保在…`),
 * - and the rest visibly starts the body: it says `以下…`, or repeats the chunk word for word, or opens with words
 *   of the question (`可以 广州市公费医疗…` for 广州的公费医疗可以在外地用吗).
 */
export function splitShortAnswer(question: string, summary: string): SplitSummary {
  const text = summary.trim();
  const space = text.search(/\s/);
  if (space <= 0) return { rest: text };
  const chunk = text.slice(0, space);
  const rest = text.slice(space).trim();
  if (rest === '' || chunk.length > MAX_SHORT_ANSWER_CHARS || SENTENCE_PUNCTUATION.test(chunk) || /^\*\*/.test(chunk)) return { rest: text };
  const q = question.normalize('NFKC');
  if (q.slice(0, 2) === chunk.slice(0, 2)) return { rest: text };
  const opensBody = /^以下/.test(rest) || squash(rest).includes(squash(chunk)) || (rest.length >= 2 && q.includes(rest.slice(0, 2)));
  return opensBody ? { shortAnswer: typeset(chunk), rest } : { rest: text };
}

function squash(text: string): string {
  return text.replace(/\s+/g, '');
}
