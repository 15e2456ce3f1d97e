/**
 * Lets the browser paint and answer a tap between two steps of work (starting the islands, opening the index, a
 * search), so that no step joins the next into one long task: on a ¥500 phone each takes tens of milliseconds.
 * `scheduler.yield()` where there is one: the rest of the search comes back before other queued work. Elsewhere
 * (older browsers, the tests) a timer tick. In the search worker (lib/search/engine/worker.ts) there is no page to let
 * through, so it goes straight on.
 */
const inWorker = typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope === 'function';

export function yieldToMain(): Promise<void> {
  if (inWorker) return Promise.resolve();
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
