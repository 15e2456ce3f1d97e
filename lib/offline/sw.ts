/// <reference lib="webworker" />
/**
 * The service worker (/sw.js), built by scripts/build-sw.ts with Serwist after the pages are finished.
 *
 *   pages        network first, the saved copy after NETWORK_TIMEOUT_SECONDS or without a connection; a copy is
 *                stamped with the time it was saved and, when served, carries the saved-copy notice
 *   hashed files cache first: the name changes when the content does; saved with every page that uses them, so
 *                a saved page opens styled and working even after a new deployment replaced them
 *   search index meta.json network first, shards and display chunks (versioned by `?v=`) cache first
 *   never opened the offline page (/offline/), or the installed home page for `/`
 *   feedback     a JSON report POSTed to the feedback endpoint goes to the network only; when that fails it is kept in
 *                a background-sync queue (IndexedDB) and answered 202 `{"ok":true,"queued":true}`, and sent on the
 *                `sync` event, on the page's REPLAY_FEEDBACK message, and after any report that does get through
 *
 * Install precaches only the shell (CSS, the islands' entry, `/` and /offline/), and nothing at all when the
 * connection asks to save data. A new worker takes over at once (skipWaiting + clientsClaim), as soon as the old
 * one is idle (Chromium: if an event starts the old one again as it stops, up to its 30 s idle timeout later),
 * and pages are network first, so nobody is held on an old version.
 */
import { BackgroundSyncQueue, CacheFirst, ExpirationPlugin, NetworkFirst, Serwist, type PrecacheEntry, type RouteHandlerCallbackOptions, type SerwistPlugin } from 'serwist';
import {
  ASSET_MAX_ENTRIES,
  CACHES,
  FEEDBACK_QUEUE,
  FEEDBACK_QUEUE_DAYS,
  isFeedbackUrl,
  isHashedAsset,
  isPagePath,
  keepQueued,
  NETWORK_TIMEOUT_SECONDS,
  OFFLINE_PATH,
  PAGE_MAX_AGE_SECONDS,
  PAGE_MAX_ENTRIES,
  pageKey,
  SAVE_DATA_KEY,
  SAVED_AT_HEADER,
  SEARCH_MAX_ENTRIES,
  searchFile,
} from './policy';
import { pageAssets, savedHeaders, withSavedCopyNotice } from './saved-page';
import type { SaveResult, WorkerMessage } from './messages';

declare const self: ServiceWorkerGlobalScope;
/** Written in by scripts/build-sw.ts: the shell to precache, and an id that changes with every build. */
declare const __PRECACHE__: PrecacheEntry[];
declare const __BUILD__: string;
/** Where the feedback form posts (lib/core/config.ts `feedbackEndpoint`, at build time); null: no form. */
declare const __FEEDBACK__: string | null;

const pageExpiration = new ExpirationPlugin({ maxAgeSeconds: PAGE_MAX_AGE_SECONDS, maxEntries: PAGE_MAX_ENTRIES });
const assetExpiration = new ExpirationPlugin({ maxEntries: ASSET_MAX_ENTRIES });
const searchExpiration = new ExpirationPlugin({ maxEntries: SEARCH_MAX_ENTRIES });

const assets = new CacheFirst({ cacheName: CACHES.assets, plugins: [assetExpiration] });

/** Puts the hashed files a saved page loads into the assets cache, if they are not there yet (usually from the HTTP cache). */
async function saveAssets(paths: readonly string[], event: ExtendableEvent): Promise<void> {
  const cache = await caches.open(CACHES.assets);
  await Promise.all(
    paths.map(async (path) => {
      const request = new Request(new URL(path, self.location.origin).href);
      if (!(await cache.match(request))) await assets.handle({ request, event }).catch(() => undefined);
    }),
  );
}

function withoutBodyHeaders(headers: Headers): Headers {
  const copy = new Headers(headers);
  // The body is stored decoded and may be rewritten: its old length and coding no longer describe it.
  copy.delete('content-length');
  copy.delete('content-encoding');
  return copy;
}

