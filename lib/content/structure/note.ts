import type { Paragraph } from 'mdast';
import { tipOf } from '../markers';
import { placeBlock, type Builder } from './builder';
import type { AnswerNote } from './nodes';
import { phrasing, plain } from './phrasing';

/** `温馨提示：` `注意：` and the other tips: a note in the answer, its label in bold; false for any other line. */
export function takeNote(b: Builder, text: string, indent: number): boolean {
  const tip = tipOf(text);
  if (!tip) return false;
  const target = placeBlock(b, indent, true);
  const label = `${tip.label}：`;
  const paragraph: Paragraph = { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: label }] }, ...(tip.body ? phrasing(tip.body) : [])] };
  b.textLines.push(tip.body ? `${label}${plain(phrasing(tip.body))}` : label);
  const note: AnswerNote = { type: 'answerNote', children: [paragraph] };
  b.counts.notes++;
  target.push(note);
  // A label alone (`注意事项：`) heads the list below it: the list goes inside the note.
  if (!tip.body && target === b.root.children) {
    b.stack = [];
    b.base = note;
  }
  return true;
}
