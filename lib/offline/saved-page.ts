/**
 * Pure functions over a saved page: what the worker reads from it when it saves it, what it writes into it
 * when it serves it from the saved copy, and how the offline page lists what is saved. No browser API here,
 * so the unit tests run them on the real built pages.
 */
import { SITE_NAME } from '@/lib/core/config';
import { chineseDate } from '@/lib/core/dates';
import { isHashedAsset, isListedSavedPage, PAGE_MAX_AGE_SECONDS, SAVED_AT_HEADER, SAVED_TITLE_HEADER } from './policy';

/** `2026年12月1日`, in the reader's own time zone: the day they saved it, as they would say it. */
export function savedDate(savedAt: Date): string {
  return chineseDate(savedAt.getFullYear(), savedAt.getMonth() + 1, savedAt.getDate());
}

/** The notice on a page served from the saved copy. A copy must never pass for the current policy. */
export function savedCopyNotice(savedAt: Date): string {
  return `离线浏览：这是 ${savedDate(savedAt)} 保存的内容，政策可能已更新`;
}

/** Marks a page served from the saved copy, so CSS and islands can tell (and tests can find). */
export const SAVED_COPY_ATTRIBUTE = 'data-saved-copy';

const MAIN_OPEN = /<main\b[^>]*>/i;

/**
 * The saved page with the notice as the first thing in <main>, so it is read before the answer. The text is the
 * worker's own (a date), never the page's; a page without <main> gets it right after <body>.
 */
export function withSavedCopyNotice(html: string, savedAt: Date): string {
  const notice = `<p ${SAVED_COPY_ATTRIBUTE}="${savedAt.toISOString()}" role="note" class="saved-copy-notice">${savedCopyNotice(savedAt)}</p>`;
  const at = MAIN_OPEN.exec(html) ?? /<body\b[^>]*>/i.exec(html);
  if (!at) return notice + html;
  const end = at.index + at[0].length;
  return html.slice(0, end) + notice + html.slice(end);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const TITLE_SUFFIX = ` · ${SITE_NAME}`;

/** The page's own title without the site name: what a reader recognises in a list of saved pages. */
export function pageTitle(html: string): string {
  const match = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  const title = decodeEntities(match?.[1] ?? '').trim();
  return title.endsWith(TITLE_SUFFIX) ? title.slice(0, -TITLE_SUFFIX.length) : title || SITE_NAME;
}

/** The content-hashed files a page loads (styles, scripts): saved with it, so the copy opens styled and working. */
export function pageAssets(html: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/<(?:link|script)\b[^>]*?\b(?:href|src)="(\/[^"?#]+)"/gi)) {
    const path = match[1] ?? '';
    if (isHashedAsset(path)) found.add(path);
  }
  return [...found];
}

/** The two headers the worker stamps on a page it saves. */
export function savedHeaders(html: string, savedAt: Date): Record<string, string> {
  return { [SAVED_AT_HEADER]: savedAt.toISOString(), [SAVED_TITLE_HEADER]: encodeURIComponent(pageTitle(html)) };
}

export type SavedPage = { path: string; title: string; savedAt: Date };

type HeaderSource = { get(name: string): string | null };

/** One saved page as the offline page lists it; a response the worker did not stamp is left out. */
export function savedPage(path: string, headers: HeaderSource): SavedPage | undefined {
  const at = headers.get(SAVED_AT_HEADER);
  const savedAt = at ? new Date(at) : undefined;
  if (!savedAt || Number.isNaN(savedAt.getTime())) return undefined;
  let title = path;
  try {
    title = decodeURIComponent(headers.get(SAVED_TITLE_HEADER) ?? '') || path;
  } catch {
    // A damaged header: the path still says which page it is.
  }
  return { path, title, savedAt };
}

export function isExpired(savedAt: Date, now: Date): boolean {
  return now.getTime() - savedAt.getTime() > PAGE_MAX_AGE_SECONDS * 1000;
}

/** What the offline page lists: readable pages only, none past their age, newest first. */
export function savedList(pages: readonly (SavedPage | undefined)[], now: Date): SavedPage[] {
  return pages
    .filter((p): p is SavedPage => p !== undefined && isListedSavedPage(p.path) && !isExpired(p.savedAt, now))
    .sort((a, b) => b.savedAt.getTime() - a.savedAt.getTime());
}
