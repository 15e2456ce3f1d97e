import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { SITE_SCRIPT_ATTRIBUTE } from '@/lib/core/config';
import { attr, elements, inlineScriptHash, isExecutable, withPolicy } from './csp';

type Element = DefaultTreeAdapterMap['element'];

function isFrameworkScript(element: Element): boolean {
  if (element.tagName === 'script') return isExecutable(element) && attr(element, SITE_SCRIPT_ATTRIBUTE) === undefined;
  const href = attr(element, 'href') ?? '';
  return element.tagName === 'link' && href.startsWith('/_next/') && (attr(element, 'as') === 'script' || attr(element, 'rel') === 'modulepreload');
}

/**
 * What every exported page gets in the finishing step, from one parse of it: Next's runtime scripts, their
 * preload hints and the inline flight data out — every executable script the layout did not mark as its
 * own (no page hydrates: the interactive parts are islands, lib/islands/) — and the Content-Security-Policy
 * for the inline scripts left in.
 */
export function finishPage(html: string): string {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const cuts: [number, number][] = [];
  const hashes: string[] = [];
  for (const element of elements(document.childNodes)) {
    const location = element.sourceCodeLocation;
    if (location && isFrameworkScript(element)) cuts.push([location.startOffset, location.endOffset]);
    else {
      const hash = inlineScriptHash(html, element);
      if (hash) hashes.push(hash);
    }
  }
  let result = '';
  let from = 0;
  for (const [start, end] of cuts) {
    result += html.slice(from, start);
    from = end;
  }
  return withPolicy(result + html.slice(from), hashes);
}
