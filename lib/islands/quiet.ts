/**
 * What the reader waits for goes before what only prepares for later. On a ¥500 phone (and this project's 2-core
 * test machine) the page's thread, the search worker and the offline worker share two cores or fewer: the offline
 * worker's registration, its caching and its script starting while a shared link's results are being found and
 * painted slow both down. An island doing the first kind of work says so with `whileBusy`; one doing the second
 * waits with `afterBusy`.
 */
const busy = new Set<Promise<unknown>>();

/** Marks `work` as what the reader is waiting for, until it settles; returns it. */
export function whileBusy<T>(work: Promise<T>): Promise<T> {
  busy.add(work);
  const done = () => void busy.delete(work);
  work.then(done, done);
  return work;
}

/**
 * Resolves once no marked work is left (work marked meanwhile included), or after `atMostMs`: work that hangs (an
 * index request on a dead connection) must not keep the rest from ever starting.
 */
export function afterBusy(atMostMs: number): Promise<void> {
  const drained = (async () => {
    while (busy.size > 0) await Promise.allSettled([...busy]);
  })();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cap = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, atMostMs);
  });
  return Promise.race([drained, cap]).finally(() => clearTimeout(timer));
}
