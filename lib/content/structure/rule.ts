import { THEMATIC_BREAK } from '../markers';
import { closeNote, type Builder } from './builder';

/** `---`: a rule between parts of the answer, which closes every open list and tip. */
export function takeRule(b: Builder, text: string): boolean {
  if (!THEMATIC_BREAK.test(text)) return false;
  b.stack = [];
  closeNote(b);
  b.root.children.push({ type: 'thematicBreak' });
  return true;
}
