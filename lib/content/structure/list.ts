import type { List, ListItem } from 'mdast';
import { LIMITS } from '../limits';
import { listMarker, SENTENCE_END, STYLE_RANK, type ListMarker, type ListStyle } from '../markers';
import { inline, lastItem, type Builder, type Frame } from './builder';

/** Lists whose numbers look other than `1.`: steps, `(1)` and `①` (styled in app/globals.css). */
const LIST_CLASS: Partial<Record<ListStyle, string>> = { step: 'answer-steps', paren: 'list-paren', circled: 'list-circled' };

/** A step whose text is a short title rather than a finished sentence. */
function isStepTitle(content: string): boolean {
  return content === '' || (content.length <= 30 && !SENTENCE_END.test(content));
}

/**
 * A list item line (`1.` `(1)` `①` `•` `第一步：` …) joins the open list it belongs to, or opens a new one, nested
 * by indentation; false for any other line.
 */
export function takeListItem(b: Builder, text: string, indent: number, line: number): boolean {
  const marker = listMarker(text);
  if (!marker) return false;
  closeListsAbove(b, marker.style, indent);
  const children = marker.content === '' ? [] : [{ type: 'paragraph' as const, children: inline(b, marker.content) }];
  const item: ListItem = { type: 'listItem', spread: false, children };
  b.counts.items++;
  if (marker.style === 'step') b.counts.steps++;
  const top = b.stack[b.stack.length - 1];
  const sibling = top !== undefined && top.indent === indent && top.style === marker.style;
  if (top && (sibling || top.depth >= LIMITS.maxListDepth)) {
    if (!sibling) warnClamped(b, line);
    top.list.children.push(item);
    if (top.style === 'step') top.absorbs = marker.style === 'step' && isStepTitle(marker.content);
    return true;
  }
  openList(b, marker, item, indent, top);
  return true;
}

/** The open lists this item cannot go into or under are closed. */
function closeListsAbove(b: Builder, style: ListStyle, indent: number): void {
  while (b.stack.length > 0) {
    const top = b.stack[b.stack.length - 1];
    if (!top || top.indent < indent) break;
    if (top.indent === indent) {
      if (top.style === style) break;
      // `(1)` under `1.`, `①` under `(1)`: a deeper numbering family nests even when the scraper lost the indent.
      if (STYLE_RANK[style] >= 2 && STYLE_RANK[style] > STYLE_RANK[top.style]) break;
      if (top.absorbs && style !== 'step') break;
    }
    b.stack.pop();
  }
}

function warnClamped(b: Builder, line: number): void {
  if (b.clampWarned) return;
  b.clampWarned = true;
  b.warnings.push({
    file: b.file,
    line,
    message: `lists are nested deeper than ${LIMITS.maxListDepth} levels; deeper items are shown at level ${LIMITS.maxListDepth}`,
    fix: `indent lists at most ${LIMITS.maxListDepth} levels deep`,
  });
}

/** A new list for this item, inside the open item above it or at the top of the answer (or its tip). */
function openList(b: Builder, marker: ListMarker, item: ListItem, indent: number, top: Frame | undefined): void {
  const { style } = marker;
  const ordered = style !== 'bullet';
  const list: List = { type: 'list', ordered, spread: false, children: [item] };
  if (ordered && marker.number !== 1) list.start = marker.number;
  const className = LIST_CLASS[style];
  if (className) list.data = { hProperties: { className: [className] } };
  b.counts.lists++;
  const parent = top ? lastItem(top) : undefined;
  if (parent) parent.children.push(list);
  else b.base.children.push(list);
  b.stack.push({ list, indent, depth: (top?.depth ?? 0) + 1, style, absorbs: style === 'step' && isStepTitle(marker.content) });
}
