/**
 * The search worker's script (bundled by scripts/build-islands.ts as /islands/engine-<hash>.js): lib/search and
 * FlexSearch, answering the page's EngineRequests (lib/search/engine/protocol.ts). It starts opening the index at
 * once, because the page starts it only when someone is about to search.
 */
import { openSearch, searchView } from './results';
import type { EngineAnswer, EngineReply, EngineRequest } from './protocol';

type Scope = { onmessage: ((event: MessageEvent<EngineRequest>) => void) | null; postMessage(reply: EngineReply): void };
const scope = self as unknown as Scope;

// The steps of a search as performance marks (`search:…`), which scripts/bench/first-search.ts reads back from the
// worker to print the timeline of a first search; always on, since a mark costs next to nothing.
performance.mark('search:worker start');

async function answer({ id, query, limit, snippetLength, topics }: EngineRequest): Promise<EngineAnswer> {
  try {
    performance.mark(`search:#${id} asked`);
    const engine = await openSearch();
    const trimmed = query.trim();
    const view = trimmed ? await searchView(trimmed, limit, snippetLength) : undefined;
    performance.mark(`search:#${id} answered`);
    const suggested = [...engine.meta.topics].sort((a, b) => b.count - a.count).slice(0, topics);
    return { ok: true, view, topics: suggested, examples: engine.meta.examples };
  } catch (failure) {
    return { ok: false, message: failure instanceof Error ? failure.message : String(failure) };
  }
}

// A failure here is reported to the first search, which tries again.
openSearch().catch(() => undefined);

scope.onmessage = ({ data }) => {
  void answer(data).then((reply) => scope.postMessage({ ...reply, id: data.id }));
};
