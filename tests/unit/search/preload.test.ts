import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ENGINE_ATTRIBUTE, SEARCH_PRELOAD_SCRIPT } from '@/lib/search/preload';
import { EARLY_WORKER } from '@/lib/search/engine/protocol';

type FakeWorker = { url: string; onerror?: () => void };

/** Runs the head script on a page at `url` whose script tag carries `engine`; returns the page's window and the workers started. */
function runAt(url: string, engine: string | null = '/islands/engine-ABC.js', { workers = true, throws = false } = {}) {
  const started: FakeWorker[] = [];
  const window: Record<string, unknown> = {};
  const { pathname, search } = new URL(url);
  class Worker {
    url: string;
    onerror?: () => void;
    constructor(scriptUrl: string) {
      if (throws) throw new Error('blocked');
      this.url = scriptUrl;
      started.push(this);
    }
  }
  runInNewContext(SEARCH_PRELOAD_SCRIPT, {
    window,
    location: { pathname, search },
    document: { currentScript: { getAttribute: (name: string) => (name === ENGINE_ATTRIBUTE ? engine : null) } },
    ...(workers ? { Worker } : {}),
  });
  return { window, started };
}

describe('the early search worker in the head script', () => {
  it('starts the worker on a link to results and leaves it for the island', () => {
    const { window, started } = runAt('http://127.0.0.1/search/?q=%E7%94%9F%E8%82%B2%E6%B4%A5%E8%B4%B4');
    expect(started.map((w) => w.url)).toEqual(['/islands/engine-ABC.js']);
    expect(window[EARLY_WORKER]).toBe(started[0]);
    expect(runAt('http://127.0.0.1/search/?from=home&q=yidi').started).toHaveLength(1);
  });

  it('lets go of a worker that failed to load, so the island starts its own', () => {
    const { window, started } = runAt('http://127.0.0.1/search/?q=yibao');
    started[0]?.onerror?.();
    expect(window[EARLY_WORKER]).toBeUndefined();
  });

  it('starts nothing on the search page without a query, on any other page, without the script name or without workers', () => {
    for (const url of ['http://127.0.0.1/search/', 'http://127.0.0.1/search/?q=', 'http://127.0.0.1/?q=%E5%8C%BB%E4%BF%9D', 'http://127.0.0.1/q/some-question/']) {
      expect(runAt(url).started).toEqual([]);
    }
    expect(runAt('http://127.0.0.1/search/?q=yibao', null).started).toEqual([]);
    expect(runAt('http://127.0.0.1/search/?q=yibao', undefined, { workers: false }).window).toEqual({});
  });

  it('leaves the page working when the browser refuses the worker', () => {
    expect(() => runAt('http://127.0.0.1/search/?q=yibao', undefined, { throws: true })).not.toThrow();
  });
});
