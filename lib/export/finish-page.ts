import { parse } from 'parse5';
import { SITE_SCRIPT_ATTRIBUTE } from '@/lib/site/islands';
import { attr, elements, isExecutable, withContentSecurityPolicy } from './csp';

/**
 * Returns the page without Next's runtime scripts, their preload hints and the inline flight data: every
 * executable script the layout did not mark as its own. No page hydrates (the interactive parts are
 * islands, lib/islands/), so the runtime, its router and the payload repeating the page's text can go.
 */
export function withoutFrameworkRuntime(html: string): string {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const cuts: [number, number][] = [];
  for (const element of elements(document.childNodes)) {
    const location = element.sourceCodeLocation;
    if (!location) continue;
    const framework =
      element.tagName === 'script'
        ? isExecutable(element) && attr(element, SITE_SCRIPT_ATTRIBUTE) === undefined
        : element.tagName === 'link' && (attr(element, 'href') ?? '').startsWith('/_next/') && (attr(element, 'as') === 'script' || attr(element, 'rel') === 'modulepreload');
    if (framework) cuts.push([location.startOffset, location.endOffset]);
  }
  let result = '';
  let from = 0;
  for (const [start, end] of cuts) {
    result += html.slice(from, start);
    from = end;
  }
  return result + html.slice(from);
}

/** What every exported page gets in the finishing step: the runtime out, then the policy for what is left in. */
export function finishPage(html: string): string {
  return withContentSecurityPolicy(withoutFrameworkRuntime(html));
}
