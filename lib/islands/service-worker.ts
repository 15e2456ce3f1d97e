/**
 * Puts the site's service worker (lib/offline/sw.ts) in place once the page has loaded and is idle, so pages the reader
 * opens stay readable offline, and links the web app manifest once it is active, so the site can be installed. The
 * footer's marker (components/offline-controls.tsx) names the worker in a built site; under `npm run dev` it names
 * none, and this takes away any worker a built site left on the same origin, so an editor never sees an old saved
 * page instead of their change.
 *
 * The page that registers the worker loaded before it, so it is saved once the worker is ready, as every later visit
 * is. Every later page checks for a new deployment's worker, which takes over at once. A connection that asks to save
 * data is told to the worker before it installs, and the worker then precaches nothing (the flag lives in
 * CACHES.settings, which the worker reads at install).
 */
import { askWorker, type SaveResult, type WorkerMessage } from '@/lib/offline/messages';
import { CACHES, MANIFEST_URL, SAVE_DATA_KEY } from '@/lib/offline/policy';
import { h } from './dom';
import { afterBusy } from './quiet';

function savesData(): boolean {
  return (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
}

async function rememberSaveData(): Promise<void> {
  const settings = await caches.open(CACHES.settings);
  if (savesData()) await settings.put(SAVE_DATA_KEY, new Response('1'));
  else await settings.delete(SAVE_DATA_KEY);
}

async function register(url: string): Promise<void> {
  await rememberSaveData();
  const firstVisit = !navigator.serviceWorker.controller;
  const registration = await navigator.serviceWorker.register(url, { scope: '/' });
  // Installing the site is for reading it offline: the manifest is linked once the worker that does that is active.
  await navigator.serviceWorker.ready;
  linkManifest();
  // Feedback kept while offline goes now, and whenever the connection comes back: the \`sync\` event is not in every
  // browser. Before the update check, while the worker that served this page is still running.
  replayFeedback();
  window.addEventListener('online', replayFeedback);
  if (firstVisit) await askWorker<SaveResult>({ type: 'SAVE_PAGES', paths: [location.pathname] });
  // Ask for a new deployment's worker now, not when the browser gets round to it: one revalidation of sw.js
  // (a 304 when nothing changed), and a new worker takes over before the reader's next page.
  // Offline the check fails, and the next page tries again.
  else await registration.update().catch(() => undefined);
}

function replayFeedback(): void {
  const message: WorkerMessage = { type: 'REPLAY_FEEDBACK' };
  void navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage(message));
}

async function unregisterAll(): Promise<void> {
  const registrations = await navigator.serviceWorker.getRegistrations();
  await Promise.all(registrations.map((r) => r.unregister()));
}

/**
 * The link to the web app manifest goes in once the worker is active, not in the HTML: with it there, a browser
 * checking whether the site installs (Chrome does on every load) fetches the manifest and an icon while the page
 * loads, on a weak signal beside the page's own files, and decodes the icon on the page's thread.
 */
function linkManifest(): void {
  if (!document.querySelector('link[rel="manifest"]')) document.head.append(h('link', { rel: 'manifest', href: MANIFEST_URL }));
}

export function start(root: HTMLElement): void {
  const url = root.dataset.sw;
  const run = () => {
    // Even asking whether there are service workers sets up the browser's side of them: not before this moment.
    if (!('serviceWorker' in navigator) || !('caches' in window)) return;
    (url ? register(url) : unregisterAll()).catch((error: unknown) => console.warn('Offline reading is not available:', error));
  };
  // After the page's own files, after what the reader is waiting for (a shared link's results, lib/islands/quiet.ts),
  // and once the page's thread is idle: registering opens caches and starts a worker, tens of milliseconds on a slow
  // phone that must not hold up the first paint, a reader's tap or arriving results.
  const idle = () => (window.requestIdleCallback ? window.requestIdleCallback(run, { timeout: IDLE_WAIT_MS }) : window.setTimeout(run, IDLE_WAIT_MS));
  const whenIdle = () => void afterBusy(BUSY_WAIT_MS).then(idle);
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}

/** The longest the worker's registration waits for an idle moment after the page has loaded. */
const IDLE_WAIT_MS = 2000;
/** The longest it waits for the reader's work to finish first. */
const BUSY_WAIT_MS = 10_000;
