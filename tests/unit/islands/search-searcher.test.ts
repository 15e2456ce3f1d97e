import { describe, expect, it, vi } from 'vitest';
import type { EngineAnswer } from '@/lib/search/engine/protocol';
import type { ResultsView } from '@/lib/search/engine/results';

/** The engine's answers, released by the test in any order. */
const pending = new Map<string, (answer: EngineAnswer) => void>();
vi.mock('@/lib/islands/search-engine', () => ({
  askEngine: ({ query }: { query: string }) => new Promise<EngineAnswer>((resolve) => pending.set(query, resolve)),
}));
const { createSearcher } = await import('@/lib/islands/search-ui');

const view = (query: string): ResultsView => ({ query, total: 1, results: [], closeness: 'close', suggestTopics: [] });
const found = (query: string): EngineAnswer => ({ ok: true, view: view(query), topics: [], examples: [] });
const dropped: EngineAnswer = { ok: true, view: undefined, topics: [], examples: [] };
const answer = async (query: string, with_: EngineAnswer) => {
  pending.get(query)?.(with_);
  await new Promise((resolve) => setTimeout(resolve, 0));
};

/** A searcher, and the queries whose outcomes it let through to the box, in the order they came. */
function recorded() {
  const search = createSearcher(0);
  const shown: (string | undefined)[] = [];
  const run = (query: string) => void search.run(query, 6).then((outcome) => outcome && shown.push(outcome.ok ? outcome.view?.query : 'error'));
  return { search, shown, run };
}

describe('a search box’s searcher', () => {
  it('shows an older keystroke’s results while no newer answer has come, and never after one has', async () => {
    const { shown, run } = recorded();
    run('生');
    run('生育');
    run('生育津');
    await answer('生', found('生'));
    await answer('生育津', found('生育津'));
    await answer('生育', found('生育'));
    expect(shown).toEqual(['生', '生育津']);
  });

  it('drops an older request the worker answered without results (it had a newer one), and anything after cancel', async () => {
    const { search, shown, run } = recorded();
    run('异');
    run('异地');
    await answer('异', dropped);
    search.cancel();
    await answer('异地', found('异地'));
    expect(shown).toEqual([]);
  });
});
