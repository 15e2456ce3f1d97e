/**
 * The search worker's script (bundled by scripts/build-islands.ts as /islands/engine-<hash>.js): lib/search and
 * FlexSearch, answering the page's EngineRequests (lib/search/engine/protocol.ts). It starts opening the index at
 * once, because the page starts it only when someone is about to search.
 */
import { DisplayNotWanted, holdDisplayWhen, openSearch, searchView, type ResultsView } from './results';
import type { EngineAnswer, EngineReply, EngineRequest } from './protocol';

type Scope = { onmessage: ((event: MessageEvent<EngineRequest>) => void) | null; postMessage(reply: EngineReply): void };
const scope = self as unknown as Scope;

// The steps of a search as performance marks (`search:…`), which scripts/bench/first-search.ts reads back from the
// worker to print the timeline of a first search; always on, since a mark costs next to nothing.
performance.mark('search:worker start');

/** Each search box's newest request, and the search it is running (lib/islands/search-ui.ts `createSearcher`). */
const newest = new Map<number, number>();
const running = new Map<number, Promise<unknown>>();

/** What a replaced request gets: its box has asked again since, and drops any answer but the newest. */
const REPLACED: EngineAnswer = { ok: true, view: undefined, topics: [], examples: [] };

/** The request each box's running search answers, and the boxes that have been sent results. */
const current = new Map<number, number>();
const answered = new Set<number>();

// A box that shows results already shows an older request's only until a newer one answers (lib/islands/search-ui.ts),
// so a search its box has asked again since stops before downloading display records: typing a long question then
// fetches the records of the first results it shows and of the last, not those of every prefix the worker had time
// to rank. The box's first results are never held back. With two boxes searching at once, only when both may be.
holdDisplayWhen(() => current.size > 0 && [...current].every(([searcher, id]) => newest.get(searcher) !== id && answered.has(searcher)));

async function answer({ id, searcher, query, limit, snippetLength, topics }: EngineRequest): Promise<EngineAnswer> {
  try {
    performance.mark(`search:#${id} asked`);
    const engine = await openSearch();
    // Typing while the index opens, or while the last keystroke's parts download, queues a search per keystroke: only
    // the newest is run, so the older ones' index parts and display records never hold up its own.
    if (newest.get(searcher) !== id) return REPLACED;
    const trimmed = query.trim();
    current.set(searcher, id);
    let view: ResultsView | undefined;
    try {
      view = trimmed ? await searchView(trimmed, limit, snippetLength) : undefined;
    } finally {
      current.delete(searcher);
    }
    if (view) answered.add(searcher);
    performance.mark(`search:#${id} answered`);
    const suggested = [...engine.meta.topics].sort((a, b) => b.count - a.count).slice(0, topics);
    return { ok: true, view, topics: suggested, examples: engine.meta.examples };
  } catch (failure) {
    if (failure instanceof DisplayNotWanted) {
      performance.mark(`search:#${id} replaced before its display records`);
      return REPLACED;
    }
    return { ok: false, message: failure instanceof Error ? failure.message : String(failure) };
  }
}

// A failure here is reported to the first search, which tries again.
openSearch().catch(() => undefined);

scope.onmessage = ({ data }) => {
  newest.set(data.searcher, data.id);
  // One search at a time per box, so that a request is replaced whenever a newer one comes while it waits.
  const reply = (running.get(data.searcher) ?? Promise.resolve()).then(() => answer(data));
  running.set(data.searcher, reply);
  void reply.then((answered) => scope.postMessage({ ...answered, id: data.id }));
};
