import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { LIMITS } from './limits';
import type { Line } from './parse-page';
import type { Problem } from './problems';
import type { Section } from './schema';
import { typeset } from './typography';

export type Structured = {
  html: string;
  /** Plain text, one block per line, for descriptions, snippets and search. */
  text: string;
  sections: Section[];
  /** Counts of the blocks found, so tests and the report can check structure without reading HTML. */
  counts: { headings: number; lists: number; items: number; paragraphs: number; strong: number };
  warnings: Problem[];
};

const HEADING = /^([一二三四五六七八九十]{1,3})[、.．]\s*(\S.*)$/;
const SUBHEADING = /^[（(]([一二三四五六七八九十]{1,3})[)）]\s*(\S.*)$/;
const ORDERED = /^(\d{1,3})[.．、)）](?!\d)\s*(\S.*)$/;
const BULLET = /^(?:[•●◦▪■◆▶►]\s*|[-*+]\s+(?!\*))(\S.*)$/;
const MAX_HEADING_CHARS = 50;

// One processor for the whole run: mdast → hast → HTML. No `html` mdast node is ever built and remark-rehype drops
// raw HTML by default, so file markup can only ever reach the page as escaped text.
const processor = unified().use(remarkRehype).use(rehypeStringify);

export function toHtml(tree: Root): string {
  return processor.stringify(processor.runSync(tree));
}

/** Inline text → phrasing nodes: `**bold**` becomes strong; everything else is a text node, typeset. */
export function phrasing(text: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const m of text.matchAll(/\*\*(?=\S)(.+?)\*\*/g)) {
    if (m.index > last) out.push({ type: 'text', value: typeset(text.slice(last, m.index)) });
    out.push({ type: 'strong', children: [{ type: 'text', value: typeset(m[1] ?? '') }] });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ type: 'text', value: typeset(text.slice(last)) });
  return out;
}

function plain(nodes: PhrasingContent[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.value : n.type === 'strong' ? plain(n.children) : '')).join('');
}

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

type Frame = { list: List; indent: number; depth: number };

/**
 * The answer's flattened lines → real structure: `一、…` headings are `<h2>` sections, `（一）…` are `<h3>`,
 * numbered lines are ordered lists, `•` bullets are unordered lists nested by indentation, lines indented under
 * an item belong to it, every other line is a paragraph.
 */
export function structureAnswer(file: string, lines: Line[]): Structured {
  const root: Root = { type: 'root', children: [] };
  const sections: Section[] = [];
  const textLines: string[] = [];
  const counts = { headings: 0, lists: 0, items: 0, paragraphs: 0, strong: 0 };
  const warnings: Problem[] = [];
  let stack: Frame[] = [];
  let clampWarned = false;

  const lastItem = (frame: Frame): ListItem | undefined => frame.list.children[frame.list.children.length - 1];
  const addBlock = (block: RootContent & (Paragraph | List | Heading)) => {
    const top = stack[stack.length - 1];
    const item = top ? lastItem(top) : undefined;
    if (item && block.type !== 'heading') item.children.push(block);
    else root.children.push(block);
  };
  const inline = (text: string): PhrasingContent[] => {
    const nodes = phrasing(text);
    counts.strong += nodes.filter((n) => n.type === 'strong').length;
    textLines.push(plain(nodes));
    return nodes;
  };

  for (const { text: raw, line } of lines) {
    const text = raw.trim();
    if (text === '') continue;
    const indent = indentOf(raw);
    const heading = text.length <= MAX_HEADING_CHARS ? (HEADING.exec(text) ?? SUBHEADING.exec(text)) : null;
    if (heading) {
      stack = [];
      const depth = SUBHEADING.test(text) ? 3 : 2;
      const children = inline(text);
      const node: Heading = { type: 'heading', depth, children };
      if (depth === 2) {
        const id = `section-${sections.length + 1}`;
        node.data = { hProperties: { id } };
        sections.push({ id, title: plain(children) });
      }
      counts.headings++;
      root.children.push(node);
      continue;
    }

    const ordered = ORDERED.exec(text);
    const bullet = ordered ? null : BULLET.exec(text);
    if (ordered || bullet) {
      const isOrdered = ordered !== null;
      let content = (ordered ? ordered[2] : bullet?.[1]) ?? '';
      // Scrapers sometimes print the number twice (`1. 1.个人医保账户`).
      if (ordered) content = content.replace(new RegExp(`^${ordered[1]}[.．、](?!\\d)\\s*`), '');
      while (stack.length > 0) {
        const top = stack[stack.length - 1];
        if (top && (top.indent > indent || (top.indent === indent && top.list.ordered !== isOrdered))) stack.pop();
        else break;
      }
      const item: ListItem = { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: inline(content) }] };
      counts.items++;
      const top = stack[stack.length - 1];
      if (top && (top.indent === indent || top.depth >= LIMITS.maxListDepth)) {
        if (top.indent !== indent && !clampWarned) {
          clampWarned = true;
          warnings.push({
            file,
            line,
            message: `lists are nested deeper than ${LIMITS.maxListDepth} levels; deeper items are shown at level ${LIMITS.maxListDepth}`,
            fix: `indent lists at most ${LIMITS.maxListDepth} levels deep`,
          });
        }
        top.list.children.push(item);
        continue;
      }
      const list: List = { type: 'list', ordered: isOrdered, spread: false, children: [item] };
      const start = ordered ? Number(ordered[1]) : 1;
      if (isOrdered && start !== 1) list.start = start;
      counts.lists++;
      addBlock(list);
      stack.push({ list, indent, depth: (top?.depth ?? 0) + 1 });
      continue;
    }

    while (stack.length > 0 && (stack[stack.length - 1]?.indent ?? 0) >= indent) stack.pop();
    counts.paragraphs++;
    addBlock({ type: 'paragraph', children: inline(text) });
  }

  markLoose(root.children);
  return { html: toHtml(root), text: textLines.join('\n'), sections, counts, warnings };
}

/** An item holding more than one block is loose, so each block keeps its own paragraph in HTML. */
function markLoose(nodes: RootContent[]): void {
  const pending: RootContent[] = [...nodes];
  while (pending.length > 0) {
    const node = pending.pop();
    if (!node || node.type !== 'list') {
      if (node?.type === 'listItem') pending.push(...node.children);
      continue;
    }
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
  const children = phrasing(`${body}…`);
  const root: Root = { type: 'root', children: [{ type: 'paragraph', children }] };
  return { html: toHtml(root), text: plain(children) };
}
