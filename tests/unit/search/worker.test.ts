import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EngineReply, EngineRequest } from '@/lib/search/engine/protocol';
import { article, openIndex, siteOf } from './helpers';

/**
 * The search worker's script run in Node: `self` is a stand-in that records replies, `fetch` serves an index built in
 * memory and holds every shard until the test lets it through, so a newer keystroke can arrive mid-search.
 */
type Scope = { onmessage: ((event: { data: EngineRequest }) => void) | null; postMessage(reply: EngineReply): void };

const articles = [
  article('birth', '生育津贴怎么领', '生育津贴由医保部门按月发放。'),
  article('birth-amount', '生育津贴发多少', '生育津贴按单位月平均工资计算。'),
  article('remote', '异地就医怎么备案', '备案后可以直接结算。'),
];

describe('the search worker', () => {
  const replies: EngineReply[] = [];
  const fetched: string[] = [];
  const held: (() => void)[] = [];
  let files: Map<string, string>;
  let scope: Scope;

  beforeAll(async () => {
    // Small shards and one record per chunk, so that each query has files of its own to wait for.
    ({ files } = await openIndex(siteOf(articles), [['医保', '医疗保险']], { shardBytes: 2, chunkBytes: 1 }));
    vi.stubGlobal('fetch', async (url: string) => {
      const path = url.replace(/^\/search\//, '').replace(/\?.*$/, '');
      fetched.push(path);
      if (path.startsWith('t/')) await new Promise<void>((resolve) => held.push(resolve));
      const text = files.get(path);
      return new Response(text ?? '', { status: text === undefined ? 404 : 200 });
    });
  });

  // A fresh worker for each test: its index and caches start empty.
  beforeEach(async () => {
    vi.resetModules();
    scope = { onmessage: null, postMessage: (reply) => replies.push(reply) };
    vi.stubGlobal('self', scope);
    await import('@/lib/search/engine/worker');
  });

  afterAll(() => {
    vi.unstubAllGlobals();
  });

  const ask = (id: number, query: string) => scope.onmessage?.({ data: { id, searcher: 1, query, limit: 6, topics: 3 } });
  const reply = (id: number) => replies.find((r) => r.id === id);
  const slugs = (id: number) => {
    const found = reply(id);
    return found?.ok ? found.view?.results.map((r) => r.slug) : undefined;
  };
  const until = async (done: () => boolean) => {
    while (!done()) {
      held.splice(0).forEach((release) => release());
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  };
  /** Asks, and asks again with `next` while the first question's shards are still on their way. */
  const askTwice = async (first: [number, string], next: [number, string]) => {
    const before = fetched.length;
    ask(...first);
    await vi.waitFor(() => expect(fetched.slice(before).some((p) => p.startsWith('t/'))).toBe(true));
    ask(...next);
  };

  it("answers a box's first search in full, even when a newer keystroke came meanwhile", async () => {
    await askTwice([1, '生育'], [2, '生育津贴']);
    await until(() => reply(2) !== undefined);
    expect(slugs(1)).toEqual(expect.arrayContaining(['birth', 'birth-amount']));
    expect(slugs(2)).toEqual(expect.arrayContaining(['birth', 'birth-amount']));
  });

  it('stops a later search that a newer keystroke replaced before its display records, and answers the newest in full', async () => {
    ask(3, '异地就医');
    await until(() => reply(3) !== undefined);
    expect(slugs(3)).toEqual(['remote']);

    await askTwice([4, '生育'], [5, '生育津贴']);
    const displayBefore = fetched.filter((p) => p.startsWith('d/')).length;
    await until(() => reply(4) !== undefined);
    expect(reply(4)).toMatchObject({ ok: true, view: undefined });
    expect(fetched.filter((p) => p.startsWith('d/')).length).toBe(displayBefore);

    await until(() => reply(5) !== undefined);
    expect(slugs(5)).toEqual(expect.arrayContaining(['birth', 'birth-amount']));
  });
});
