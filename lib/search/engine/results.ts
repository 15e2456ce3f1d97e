import { highlight, snippet, type Segment } from './highlight';
import { questionPath } from '@/lib/core/urls';
import { SearchEngine, type Closeness, type SearchHit, type SearchResult, type TopicSuggestion } from './query';
import { yieldToMain } from '@/lib/core/yield';
import { chunkPath } from '@/lib/search/format';

/**
 * The browser side: one engine per page, opened the first time someone starts to search. It runs in the search
 * worker (lib/search/engine/worker.ts), so none of this is in a page's first download or on its thread.
 */
export const INDEX_BASE = '/search/';

export type ResultView = {
  slug: string;
  href: string;
  title: Segment[];
  /** An alternative wording, shown when it matched better than the question itself. */
  alsoAsked?: Segment[];
  snippet: Segment[];
  topics: string[];
  regions: string[];
  excerpt: boolean;
  /** The newest policy year the answer describes, if it names one; `dated` when before the build year. */
  year?: { value: number; dated: boolean };
};

/**
 * `closeness` is the honest state: `close`, the results answer the question; `related`, they are on its theme but
 * none is the question asked (say so above them); `nothing-close`, no question on the site is close (`results` is
 * empty): show 「没有找到直接相关的问题」 and `suggestTopics` (the topics nearest the query, possibly none).
 */
/** `outOfScope`: nothing is close and the question is one the site's scope rules exclude (SearchResult). */
export type ResultsView = { query: string; total: number; results: ResultView[]; closeness: Closeness; suggestTopics: TopicSuggestion[]; outOfScope?: true };

let engine: Promise<SearchEngine> | undefined;

/**
 * Thrown instead of fetching a display chunk that no one will see: the search worker says every search it is running
 * has been replaced by a newer keystroke (`holdDisplayWhen`), and the page shows an answer only to its newest one.
 */
export class DisplayNotWanted extends Error {
  constructor() {
    super('display records not wanted: a newer search replaced this one');
  }
}

let displayNotWanted: () => boolean = () => false;

/**
 * The search worker's rule for display chunks: while `check` says yes, a search asking for one stops with
 * DisplayNotWanted. Index shards are always fetched: the newer keystroke's question holds the older one's terms.
 */
export function holdDisplayWhen(check: () => boolean): void {
  displayNotWanted = check;
}

const CHUNK_FOLDER = chunkPath(0).slice(0, chunkPath(0).indexOf('/') + 1);

async function fetchText(path: string, init?: RequestInit): Promise<string> {
  const response = await fetch(`${INDEX_BASE}${path}`, init);
  if (!response.ok) throw new Error(`搜索索引 ${path} 加载失败（HTTP ${response.status}）`);
  return response.text();
}

export function openSearch(): Promise<SearchEngine> {
  if (!engine) {
    let build = '';
    engine = SearchEngine.open((path) =>
      // meta.json is always revalidated; the build id it names keeps cached shards of an older build out.
      path === 'meta.json'
        ? fetchText(path, { cache: 'no-cache' })
        : path.startsWith(CHUNK_FOLDER) && displayNotWanted()
          ? Promise.reject(new DisplayNotWanted())
          : fetchText(`${path}?v=${build}`),
    ).then((opened) => {
      build = opened.meta.build;
      return opened;
    });
    // A failed first load (offline, deploy in progress) is retried next time.
    engine.catch(() => {
      engine = undefined;
    });
  }
  return engine;
}

/** Results highlighted per task: on a slow phone each takes a few milliseconds, twenty in a row a long task. */
const PRESENT_BATCH = 5;

export async function searchView(query: string, limit: number, snippetLength?: number): Promise<ResultsView> {
  const open = await openSearch();
  const result = await open.search(query, limit);
  performance.mark('search:ranked');
  const results: ResultView[] = [];
  for (let at = 0; at < result.hits.length; at += PRESENT_BATCH) {
    // Ranking, then highlighting: the page's paint of the results follows a task of its own.
    await yieldToMain();
    for (const hit of result.hits.slice(at, at + PRESENT_BATCH)) results.push(presentHit(open, result, hit, snippetLength));
  }
  return view(result, results);
}

export function present(open: SearchEngine, result: SearchResult, snippetLength?: number): ResultsView {
  return view(
    result,
    result.hits.map((hit) => presentHit(open, result, hit, snippetLength)),
  );
}

function view(result: SearchResult, results: ResultView[]): ResultsView {
  return { query: result.query, total: result.total, closeness: result.closeness, suggestTopics: result.suggestTopics, results, ...(result.outOfScope ? { outOfScope: true as const } : {}) };
}

function presentHit(open: SearchEngine, result: SearchResult, { doc }: SearchHit, snippetLength?: number): ResultView {
  const context = { matcher: result.matcher, trad: open.meta.trad, table: open.table };
  const title = highlight(doc.question, context);
  const alt = doc.altTitles.map((t) => highlight(t, context)).find((segments) => segments.some((s) => s.mark));
  // A question inside the page that matches better than its title: the result leads to that section.
  const inner = (doc.asked ?? []).map((s) => ({ id: s.id, segments: highlight(s.title, context) })).find((s) => s.segments.some((x) => x.mark));
  const titleMatched = title.some((s) => s.mark);
  const section = !titleMatched && !alt && inner ? inner : undefined;
  return {
    slug: doc.slug,
    href: section ? `${questionPath(doc.slug)}#${section.id}` : questionPath(doc.slug),
    title,
    alsoAsked: titleMatched ? undefined : (alt ?? section?.segments),
    snippet: snippet(doc.text, context, snippetLength),
    topics: doc.topics,
    regions: doc.regions,
    excerpt: doc.kind === 'excerpt',
    ...(doc.year !== undefined ? { year: doc.year } : {}),
  };
}
