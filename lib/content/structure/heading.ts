import type { Heading } from 'mdast';
import { CN_HEADING, CN_SUBHEADING, LABEL_HEADING, MAX_HEADING_CHARS, MD_HEADING, SENTENCE_END } from '../markers';
import type { Line } from '../parse-page';
import { closeNote, inline, type Builder } from './builder';
import { plain } from './phrasing';

export type HeadingDepth = 2 | 3 | 4;
const MAX_MD_HEADING_CHARS = 120;
/** A stop inside or at the end of a line: the line states something, so it is text, not a title. */
const STATES = /[。；;！!]/;

/** Markdown heading marks used in the answer, shallowest first: `##` and `###` become levels 2 and 3. */
export function markdownLevels(lines: Line[]): Map<number, HeadingDepth> {
  const marks = new Set<number>();
  for (const { text } of lines) {
    const t = text.trim();
    if (t.charCodeAt(0) !== 0x23) continue;
    const m = MD_HEADING.exec(t);
    if (m) marks.add(m[1]?.length ?? 1);
  }
  const levels = new Map<number, HeadingDepth>();
  [...marks].sort((a, b) => a - b).forEach((mark, rank) => levels.set(mark, Math.min(4, 2 + rank) as HeadingDepth));
  return levels;
}

export type HeadingLine = { depth: HeadingDepth; content: string; structural: boolean };

/** One level under the outline's last heading, level 2 when there is none: where a bold, 【】 or `问：` heading sits. */
export function depthUnder(outline: number): HeadingDepth {
  return Math.min(4, Math.max(2, outline + 1)) as HeadingDepth;
}

/**
 * A heading line → its level and words. `一、` and markdown headings set the outline (`structural`); a bold-only
 * or 【】 line sits one level under the heading above it (level 2 when there is none).
 */
function headingOf(text: string, mdLevels: Map<number, HeadingDepth>, current: number): HeadingLine | undefined {
  // A markdown heading is unmistakable at any length; the other forms are headings only when short.
  const md = text.charCodeAt(0) === 0x23 && text.length <= MAX_MD_HEADING_CHARS ? MD_HEADING.exec(text) : null;
  if (md) return { depth: mdLevels.get(md[1]?.length ?? 1) ?? 4, content: md[2] ?? '', structural: true };
  if (text.length > MAX_HEADING_CHARS + 8) return undefined;
  const label = LABEL_HEADING.exec(text);
  const words = label ? (label[1] ?? label[2] ?? '').trim() : text;
  if (words.length > MAX_HEADING_CHARS) return undefined;
  if (CN_HEADING.test(words)) return { depth: 2, content: words, structural: true };
  // `（一）…` heads a part only when it states nothing: `（一）本人身份证件；` is an item of a list.
  if (CN_SUBHEADING.test(words) && !STATES.test(words)) return { depth: 3, content: words, structural: true };
  if (label && words !== '' && !SENTENCE_END.test(words)) return { depth: depthUnder(current), content: words.replace(/[:：]$/, ''), structural: false };
  return undefined;
}

/** A heading closes every open list and tip; an `<h2>` is a section with its own anchor. */
export function addHeading(b: Builder, h: HeadingLine): void {
  b.stack = [];
  closeNote(b);
  if (h.structural) b.outline = h.depth;
  const children = inline(b, h.content);
  const node: Heading = { type: 'heading', depth: h.depth, children };
  if (h.depth === 2) {
    const id = `section-${b.sections.length + 1}`;
    node.data = { hProperties: { id } };
    b.sections.push({ id, title: plain(children) });
  }
  b.counts.headings++;
  b.root.children.push(node);
}

/** A heading line, in any of its forms; false for any other line. */
export function takeHeading(b: Builder, text: string, mdLevels: Map<number, HeadingDepth>): boolean {
  const h = headingOf(text, mdLevels, b.outline);
  if (!h) return false;
  addHeading(b, h);
  return true;
}
