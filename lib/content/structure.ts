import type { BlockContent, Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import { LIMITS } from './limits';
import {
  ANSWER_LABEL,
  CN_HEADING,
  CN_SUBHEADING,
  LABEL_HEADING,
  listMarker,
  MAX_HEADING_CHARS,
  MD_HEADING,
  QA_ONE_LINE,
  QUESTION_LABEL,
  SENTENCE_END,
  SENTENCE_STOP,
  STYLE_RANK,
  THEMATIC_BREAK,
  tipOf,
  type ListStyle,
} from './markers';
import type { Line } from './parse-page';
import type { Problem } from '@/lib/core/problems';
import type { Section } from './schema';
import { markInnerQuestions } from './inner-questions';
import { splitInline, splitInlineSequences } from './inline-sequences';
import { readLineShapes } from './line-shape';
import { reflowHardWraps } from './reflow';
import { mayBeTableRow, readTable, type FlatTable } from './table';
import { toHtml } from './structure/html';
import type { AnswerNote } from './structure/nodes';
import { phrasing, plain } from './structure/phrasing';

// Other modules and tests import the answer structure's names from here.
export type { AnswerNote, AnswerTable } from './structure/nodes';
export { toHtml } from './structure/html';
export { phrasing } from './structure/phrasing';

export type Structured = {
  html: string;
  /** Plain text, one block per line, for descriptions, snippets and search. */
  text: string;
  sections: Section[];
  /** Counts of the blocks found, so tests and the report can check structure without reading HTML. */
  counts: { headings: number; lists: number; items: number; paragraphs: number; strong: number; tables: number; steps: number; notes: number };
  warnings: Problem[];
  /**
   * The answer's top-level blocks in order, as plain text: what the 要点 step reads (lib/content/key-point.ts), so a
   * word in a heading, a list, a table or a tip is never taken for the answer's own summary sentence.
   */
  blocks: AnswerBlock[];
};

export type AnswerBlock = { kind: 'paragraph' | 'heading' | 'other'; text: string };

type HeadingDepth = 2 | 3 | 4;
const MAX_MD_HEADING_CHARS = 120;

function indentOf(text: string): number {
  let n = 0;
  for (const ch of text) {
    if (ch === ' ') n += 1;
    else if (ch === '\t') n += 4;
    else if (ch === '\u3000') n += 2;
    else break;
  }
  return n;
}

/**
 * An open list. `absorbs`: its last item is a step with a title (`第一步：登录APP`), so the paragraphs and lists
 * that follow at the same indentation are that step's details, up to the next step or heading.
 */
type Frame = { list: List; indent: number; depth: number; style: ListStyle; absorbs: boolean };

/** Lists whose numbers look other than `1.`: steps, `(1)` and `①` (styled in app/globals.css). */
const LIST_CLASS: Partial<Record<ListStyle, string>> = { step: 'answer-steps', paren: 'list-paren', circled: 'list-circled' };

/** A step whose text is a short title rather than a finished sentence. */
function isStepTitle(content: string): boolean {
  return content === '' || (content.length <= 30 && !SENTENCE_END.test(content));
}
/** Paragraphs that sum up rather than describe the last step: they end the procedure. */
const CLOSING = /^(?:综上|总之|总结|总的来说|总而言之|以上|完成以上|完成后|办理完成|如需|如有疑问|如遇问题|若遇问题)/;

/** Markdown heading marks used in the answer, shallowest first: `##` and `###` become levels 2 and 3. */
function markdownLevels(lines: Line[]): Map<number, HeadingDepth> {
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

type HeadingLine = { depth: HeadingDepth; content: string; structural: boolean };

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
  if (CN_SUBHEADING.test(words)) return { depth: 3, content: words, structural: true };
  if (label && words !== '' && !SENTENCE_END.test(words)) return { depth: Math.min(4, Math.max(2, current + 1)) as HeadingDepth, content: words.replace(/[:：]$/, ''), structural: false };
  return undefined;
}

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
  const root: Root = { type: 'root', children: [] };
  const sections: Section[] = [];
  const textLines: string[] = [];
  const counts = { headings: 0, lists: 0, items: 0, paragraphs: 0, strong: 0, tables: 0, steps: 0, notes: 0 };
  const warnings: Problem[] = [];
  const mdLevels = markdownLevels(lines);
  let stack: Frame[] = [];
  /** Where top-level blocks go: the answer, or a tip whose list follows its label line. */
  let base: Root | AnswerNote = root;
  let outline = 1;
  let clampWarned = false;
  let answerLabelExpected = false;

  const lastItem = (frame: Frame): ListItem | undefined => frame.list.children[frame.list.children.length - 1];
  const inline = (text: string): PhrasingContent[] => {
    const nodes = phrasing(text);
    counts.strong += nodes.filter((n) => n.type === 'strong').length;
    textLines.push(plain(nodes));
    return nodes;
  };
  const closeNote = () => {
    base = root;
  };
  /** Where a block at this indentation goes: into the open item above it, or the answer. */
  const placeBlock = (indent: number, closing = false): BlockContent[] => {
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (!top) break;
      if (top.indent > indent || (top.indent === indent && (!top.absorbs || closing))) stack.pop();
      else break;
    }
    const top = stack[stack.length - 1];
    const item = top ? lastItem(top) : undefined;
    if (item) return item.children as BlockContent[];
    if (base !== root && indent === 0) closeNote();
    return base.children as BlockContent[];
  };
  const heading = (h: HeadingLine) => {
    stack = [];
    closeNote();
    if (h.structural) outline = h.depth;
    const children = inline(h.content);
    const node: Heading = { type: 'heading', depth: h.depth, children };
    if (h.depth === 2) {
      const id = `section-${sections.length + 1}`;
      node.data = { hProperties: { id } };
      sections.push({ id, title: plain(children) });
    }
    counts.headings++;
    root.children.push(node);
  };

  for (let i = 0; i < lines.length; i++) {
    const current = lines[i];
    if (!current) continue;
    const { text: raw, line } = current;
    const text = raw.trim();
    if (text === '') continue;
    const indent = indentOf(raw);

    if (mayBeTableRow(text)) {
      const table = readTable(lines, i);
      if (table) {
        addTable(table, placeBlock(indent));
        i = table.end - 1;
        continue;
      }
    }
    if (THEMATIC_BREAK.test(text)) {
      stack = [];
      closeNote();
      root.children.push({ type: 'thematicBreak' });
      continue;
    }
    const h = headingOf(text, mdLevels, outline);
    if (h) {
      heading(h);
      continue;
    }
    const qa = qaQuestion(text, lines, i);
    if (qa) {
      heading({ depth: Math.min(4, Math.max(2, outline + 1)) as HeadingDepth, content: qa.question, structural: false });
      if (qa.answer === undefined) answerLabelExpected = true;
      else {
        counts.paragraphs++;
        root.children.push({ type: 'paragraph', children: inline(qa.answer) });
      }
      continue;
    }
    if (answerLabelExpected) {
      answerLabelExpected = false;
      const answer = ANSWER_LABEL.exec(text);
      if (answer?.[1]) {
        counts.paragraphs++;
        root.children.push({ type: 'paragraph', children: inline(answer[1]) });
        continue;
      }
    }

    const tip = tipOf(text);
    if (tip) {
      const target = placeBlock(indent, true);
      const label = `${tip.label}：`;
      const paragraph: Paragraph = { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: label }] }, ...(tip.body ? phrasing(tip.body) : [])] };
      textLines.push(tip.body ? `${label}${plain(phrasing(tip.body))}` : label);
      const note: AnswerNote = { type: 'answerNote', children: [paragraph] };
      counts.notes++;
      target.push(note);
      // A label alone (`注意事项：`) heads the list below it: the list goes inside the note.
      if (!tip.body && target === root.children) {
        stack = [];
        base = note;
      }
      continue;
    }

    const marker = listMarker(text);
    if (marker) {
      const { style } = marker;
      while (stack.length > 0) {
        const top = stack[stack.length - 1];
        if (!top || top.indent < indent) break;
        if (top.indent === indent) {
          if (top.style === style) break;
          // `(1)` under `1.`, `①` under `(1)`: a deeper numbering family nests even when the scraper lost the indent.
          if (STYLE_RANK[style] >= 2 && STYLE_RANK[style] > STYLE_RANK[top.style]) break;
          if (top.absorbs && style !== 'step') break;
        }
        stack.pop();
      }
      const children = marker.content === '' ? [] : [{ type: 'paragraph' as const, children: inline(marker.content) }];
      const item: ListItem = { type: 'listItem', spread: false, children };
      counts.items++;
      if (style === 'step') counts.steps++;
      const top = stack[stack.length - 1];
      const sibling = top !== undefined && top.indent === indent && top.style === style;
      if (top && (sibling || top.depth >= LIMITS.maxListDepth)) {
        if (!sibling && !clampWarned) {
          clampWarned = true;
          warnings.push({
            file,
            line,
            message: `lists are nested deeper than ${LIMITS.maxListDepth} levels; deeper items are shown at level ${LIMITS.maxListDepth}`,
            fix: `indent lists at most ${LIMITS.maxListDepth} levels deep`,
          });
        }
        top.list.children.push(item);
        if (top.style === 'step') top.absorbs = style === 'step' && isStepTitle(marker.content);
        continue;
      }
      const ordered = style !== 'bullet';
      const list: List = { type: 'list', ordered, spread: false, children: [item] };
      if (ordered && marker.number !== 1) list.start = marker.number;
      const className = LIST_CLASS[style];
      if (className) list.data = { hProperties: { className: [className] } };
      counts.lists++;
      const parent = top ? lastItem(top) : undefined;
      if (parent) parent.children.push(list);
      else base.children.push(list);
      stack.push({ list, indent, depth: (top?.depth ?? 0) + 1, style, absorbs: style === 'step' && isStepTitle(marker.content) });
      continue;
    }

    const target = placeBlock(indent, CLOSING.test(text));
    counts.paragraphs++;
    target.push({ type: 'paragraph', children: inline(text) });
  }

  markLoose(root.children);
  const blocks = root.children.map((node): AnswerBlock =>
    node.type === 'paragraph' ? { kind: 'paragraph', text: plain(node.children) } : node.type === 'heading' ? { kind: 'heading', text: plain(node.children) } : { kind: 'other', text: '' },
  );
  return { html: toHtml(root), text: textLines.join('\n'), sections, counts, warnings, blocks };

  function addTable(table: FlatTable, target: BlockContent[]): void {
    const row = (cells: string[], header: boolean): TableRow => {
      const nodes = cells.map((c) => phrasing(c));
      counts.strong += nodes.flat().filter((n) => n.type === 'strong').length;
      // One line of the plain text per row, its cells apart by spaces.
      textLines.push(nodes.map(plain).join(' '));
      return { type: 'tableRow', children: nodes.map((children): TableCell => ({ type: 'tableCell', children, ...(header ? { data: { hProperties: { scope: 'col' } } } : {}) })) };
    };
    const node: Table = { type: 'table', children: [row(table.header, true), ...table.body.map((cells) => row(cells, false))] };

    // A short line ending in a colon right above the table (`各档次缴费标准如下：`) is its caption; one that holds a
    // whole sentence before the colon (`…各地不同。以上海为例：`) is a paragraph of the answer.
    const previous = target[target.length - 1];
    let caption: PhrasingContent[] | undefined;
    let label = '';
    const lead = previous?.type === 'paragraph' ? plain(previous.children) : '';
    if (previous?.type === 'paragraph' && lead.length <= 40 && /[:：]$/.test(lead) && !SENTENCE_STOP.test(lead)) {
      target.pop();
      caption = stripTrailingColon(previous.children);
      label = plain(caption);
    } else if (previous?.type === 'heading') label = plain(previous.children);
    if (label === '') label = `表格：${table.header.filter(Boolean).join('、')}`;
    counts.tables++;
    target.push({ type: 'answerTable', label, ...(caption ? { caption } : {}), children: [node] });
  }
}

