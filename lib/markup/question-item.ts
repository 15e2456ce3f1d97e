/**
 * A question in a list: the link, then what a reader weighs before opening it (summary or full, year, date, or the
 * day it was saved), then optionally the opening of the answer. The topic and region lists (components/question-list.tsx)
 * and the pages saved on this device (lib/islands/saved-pages.ts). Its classes are in app/globals.css (`.q-item`).
 */
import { el, type Markup, type MarkupElement } from './tree';

type Props = { href: string; question: string; meta: readonly (Markup | null | undefined | false)[]; snippet?: string };

export function questionItem({ href, question, meta, snippet }: Props): MarkupElement {
  return el(
    'li',
    { class: 'q-item' },
    el('a', { href, class: 'q-link' }, question),
    meta.some(Boolean) && el('span', { class: 'q-meta' }, ...meta),
    snippet !== undefined && el('p', { class: 'q-snippet' }, snippet),
  );
}
