/** The few DOM helpers islands share. Text always goes in as text nodes: index and content text is never HTML. */
import type { Attributes, Markup } from '@/lib/markup/tree';

type Child = Node | string | null | undefined | false;

function filled<E extends HTMLElement>(element: E, attributes: Attributes, children: readonly Child[]): E {
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

/** `h('a', { href, class: 'x' }, 'text', child)`: an element with attributes and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  return filled(document.createElement(tag), attributes, children);
}

/** Markup the server components render too (lib/markup), as DOM, by `h`'s rules. */
export function toDom(node: Markup): Node | string {
  return typeof node === 'string' ? node : filled(document.createElement(node.tag), node.attrs, node.children.map(toDom));
}

/** The element under `root` matching `selector`; markup that lacks it is a bug in the server component, said loudly. */
export function part<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T & Element>(selector);
  if (!element) throw new Error(`island markup is missing ${selector}`);
  return element;
}
