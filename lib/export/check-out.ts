import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type ChildNode = DefaultTreeAdapterMap['childNode'];

/** Attributes through which a page loads or links to another resource. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  form: ['action'],
};

/**
 * Every URL a page links to or loads (links, stylesheets, scripts, images, form targets). A form that POSTs is left
 * out: its target is a server's endpoint (the feedback form's, FEEDBACK_URL), never a file of the export.
 */
export function pageUrls(html: string): string[] {
  const urls: string[] = [];
  const visit = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (!('tagName' in node)) continue;
      const posts = node.tagName === 'form' && node.attrs.some((a) => a.name === 'method' && a.value.toLowerCase() === 'post');
      for (const name of posts ? [] : (URL_ATTRIBUTES[node.tagName] ?? [])) {
        const value = node.attrs.find((a) => a.name === name)?.value;
        if (value !== undefined) urls.push(value);
      }
      visit(node.tagName === 'template' && 'content' in node ? node.content.childNodes : node.childNodes);
    }
  };
  visit(parse(html).childNodes);
  return urls;
}

/** The path inside the site an internal URL points to, or undefined for external, `mailto:`, `#…` and the like. */
export function internalPath(url: string, pageUrlPath: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('#')) return undefined;
  const resolved = new URL(url, `http://site${pageUrlPath}`);
  return decodeURIComponent(resolved.pathname);
}

/** The file a static host would answer a path with, as `lib/server/static-server.ts` resolves it. */
export function fileForPath(root: string, urlPath: string): string | undefined {
  const base = path.join(root, urlPath);
  const candidates = urlPath.endsWith('/') ? [path.join(base, 'index.html')] : [base, `${base}.html`, path.join(base, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

/** Every file under `root`, as site paths (`/q/abc/index.html`). */
export function siteFiles(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? siteFiles(root, full) : [`/${path.relative(root, full).split(path.sep).join('/')}`];
  });
}

/** The URL path a page file is served at: `/q/abc/index.html` → `/q/abc/`. */
export function urlPathOf(file: string): string {
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}
