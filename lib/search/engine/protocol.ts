import type { ResultsView } from './results';

/**
 * What the page and the search worker (lib/search/engine/worker.ts) say to each other. The engine, FlexSearch and the
 * index live in a dedicated worker, so opening the index, ranking and highlighting never hold up the page's own
 * thread: on a ¥500 phone those are tens of milliseconds each, and typing, scrolling and the first paint of
 * results would wait for them.
 */

/**
 * One search. An empty `query` only opens the engine, for the topics a search box suggests before typing. `searcher`
 * names the box that asks: its newer request replaces an older one the worker has not started yet.
 */
export type EngineRequest = { id: number; searcher: number; query: string; limit: number; snippetLength?: number; topics: number };

export type TopicLink = { slug: string; name: string; count: number };

/** `examples`: searches the site offers as examples (meta.json), for the hint when nothing is found. */
export type EngineAnswer = { ok: true; view: ResultsView | undefined; topics: TopicLink[]; examples: string[] } | { ok: false; message: string };

export type EngineReply = EngineAnswer & { id: number };

/**
 * Where the head script (lib/search/preload.ts) leaves the worker it started early on a link to results, for the
 * search island to take over: the worker's script and the index then download while the page is still arriving.
 */
export const EARLY_WORKER = '__searchWorker';

/** The head script's attribute naming the search worker's script (app/layout.tsx writes it; the head script and the islands read it). */
export const ENGINE_ATTRIBUTE = 'data-engine';
