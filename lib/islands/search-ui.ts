/**
 * The search UI core, shared by the header/hero box (search-box.ts) and /search/ (search-page.ts):
 * running a query through lib/search, and the sentences and result markup both show. The engine
 * and its index load in a worker on the first search (search-engine.ts), so none of it is in a page's
 * first download and none of its work runs on the page's thread.
 */
import type { ResultsView, ResultView } from '@/lib/search/engine/results';
import type { EngineAnswer, TopicLink } from '@/lib/search/engine/protocol';
import type { Segment } from '@/lib/search/engine/highlight';
import { resultLabels } from '@/lib/markup/labels';
import { h, toDom } from './dom';
import { askEngine } from './search-engine';

export type Outcome = EngineAnswer;
export type { TopicLink };

/**
 * A search that never lets a slower answer to an older keystroke replace a newer one: `run` resolves to the outcome,
 * or to `undefined` when it must not be shown. The newest run's outcome is always shown. An older run's results are
 * shown too while no newer answer has been (someone typing a long question sees the results of what they have typed
 * so far, rather than nothing until they stop), never after one has, nor after `cancel`. An empty query only opens
 * the engine, for the topics the box suggests.
 */
let searchers = 0;

export function createSearcher(suggestedTopics: number) {
  const searcher = (searchers += 1);
  let latest = 0;
  // The newest run whose outcome was shown (or cancelled): nothing older may be shown after it.
  let shown = 0;
  return {
    cancel() {
      latest += 1;
      shown = latest;
    },
    async run(query: string, limit: number, snippetLength?: number): Promise<Outcome | undefined> {
      const ticket = (latest += 1);
      let outcome = await askEngine({ searcher, query, limit, snippetLength, topics: suggestedTopics });
      // Without a connection the only index parts there are the ones this device loaded before (lib/offline/).
      if (!outcome.ok && !navigator.onLine) outcome = { ok: false, message: OFFLINE_SEARCH };
      // An older run counts only with results: the worker answers a request it dropped for a newer one with none.
      const show = ticket === latest || (ticket > shown && outcome.ok && outcome.view !== undefined);
      if (!show) return undefined;
      shown = ticket;
      return outcome;
    },
  };
}

/** The topics nearest a query that nothing on the site is close to (lib/search decides), when there are any. */
export function nearTopics(view: ResultsView | undefined): TopicLink[] | undefined {
  return view && view.total === 0 && view.closeness === 'nothing-close' && view.suggestTopics.length > 0 ? view.suggestTopics : undefined;
}

/** Said above results that are on the question's theme but do not answer it exactly (lib/search decides). */
export const RELATED_SENTENCE = '没有完全对应的问题，下面是相关内容';

/** The status line both places announce once results are in: honest when nothing is close, or only related. */
export function resultsSentence(query: string, view: ResultsView): string {
  if (view.closeness === 'related') return RELATED_SENTENCE;
  if (view.total > 0) return `找到 ${view.total} 条结果`;
  if (view.outOfScope) return `“${query.trim()}”看起来不是医保方面的问题，本站只解答医保问题`;
  return nearTopics(view) ? '没有找到直接相关的问题' : `没有找到与“${query.trim()}”相关的问题`;
}

export const SEARCHING = '正在搜索…';

/** A search offline that needs index parts this device never loaded: said plainly, never as a silent empty list. */
export const OFFLINE_SEARCH = '离线时只能搜索已加载的内容';

export function unavailableSentence(message: string): string {
  return message === OFFLINE_SEARCH ? `${OFFLINE_SEARCH}。` : `搜索暂时无法使用：${message}。`;
}

/**
 * Result text with the matched parts in <mark>, bold as the page's headings are: a weight the page has not used yet
 * is one more font face for the phone to load the first time results appear.
 */
export function highlighted(segments: readonly Segment[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const segment of segments) {
    fragment.append(segment.mark ? h('mark', { class: 'rounded-sm bg-accent-soft px-px font-bold text-accent-strong' }, segment.text) : segment.text);
  }
  return fragment;
}

function alsoAsked(segments: readonly Segment[]): DocumentFragment {
  const fragment = highlighted(segments);
  fragment.prepend('也问：');
  return fragment;
}

/** A result's parts, each in the element the caller wraps it in: a compact option, or a list item of /search/. */
export function resultParts(result: ResultView) {
  return {
    title: highlighted(result.title),
    alsoAsked: result.alsoAsked ? alsoAsked(result.alsoAsked) : undefined,
    snippet: highlighted(result.snippet),
    labels: toDom(resultLabels(result)),
  };
}
