import type { BlockContent, List, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import type { Problem } from '@/lib/core/problems';
import type { ListStyle } from '../markers';
import type { Section } from '../schema';
import { toHtml } from './html';
import type { AnswerNote } from './nodes';
import { phrasing, plain } from './phrasing';

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

/**
 * An open list. `absorbs`: its last item is a step with a title (`第一步：登录APP`), so the paragraphs and lists
 * that follow at the same indentation are that step's details, up to the next step or heading.
 */
export type Frame = { list: List; indent: number; depth: number; style: ListStyle; absorbs: boolean };

/** One answer being built: the tree so far and where the next block goes. Each block kind's file adds to it. */
export type Builder = {
  file: string;
  root: Root;
  sections: Section[];
  textLines: string[];
  counts: Structured['counts'];
  warnings: Problem[];
  /** The lists open at this point, outermost first. */
  stack: Frame[];
  /** Where top-level blocks go: the answer, or a tip whose list follows its label line. */
  base: Root | AnswerNote;
  /** The depth of the last `一、` or markdown heading, which a bold or 【】 heading sits under. */
  outline: number;
  /** Lists nested too deep are warned about once per answer. */
  clampWarned: boolean;
  /** A `问：` line whose `答：` comes on the next line. */
  answerLabelExpected: boolean;
};

export function newBuilder(file: string): Builder {
  const root: Root = { type: 'root', children: [] };
  return {
    file,
    root,
    sections: [],
    textLines: [],
    counts: { headings: 0, lists: 0, items: 0, paragraphs: 0, strong: 0, tables: 0, steps: 0, notes: 0 },
    warnings: [],
    stack: [],
    base: root,
    outline: 1,
    clampWarned: false,
    answerLabelExpected: false,
  };
}

export const lastItem = (frame: Frame): ListItem | undefined => frame.list.children[frame.list.children.length - 1];

/** A block's inline text → phrasing nodes, counted and added to the plain text. */
export function inline(b: Builder, text: string): PhrasingContent[] {
  const nodes = phrasing(text);
  b.counts.strong += nodes.filter((n) => n.type === 'strong').length;
  b.textLines.push(plain(nodes));
  return nodes;
}

export function closeNote(b: Builder): void {
  b.base = b.root;
}

/** Where a block at this indentation goes: into the open item above it, or the answer. */
export function placeBlock(b: Builder, indent: number, closing = false): BlockContent[] {
  while (b.stack.length > 0) {
    const top = b.stack[b.stack.length - 1];
    if (!top) break;
    if (top.indent > indent || (top.indent === indent && (!top.absorbs || closing))) b.stack.pop();
    else break;
  }
  const top = b.stack[b.stack.length - 1];
  const item = top ? lastItem(top) : undefined;
  if (item) return item.children as BlockContent[];
  if (b.base !== b.root && indent === 0) closeNote(b);
  return b.base.children as BlockContent[];
}

export function indentOf(text: string): number {
  let n = 0;
  for (const ch of text) {
    if (ch === ' ') n += 1;
    else if (ch === '\t') n += 4;
    else if (ch === '\u3000') n += 2;
    else break;
  }
  return n;
}

/** The finished answer: its HTML, plain text, sections, counts, warnings and top-level blocks. */
export function finish(b: Builder): Structured {
  markLoose(b.root.children);
  const blocks = b.root.children.map((node): AnswerBlock =>
    node.type === 'paragraph' ? { kind: 'paragraph', text: plain(node.children) } : node.type === 'heading' ? { kind: 'heading', text: plain(node.children) } : { kind: 'other', text: '' },
  );
  return { html: toHtml(b.root), text: b.textLines.join('\n'), sections: b.sections, counts: b.counts, warnings: b.warnings, blocks };
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
