import { createHash } from 'node:crypto';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { feedbackEndpoint } from '@/lib/core/config';

type Element = DefaultTreeAdapterMap['element'];
type ChildNode = DefaultTreeAdapterMap['childNode'];

/** Script types the browser executes; anything else (`application/ld+json`) is an inert data block. */
const EXECUTABLE_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

export function isExecutable(script: Element): boolean {
  return EXECUTABLE_TYPES.has((attr(script, 'type') ?? '').trim().toLowerCase());
}

export function* elements(nodes: ChildNode[]): Generator<Element> {
  for (const node of nodes) {
    if ('tagName' in node) {
      yield node;
      const children = node.tagName === 'template' && 'content' in node ? node.content.childNodes : node.childNodes;
      yield* elements(children);
    }
  }
}

export function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

/**
 * The sha256 source of an inline executable script, hashed over the exact characters in the file
 * (which is what the browser hashes); `undefined` for any other element. `html` is the text `script` was parsed from.
 */
export function inlineScriptHash(html: string, script: Element): string | undefined {
  if (script.tagName !== 'script' || attr(script, 'src') !== undefined || !isExecutable(script)) return undefined;
  const location = script.sourceCodeLocation;
  if (!location?.startTag || !location.endTag) return undefined;
  const body = html.slice(location.startTag.endOffset, location.endTag.startOffset);
  return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

/** The hashes of every inline executable script in the page. */
export function inlineScriptHashes(html: string): string[] {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const hashes = new Set<string>();
  for (const element of elements(document.childNodes)) {
    const hash = inlineScriptHash(html, element);
    if (hash) hashes.add(hash);
  }
  return [...hashes].sort();
}

/**
 * Where the page may send data (`connect-src`, `form-action`): 'self', and the origin of the feedback endpoint when
 * FEEDBACK_URL names another one (lib/core/config.ts). Nothing else: the form and its island post there and nowhere.
 */
export function sendSources(feedback: string | null): string {
  // feedbackEndpoint() gives either a path on this site or an absolute http(s) URL.
  const absolute = feedback !== null && /^https?:\/\//i.test(feedback);
  return absolute ? `'self' ${new URL(feedback).origin}` : "'self'";
}

/**
 * The page's policy: only our own files, plus the exact inline scripts left in this page (the layout's one); data goes
 * only to our own origin and the feedback endpoint's. `feedback` is the endpoint the build's pages post to.
 */
export function contentSecurityPolicy(scriptHashes: string[], feedback: string | null = feedbackEndpoint()): string {
  const send = sendSources(feedback);
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${send}`,
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${send}`,
    "manifest-src 'self'",
    "worker-src 'self'",
  ].join('; ');
}

const CSP_META = /<meta http-equiv="Content-Security-Policy"[^>]*>/i;

/**
 * Returns the page with a CSP `<meta>` allowing these inline scripts, placed right after the charset
 * declaration, before any script, so it governs them all; an older policy is replaced. A static host
 * cannot send headers we control, so the policy travels in the page.
 */
export function withPolicy(html: string, scriptHashes: string[]): string {
  const withoutOld = html.replace(CSP_META, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy([...new Set(scriptHashes)].sort())}"/>`;
  const charset = /<meta charSet="utf-8"\s*\/?>/i.exec(withoutOld);
  if (charset) {
    const at = charset.index + charset[0].length;
    return withoutOld.slice(0, at) + meta + withoutOld.slice(at);
  }
  const head = /<head[^>]*>/i.exec(withoutOld);
  if (!head) throw new Error('No <head> in page: cannot place the Content-Security-Policy.');
  const at = head.index + head[0].length;
  return withoutOld.slice(0, at) + meta + withoutOld.slice(at);
}

/** The page with the policy for exactly the inline scripts it has. */
export function withContentSecurityPolicy(html: string): string {
  return withPolicy(html, inlineScriptHashes(html));
}
