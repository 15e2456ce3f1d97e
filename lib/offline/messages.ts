/**
 * What the pages say to the service worker (lib/offline/sw.ts) and what it answers, over a MessageChannel:
 *   SAVE_PAGES     save these pages (and the files they load) for reading offline → SaveResult
 *   CLEAR_OFFLINE  empty every offline cache → true when done
 *   VERSION        the build the worker belongs to → string
 *   REPLAY_FEEDBACK send the feedback kept while offline, now (no answer): the page says so when it starts and when
 *                  it comes back online, since the `sync` event does not come in every browser, nor under test
 */
export type WorkerMessage = { type: 'SAVE_PAGES'; paths: string[] } | { type: 'CLEAR_OFFLINE' } | { type: 'VERSION' } | { type: 'REPLAY_FEEDBACK' };

export type SaveResult = { saved: string[]; failed: string[] };

/** Sends one message to the active worker and waits for its answer; rejects after `timeoutMs`. */
export async function askWorker<T>(message: WorkerMessage, timeoutMs = 30_000): Promise<T> {
  const registration = await navigator.serviceWorker.ready;
  const worker = registration.active;
  if (!worker) throw new Error('no active service worker');
  return new Promise<T>((resolve, reject) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => reject(new Error('the service worker did not answer')), timeoutMs);
    channel.port1.onmessage = (event: MessageEvent<T>) => {
      clearTimeout(timer);
      resolve(event.data);
    };
    worker.postMessage(message, [channel.port2]);
  });
}
