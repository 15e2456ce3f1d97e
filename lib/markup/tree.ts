/**
 * Markup that the server components and the islands both show, written once as a plain tree: components/markup.ts
 * renders it with React, lib/islands/dom.ts `toDom` as DOM nodes. Nothing under lib/markup imports React or the DOM,
 * so both can use it. Text is always a text child, never HTML: content and index text is untrusted.
 */

export type Attributes = Readonly<Record<string, string | undefined>>;
export type MarkupElement = { readonly tag: string; readonly attrs: Attributes; readonly children: readonly Markup[] };
export type Markup = MarkupElement | string;
type Child = Markup | null | undefined | false;

/** `el('a', { href, class: 'x' }, 'text', child)`, as the islands' `h`: HTML attribute names, empty children left out. */
export function el(tag: string, attrs: Attributes = {}, ...children: Child[]): MarkupElement {
  return { tag, attrs, children: children.filter((child): child is Markup => Boolean(child)) };
}
