import { ANSWER_LABEL, QA_ONE_LINE, QUESTION_LABEL } from '../markers';
import type { Line } from '../parse-page';
import { inline, type Builder } from './builder';
import { addHeading, depthUnder } from './heading';

/** `问：…` whose answer `答：…` follows on the next line, or both on one line. */
function qaQuestion(text: string, lines: Line[], i: number): { question: string; answer?: string } | undefined {
  const c = text.charCodeAt(0);
  // 问, 提(问) or Q: most lines are settled by their first character.
  if (c !== 0x95ee && c !== 0x63d0 && c !== 0x51 && c !== 0x71) return undefined;
  const one = QA_ONE_LINE.exec(text);
  if (one && (one[1]?.length ?? 0) <= 80) return { question: one[1] ?? '', answer: one[2] ?? '' };
  const q = QUESTION_LABEL.exec(text);
  if (!q || (q[1]?.length ?? 0) > 80) return undefined;
  for (let k = i + 1; k < lines.length; k++) {
    const next = lines[k]?.text.trim() ?? '';
    if (next === '') continue;
    return ANSWER_LABEL.test(next) && (ANSWER_LABEL.exec(next)?.[1] ?? '') !== '' ? { question: q[1] ?? '' } : undefined;
  }
  return undefined;
}

/**
 * A `问：` line is a heading and its `答：` the paragraph under it, whether both are on one line or the answer comes
 * on the next; false for any other line.
 */
export function takeQa(b: Builder, text: string, lines: Line[], i: number): boolean {
  const qa = qaQuestion(text, lines, i);
  if (qa) {
    addHeading(b, { depth: depthUnder(b.outline), content: qa.question, structural: false });
    if (qa.answer === undefined) b.answerLabelExpected = true;
    else {
      b.counts.paragraphs++;
      b.root.children.push({ type: 'paragraph', children: inline(b, qa.answer) });
    }
    return true;
  }
  if (b.answerLabelExpected) {
    b.answerLabelExpected = false;
    const answer = ANSWER_LABEL.exec(text);
    if (answer?.[1]) {
      b.counts.paragraphs++;
      b.root.children.push({ type: 'paragraph', children: inline(b, answer[1]) });
      return true;
    }
  }
  return false;
}
