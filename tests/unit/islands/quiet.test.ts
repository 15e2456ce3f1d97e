import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterBusy, whileBusy } from '@/lib/islands/quiet';

/** A promise and the hands that settle it. */
function pending<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

/** Whether `promise` has settled once the microtasks queued now have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
  return done;
}

describe('afterBusy: later work waits for what the reader is waiting for', () => {
  afterEach(() => vi.useRealTimers());

  it('goes straight on when nothing is marked', async () => {
    expect(await settled(afterBusy(10_000))).toBe(true);
  });

  it('waits for marked work, and for work marked while it waits', async () => {
    const first = pending();
    const second = pending();
    whileBusy(first.promise);
    const waiting = afterBusy(10_000);
    whileBusy(second.promise);
    first.resolve();
    expect(await settled(waiting)).toBe(false);
    second.resolve();
    expect(await settled(waiting)).toBe(true);
  });

  it('counts failed work as finished, and hands the work back unchanged', async () => {
    const work = pending<number>();
    const marked = whileBusy(work.promise);
    const waiting = afterBusy(10_000);
    work.reject(new Error('index unavailable'));
    await expect(marked).rejects.toThrow('index unavailable');
    expect(await settled(waiting)).toBe(true);
  });

  it('stops waiting for work that hangs after the longest wait', async () => {
    vi.useFakeTimers();
    whileBusy(new Promise(() => undefined));
    const waiting = afterBusy(10_000);
    await vi.advanceTimersByTimeAsync(9_999);
    expect(await settled(waiting)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(waiting)).toBe(true);
  });
});