/** A saved page as it is served: with the notice that it is a copy, and from when. */
async function asSavedCopy(response: Response): Promise<Response> {
  const stamp = response.headers.get(SAVED_AT_HEADER) ?? response.headers.get('date');
  const savedAt = stamp ? new Date(stamp) : new Date();
  const html = withSavedCopyNotice(await response.text(), Number.isNaN(savedAt.getTime()) ? new Date() : savedAt);
  return new Response(html, { status: 200, statusText: 'OK', headers: withoutBodyHeaders(response.headers) });
}

const savePages: SerwistPlugin = {
  // One saved copy per page, whatever query or fragment it was opened with.
  cacheKeyWillBeUsed: async ({ request }) => new URL(pageKey(request.url), self.location.origin).href,
  cacheWillUpdate: async ({ response, event }) => {
    const type = response.headers.get('content-type') ?? '';
    if (response.status !== 200 || !type.startsWith('text/html')) return null;
    const html = await response.text();
    if (event) await saveAssets(pageAssets(html), event);
    const headers = withoutBodyHeaders(response.headers);
    for (const [name, value] of Object.entries(savedHeaders(html, new Date()))) headers.set(name, value);
    return new Response(html, { status: 200, statusText: 'OK', headers });
  },
  // Runs after the expiration plugin, which has already turned a copy past its age into nothing.
  cachedResponseWillBeUsed: async ({ cachedResponse }) => (cachedResponse ? asSavedCopy(cachedResponse) : null),
};

const pages = new NetworkFirst({
  cacheName: CACHES.pages,
  networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
  plugins: [pageExpiration, savePages, { handlerDidError: async ({ request }) => neverOpened(request) }],
});

/**
 * Sends what the queue holds, oldest first, one at a time. A report the server refuses for good (a 4xx other than 429)
 * is dropped; at the first that cannot go yet it goes back to the front and the replay stops, rejecting, so that a
 * `sync` event is tried again later. `shiftRequest` takes an entry out before it is sent and the replays run one after
 * another (`replaying`), so no two ever send the same entry.
 */
async function replayQueue(queue: BackgroundSyncQueue): Promise<void> {
  for (let entry = await queue.shiftRequest(); entry; entry = await queue.shiftRequest()) {
    const status = await fetch(entry.request.clone()).then(
      (response) => response.status,
      () => undefined,
    );
    if (keepQueued(status)) {
      await queue.unshiftRequest(entry);
      throw new Error(`queued feedback not sent yet (${status ?? 'no connection'})`);
    }
  }
}

let replaying: Promise<void> = Promise.resolve();

function replayFeedback(queue: BackgroundSyncQueue = feedbackQueue): Promise<void> {
  const run = replaying.then(() => replayQueue(queue));
  replaying = run.catch(() => undefined);
  return run;
}

const feedbackQueue = new BackgroundSyncQueue(FEEDBACK_QUEUE, {
  maxRetentionTime: FEEDBACK_QUEUE_DAYS * 24 * 60,
  onSync: ({ queue }) => replayFeedback(queue),
});

/** A report on its way to the server: sent now, or kept for later when there is no connection (and said so). */
async function sendFeedback({ request, event }: RouteHandlerCallbackOptions): Promise<Response> {
  const kept = request.clone();
  try {
    const response = await fetch(request);
    // It got through, so the connection is back: what waited goes too.
    event.waitUntil(replayFeedback().catch(() => undefined));
    return response;
  } catch {
    // Should keeping it fail too, this rejects, the page's fetch fails and the island says it was not sent.
    await feedbackQueue.pushRequest({ request: kept });
    return new Response(JSON.stringify({ ok: true, queued: true }), { status: 202, headers: { 'content-type': 'application/json; charset=utf-8' } });
  }
}