function stripTrailingColon(nodes: PhrasingContent[]): PhrasingContent[] {
  const out = [...nodes];
  const last = out[out.length - 1];
  if (last?.type === 'text') out[out.length - 1] = { ...last, value: last.value.replace(/[:：]$/, '') };
  else if (last?.type === 'strong') out[out.length - 1] = { ...last, children: stripTrailingColon(last.children) };
  return out;
}

/** `问：…` whose answer `答：…` follows on the next line, or both on one line. */
function qaQuestion(text: string, lines: Line[], i: number): { question: string; answer?: string } | undefined {
  const c = text.charCodeAt(0);
  // 问 or Q: most lines are settled by their first character.
  if (c !== 0x95ee && c !== 0x51 && c !== 0x71) return undefined;
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

/** An item holding more than one block is loose, so each block keeps its own paragraph in HTML. */
function markLoose(nodes: RootContent[]): void {
  const pending: RootContent[] = [...nodes];
  while (pending.length > 0) {
    const node = pending.pop();
    if (!node) continue;
    if (node.type === 'answerNote' || node.type === 'listItem') {
      pending.push(...node.children);
      continue;
    }
    if (node.type !== 'list') continue;
    for (const item of node.children) {
      if (item.children.length > 1) {
        item.spread = true;
        node.spread = true;
      }
      pending.push(...item.children);
    }
  }
}

/** A related item's cut-off summary → an honest excerpt: its paragraph with a closing ellipsis. */
export function structureExcerpt(summary: string): { html: string; text: string } {
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
