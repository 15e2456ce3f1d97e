import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
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
    ({ files } = await openIndex(siteOf(articles), [['医保', '医疗保险']]));
    scope = { onmessage: null, postMessage: (reply) => replies.push(reply) };
    vi.stubGlobal('self', scope);
    vi.stubGlobal('fetch', async (url: string) => {
      const path = url.replace(/^\/search\//, '').replace(/\?.*$/, '');
      fetched.push(path);
      if (path.startsWith('t/')) await new Promise<void>((resolve) => held.push(resolve));
      const text = files.get(path);
      return new Response(text ?? '', { status: text === undefined ? 404 : 200 });
    });
    await import('@/lib/search/engine/worker');
  });

  afterAll(() => {
    vi.unstubAllGlobals();
  });

  const ask = (id: number, query: string) => scope.onmessage?.({ data: { id, searcher: 1, query, limit: 6, topics: 3 } });
  const until = async (done: () => boolean) => {
    while (!done()) {
      held.splice(0).forEach((release) => release());
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  };

  it('stops a search that a newer keystroke replaced before its display records, and answers the newest in full', async () => {
    ask(1, '生育');
    // The first search waits for its shards; the next keystroke comes meanwhile.
    await vi.waitFor(() => expect(fetched.some((p) => p.startsWith('t/'))).toBe(true));
    ask(2, '生育津贴');
    const displayBefore = fetched.filter((p) => p.startsWith('d/')).length;
    await until(() => replies.some((r) => r.id === 1));
    expect(replies.find((r) => r.id === 1)).toMatchObject({ ok: true, view: undefined });
    expect(fetched.filter((p) => p.startsWith('d/')).length).toBe(displayBefore);

    await until(() => replies.some((r) => r.id === 2));
    const newest = replies.find((r) => r.id === 2);
    expect(newest?.ok).toBe(true);
    const slugs = newest?.ok ? newest.view?.results.map((r) => r.slug) : [];
    expect(slugs).toEqual(expect.arrayContaining(['birth', 'birth-amount']));
    expect(fetched.some((p) => p.startsWith('d/'))).toBe(true);
  });

  it('fetches display records for a search no newer keystroke replaced', async () => {
    ask(3, '异地就医');
    await until(() => replies.some((r) => r.id === 3));
    const reply = replies.find((r) => r.id === 3);
    expect(reply?.ok && reply.view?.results.map((r) => r.slug)).toEqual(['remote']);
  });
});