const serwist = new Serwist({
  precacheEntries: __PRECACHE__,
  precacheOptions: {
    cacheName: CACHES.precache,
    cleanupOutdatedCaches: true,
    // The shell's pages are precached as `/index.html` and `/offline/index.html`, which no link names: `/` and
    // `/offline/` themselves stay network first, and the precached copies only answer when that fails.
    directoryIndex: '',
    cleanURLs: false,
  },
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: true,
  disableDevLogs: true,
  runtimeCaching: [
    {
      // JSON only: the form's own post (no script) is a navigation, and the browser shows the server's answer or its error.
      matcher: ({ request, url }) => isFeedbackUrl(url, __FEEDBACK__, self.location.origin) && (request.headers.get('content-type') ?? '').startsWith('application/json'),
      method: 'POST',
      handler: sendFeedback,
    },
    {
      matcher: ({ request, url, sameOrigin }) =>
        sameOrigin && isPagePath(url.pathname) && (request.mode === 'navigate' || (request.headers.get('accept') ?? '').includes('text/html')),
      handler: pages,
    },
    { matcher: ({ url, sameOrigin }) => sameOrigin && isHashedAsset(url.pathname), handler: assets },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && searchFile(url.pathname) === 'meta',
      handler: new NetworkFirst({ cacheName: CACHES.search, networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS, plugins: [searchExpiration] }),
    },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && searchFile(url.pathname) === 'part',
      handler: new CacheFirst({ cacheName: CACHES.search, plugins: [searchExpiration] }),
    },
  ],
});

/** A page that is neither on the network nor saved: the installed home page for `/`, otherwise the offline page. */
async function neverOpened(request: Request): Promise<Response | undefined> {
  if (pageKey(request.url) === '/') {
    const home = await serwist.matchPrecache('/index.html');
    if (home) return asSavedCopy(home);
  }
  return (
    (await serwist.matchPrecache(`${OFFLINE_PATH}index.html`)) ??
    // Saved on request (a reader on a connection that saves data has no precache).
    (await caches.match(new URL(OFFLINE_PATH, self.location.origin).href, { cacheName: CACHES.pages }))
  );
}

/** Data saver on, in the worker itself or as the page last reported it (lib/islands/service-worker.ts). */
async function savesData(): Promise<boolean> {
  const connection = (self.navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  if (connection?.saveData) return true;
  const flag = await (await caches.open(CACHES.settings)).match(new URL(SAVE_DATA_KEY, self.location.origin).href);
  return flag !== undefined;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      if (!(await savesData())) await serwist.handleInstall(event);
    })(),
  );
});

self.addEventListener('activate', (event) => {
  serwist.handleActivate(event);
});

self.addEventListener('fetch', serwist.handleFetch);

/** Saves pages on request (「保存以便离线阅读」), through the same route as a visit: stamped, with their files. */
async function savePagesNow(paths: readonly string[], event: ExtendableMessageEvent): Promise<SaveResult> {
  const result: SaveResult = { saved: [], failed: [] };
  await Promise.all(
    paths.map(async (path) => {
      const request = new Request(new URL(path, self.location.origin).href, { headers: { accept: 'text/html' } });
      // Both the answer and the cache write; what counts is whether a copy is in the cache afterwards.
      await Promise.allSettled(pages.handleAll({ request, event }));
      const saved = await caches.match(new URL(pageKey(path), self.location.origin).href, { cacheName: CACHES.pages });
      (saved ? result.saved : result.failed).push(path);
    }),
  );
  return result;
}

async function clearOffline(): Promise<void> {
  await Promise.all([pageExpiration, assetExpiration, searchExpiration].map((plugin) => plugin.deleteCacheAndMetadata()));
  const names = await caches.keys();
  await Promise.all(names.filter((name) => name.startsWith(CACHES.prefix) && name !== CACHES.settings).map((name) => caches.delete(name)));
}

self.addEventListener('message', (event) => {
  const data = event.data as WorkerMessage | undefined;
  const reply = (value: unknown) => event.ports[0]?.postMessage(value);
  if (data?.type === 'SAVE_PAGES') {
    event.waitUntil(savePagesNow(data.paths, event).then(reply));
  } else if (data?.type === 'CLEAR_OFFLINE') {
    event.waitUntil(clearOffline().then(() => reply(true), () => reply(false)));
  } else if (data?.type === 'VERSION') {
    reply(__BUILD__);
  } else if (data?.type === 'REPLAY_FEEDBACK') {
    event.waitUntil(replayFeedback().catch(() => undefined));
  }
});
