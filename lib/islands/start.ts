/**
 * The island loader: every interactive part of a page is server-rendered HTML marked
 * `data-island="NAME"`; this finds them and starts the island of that name on each one.
 *
 * The contract (README, "Islands"):
 *   - server markup: an element with `data-island="NAME"` and whatever `data-*` the island reads;
 *     the markup works on its own (links, forms), the island only enhances it;
 *   - one island, one job, one file: `lib/islands/NAME.ts` exports `start(root: HTMLElement): void`,
 *     listed once in ISLANDS below; it attaches to the markup it is given and never re-renders it;
 *   - scripts/build-islands.ts bundles this loader and every island into one small ES module
 *     (`/islands/main-<hash>.js`, loaded by the layout), except the few only some pages show: those are modules
 *     of their own, named by their markup's `data-island-src` and fetched by the page that has them; the search engine runs in a worker of its
 *     own (`/islands/engine-<hash>.js`), started only when someone is about to search;
 *   - the page's Content-Security-Policy allows scripts from 'self', so islands need no hash.
 */
import { yieldToMain } from '@/lib/core/yield';
import { readyForTaps } from './early-taps';
import { start as startElderSettings } from './elder-settings';
import { start as startFeedback } from './feedback';
import { start as startOfflineClear } from './offline-clear';
import { start as startReadingAloud } from './reading-aloud';
import { start as startSaveOffline } from './save-offline';
import { start as startSavedPages } from './saved-pages';
import { start as startSearchBox } from './search-box';
import { start as startSearchPage } from './search-page';
import { start as startServiceWorker } from './service-worker';

export type Island = (root: HTMLElement) => void;

export const ISLANDS: Readonly<Record<string, Island>> = {
  'elder-settings': startElderSettings,
  'reading-aloud': startReadingAloud,
  'search-box': startSearchBox,
  'search-page': startSearchPage,
  'service-worker': startServiceWorker,
  'offline-clear': startOfflineClear,
  'save-offline': startSaveOffline,
  'saved-pages': startSavedPages,
  feedback: startFeedback,
};

const STARTED = 'islandStarted';

/** An island only some pages show, fetched from the module its markup names (`data-island-src`, scripts/build-islands.ts). */
async function startLazy(name: string, src: string, root: HTMLElement): Promise<void> {
  const loaded: unknown = await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ src);
  const start = typeof loaded === 'object' && loaded !== null && 'start' in loaded ? loaded.start : undefined;
  if (typeof start !== 'function') throw new Error(`${src} exports no start() for island "${name}"`);
  start(root);
}

/**
 * Starts every island under `scope` not started yet, in page order, each in a task of its own: on a slow phone
 * several starting together (the service worker's registration, the settings, the search page's first search)
 * are one long task, in which a tap or a key waits. The first waits for a task of its own too, not the one that
 * evaluates the script: at 4× CPU slowdown, in a DevTools trace of a question page, that task took 71–113 ms with
 * the first island in it and 31–51 ms without, just after first paint.
 * One that throws is reported and the others still start.
 */
export async function startIslands(scope: ParentNode = document, islands: Readonly<Record<string, Island>> = ISLANDS): Promise<void> {
  for (const root of scope.querySelectorAll<HTMLElement>('[data-island]')) {
    if (root.dataset[STARTED] !== undefined) continue;
    // Marked before the wait, so a second call meanwhile (the dev watcher's) skips it; one already started costs no task.
    root.dataset[STARTED] = '';
    await yieldToMain();
    const name = root.dataset.island ?? '';
    const src = root.dataset.islandSrc;
    const island = src ? undefined : islands[name];
    if (!src && !island) {
      console.error(`No island named "${name}" (lib/islands/start.ts lists them)`);
      continue;
    }
    try {
      if (island) island(root);
      else await startLazy(name, src ?? '', root);
    } catch (error) {
      console.error(`Island "${name}" failed to start`, error);
    }
    // What the reader tapped before the island was there, now that it is (./early-taps.ts).
    for (const button of readyForTaps(root)) button.click();
  }
}
