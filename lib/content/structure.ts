import type { Root } from 'mdast';
import { markInnerQuestions } from './inner-questions';
import { splitInline, splitInlineSequences } from './inline-sequences';
import { readLineShapes } from './line-shape';
import type { Line } from './parse-page';
import { reflowHardWraps } from './reflow';
import { finish, indentOf, newBuilder, type Structured } from './structure/builder';
import { markdownLevels, takeHeading } from './structure/heading';
import { toHtml } from './structure/html';
import { takeListItem } from './structure/list';
import { takeNote } from './structure/note';
import { addParagraph } from './structure/paragraph';
import { phrasing, plain } from './structure/phrasing';
import { takeQa } from './structure/qa';
import { takeRule } from './structure/rule';
import { takeTable } from './structure/table';

// Other modules and tests import the answer structure's names from here; each block kind has its file in structure/.
export type { AnswerBlock, Structured } from './structure/builder';
export type { AnswerNote, AnswerTable } from './structure/nodes';
export { toHtml } from './structure/html';
export { phrasing } from './structure/phrasing';

/**
 * The answer's flattened lines → real structure:
 * - `一、…` and markdown `##` headings are `<h2>` sections, `（一）…` and deeper marks `<h3>`/`<h4>`; a bold-only
 *   or 【】 line is a heading one level under the one above it;
 * - `1.` `1、` `1）` `(1)` `（1）` `①` lines are ordered lists, `•` `-` bullets unordered lists, nested by
 *   indentation, and `(1)` / `①` numbering under `1.` or a bullet nests even at the same indentation;
 * - `第一步：` `步骤1` `Step 1` lines are one ordered list of steps (`<ol class="answer-steps">`): a step with a
 *   short title keeps the paragraphs and lists below it as its details;
 * - rows of a flattened table are a `<table>` with a header row, in a scrolling box;
 * - `问：…` followed by `答：…` is a heading and its answer; `温馨提示：` `注意：` and other tips are notes;
 * - every other line is a paragraph, and lines indented under an item belong to it.
 */
export function structureAnswer(file: string, written: Line[]): Structured {
  const lines = markInnerQuestions(splitInlineSequences(reflowHardWraps(readLineShapes(written))));
  const b = newBuilder(file);
  const mdLevels = markdownLevels(lines);
  for (let i = 0; i < lines.length; i++) {
    const current = lines[i];
    if (!current) continue;
    const { text: raw, line } = current;
    const text = raw.trim();
    if (text === '') continue;
    const indent = indentOf(raw);
    // The first kind a line reads as wins, in this order.
    const tableEnd = takeTable(b, text, lines, i, indent);
    if (tableEnd !== undefined) {
      i = tableEnd - 1;
      continue;
    }
    if (takeRule(b, text) || takeHeading(b, text, mdLevels) || takeQa(b, text, lines, i) || takeNote(b, text, indent) || takeListItem(b, text, indent, line)) continue;
    addParagraph(b, text, indent);
  }
  return finish(b);
}

/** A related item's cut-off summary → an honest excerpt: its paragraph with a closing ellipsis. */
export function structureExcerpt(summary: string): { html: string; text: string } {
  // A title listed with no summary has no text of its own.
  if (summary.trim() === '') return { html: '', text: '' };
  const body = summary.replace(/[\s…。,，、;；:：]*$/, '');
  // A summary flattened from a list (`…：（1）…；（2）…`) shows its headings and items, the last one cut off.
  const pieces = splitInline(body);
  if (pieces.length > 1) {
    const s = structureAnswer('', pieces.map((text, i) => ({ text: i === pieces.length - 1 ? `${text}…` : text, line: 1 })));
    return { html: s.html, text: s.text };
  }
  const children = phrasing(`${body}…`);
  const root: Root = { type: 'root', children: [{ type: 'paragraph', children }] };
  return { html: toHtml(root), text: plain(children) };
}
