import type { Element, ElementContent } from 'hast';
import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype, { type Options as ToHastOptions } from 'remark-rehype';
import { unified } from 'unified';
import type { AnswerNote, AnswerTable } from './nodes';

const handlers: NonNullable<ToHastOptions['handlers']> = {
  /** A tip: `<div class="answer-note" role="note">`. */
  answerNote: (state, node: AnswerNote): Element => ({ type: 'element', tagName: 'div', properties: { className: ['answer-note'], role: 'note' }, children: state.all(node) }),
  /**
   * A table in a box that scrolls sideways on its own (never the page) and that keyboard users can focus to
   * scroll; the box is a named region, so a screen reader announces what the table is before reading it.
   */
  answerTable: (state, node: AnswerTable): Element => {
    const children = [state.one(node.children[0], node)].flat().filter((n): n is ElementContent => n !== undefined);
    const table = children.find((n): n is Element => n.type === 'element' && n.tagName === 'table');
    if (table && node.caption) {
      table.children.unshift({ type: 'element', tagName: 'caption', properties: {}, children: state.all({ type: 'paragraph', children: node.caption }) });
    }
    return { type: 'element', tagName: 'div', properties: { className: ['table-scroll'], role: 'region', ariaLabel: node.label, tabIndex: 0 }, children };
  },
};

// One processor for the whole run: mdast → hast → HTML. No `html` mdast node is ever built and remark-rehype drops
// raw HTML by default, so file markup can only ever reach the page as escaped text.
const processor = unified().use(remarkRehype, { handlers }).use(rehypeStringify);

export function toHtml(tree: Root): string {
  return processor.stringify(processor.runSync(tree));
}
