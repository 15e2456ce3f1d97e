import type { PhrasingContent } from 'mdast';
import { typeset } from '../typography';

/**
 * `**bold**`, or `*emphasis*` between single asterisks that no letter or digit of a formula touches from outside
 * (`*以上信息来源于国家医保局*`, not `2*3*4`).
 */
const INLINE_MARKS = /\*\*(?=\S)(.+?)\*\*|(?<![*A-Za-z0-9])\*(?=[^\s*])([^*]*?[^\s*])\*(?![*A-Za-z0-9])/g;

/** Inline text → phrasing nodes: `**bold**` becomes strong, `*this*` emphasis; everything else is a text node, typeset. */
export function phrasing(text: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE_MARKS)) {
    if (m.index > last) out.push({ type: 'text', value: typeset(text.slice(last, m.index)) });
    const bold = m[1] !== undefined;
    out.push({ type: bold ? 'strong' : 'emphasis', children: [{ type: 'text', value: typeset((bold ? m[1] : m[2]) ?? '') }] });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ type: 'text', value: typeset(text.slice(last)) });
  return out;
}

export function plain(nodes: PhrasingContent[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.value : n.type === 'strong' || n.type === 'emphasis' ? plain(n.children) : '')).join('');
}
