/**
 * What the service worker keeps for reading offline, and for how long: decided once here, read by the
 * worker (lib/offline/sw.ts), the islands that show and manage saved pages, and the build.
 *
 *   pages    every question, topic, region and other page the reader opened (network first, ~3 s)
 *   assets   content-hashed CSS and scripts those pages use (cache first: a hashed file never changes)
 *   search   the search index files already fetched (meta.json network first, shards and chunks cache first)
 *   precache the shell installed with the worker: CSS, the islands, the home and offline pages
 */
import { offlinePath, searchPath } from '@/lib/core/urls';

export const SW_URL = '/sw.js';
/** The web app manifest (public/manifest.webmanifest), linked by lib/islands/service-worker.ts once the worker is active. */
export const MANIFEST_URL = '/manifest.webmanifest';
export const OFFLINE_PATH = offlinePath();

const PREFIX = 'yibao-';
export const CACHES = {
  pages: `${PREFIX}pages`,
  assets: `${PREFIX}assets`,
  search: `${PREFIX}search`,
  settings: `${PREFIX}settings`,
  precache: `${PREFIX}precache`,
  /** Every cache above starts with it, so 「清除离线内容」 finds them all. */
  prefix: PREFIX,
} as const;

/** A saved page older than this is dropped: policies change every year, a month-old copy is already a risk. */
export const PAGE_MAX_AGE_DAYS = 30;
export const PAGE_MAX_AGE_SECONDS = PAGE_MAX_AGE_DAYS * 24 * 60 * 60;
/** Saved pages kept at most; the oldest go first. */
export const PAGE_MAX_ENTRIES = 300;
/** Hashed files kept at most: about ten per build, so the files of many builds' saved pages. */
export const ASSET_MAX_ENTRIES = 200;
export const SEARCH_MAX_ENTRIES = 400;
/** How long a page request waits for the network before the saved copy is shown. */
export const NETWORK_TIMEOUT_SECONDS = 3;

/**
 * Feedback sent without a connection waits in the worker's queue (IndexedDB, lib/offline/sw.ts) for this long, then is
 * dropped unsent; the privacy page (/privacy/) says so.
 */
export const FEEDBACK_QUEUE_DAYS = 7;
export const FEEDBACK_QUEUE = `${PREFIX}feedback`;

/**
 * Whether a queued report stays queued after a replay got `status` (undefined: no answer at all). Only a refusal
 * that sending again cannot change (a 4xx other than 429) drops it; no connection, 429 and 5xx keep it for the next try.
 */
export function keepQueued(status: number | undefined): boolean {
  return status === undefined || status === 429 || status >= 500;
}

/** Whether `url` is the feedback endpoint `endpoint` (a path on this site, or absolute), whatever its query. */
export function isFeedbackUrl(url: URL, endpoint: string | null, origin: string): boolean {
  if (endpoint === null) return false;
  const target = new URL(endpoint, origin);
  return url.origin === target.origin && url.pathname === target.pathname;
}

/** Headers the worker adds to a page it saves: when, and under which title (URI-encoded: headers are Latin-1). */
export const SAVED_AT_HEADER = 'X-Saved-At';
export const SAVED_TITLE_HEADER = 'X-Saved-Title';

/** Where the page tells the worker that this connection asked to save data (CACHES.settings). */
export const SAVE_DATA_KEY = '/__offline/save-data';

/** Content-hashed files: `/_next/static/…` from Next, `/islands/<name>-<hash>.js` from scripts/build-islands.ts. */
export function isHashedAsset(pathname: string): boolean {
  return pathname.startsWith('/_next/static/') || /^\/islands\/[^/]+-[A-Za-z0-9]{6,}\.(js|css)$/.test(pathname);
}

export type SearchFile = 'meta' | 'part';

/** The search index under /search/ (lib/search/format.ts): meta.json is revalidated, the rest are versioned by `?v=`. */
export function searchFile(pathname: string): SearchFile | undefined {
  if (pathname === '/search/meta.json') return 'meta';
  if (/^\/search\/[tds]\/[0-9a-z]+\.json$/.test(pathname)) return 'part';
  return undefined;
}

/** A page of the site, as opposed to a file: what a reader navigates to and the worker saves. */
export function isPagePath(pathname: string): boolean {
  if (isHashedAsset(pathname) || searchFile(pathname) || pathname === SW_URL) return false;
  // Pages are folders (`trailingSlash`); a name with an extension is a file (manifest, icons, sitemap).
  const last = pathname.split('/').pop() ?? '';
  return !last.includes('.');
}

/** The cache key of a saved page: its path, so `/search/?q=…` and `/q/x/#y` are one saved page. */
export function pageKey(url: string | URL): string {
  const parsed = new URL(url, 'http://site.invalid');
  return parsed.pathname;
}

/** Saved pages the offline page lists: all but itself and the search page, which show nothing without the network. */
export function isListedSavedPage(pathname: string): boolean {
  return pathname !== OFFLINE_PATH && pathname !== searchPath() && isPagePath(pathname);
}
