/** The few DOM helpers islands share. Text always goes in as text nodes: index and content text is never HTML. */

type Child = Node | string | null | undefined | false;

/** `h('a', { href, class: 'x' }, 'text', child)`: an element with attributes and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

/** The element under `root` matching `selector`; markup that lacks it is a bug in the server component, said loudly. */
export function part<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T & Element>(selector);
  if (!element) throw new Error(`island markup is missing ${selector}`);
  return element;
}
