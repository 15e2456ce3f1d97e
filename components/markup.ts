import { createElement, type ReactNode } from 'react';
import type { Markup } from '@/lib/markup/tree';

/** The few HTML attribute names lib/markup uses that React spells otherwise. */
const REACT_NAMES: Readonly<Record<string, string>> = { class: 'className', datetime: 'dateTime' };

/** A lib/markup tree as React elements; `key` when it is one of a list. Text stays text (React escapes it). */
export function toReact(node: Markup, key?: string): ReactNode {
  if (typeof node === 'string') return node;
  const props: Record<string, string | undefined> = { key };
  for (const [name, value] of Object.entries(node.attrs)) props[REACT_NAMES[name] ?? name] = value;
  // Children as arguments, not an array: a fixed list that needs no keys.
  return createElement(node.tag, props, ...node.children.map((child) => toReact(child)));
}
