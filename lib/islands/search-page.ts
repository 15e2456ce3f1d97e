/**
 * /search/ (components/search-page.tsx): results for `?q=` as you type. Typing rewrites the address in
 * place (shareable, no history spam); the back and forward buttons change `?q=`, and the page follows.
 */
import { searchHref } from '@/lib/search/href';
import { SITE_NAME } from '@/lib/core/config';
import { searchPath } from '@/lib/core/urls';
import { topicTile } from '@/lib/markup/topic-link';
import { h, part, toDom } from './dom';
import { whileBusy } from './quiet';
import type { ResultView } from '@/lib/search/engine/results';
import { createSearcher, nearTopics, resultParts, resultsSentence, SEARCHING, unavailableSentence, type TopicLink } from './search-ui';

/** Results shown at first, and added by each 显示更多结果. */
export const RESULTS_PER_PAGE = 20;
const SNIPPET = 150;
/** Results that fill a phone's screen below the search form: painted one per frame. */
const FIRST_SCREEN = 3;
/** Results below the screen, painted a batch per frame: `content-visibility: auto` spares their layout. */
const BELOW_SCREEN_BATCH = 6;

/** The first screen's results one by one, then the rest in batches. */
function inBatches<T>(items: readonly T[]): T[][] {
  const batches = items.slice(0, FIRST_SCREEN).map((item) => [item]);
  for (let i = FIRST_SCREEN; i < items.length; i += BELOW_SCREEN_BATCH) batches.push(items.slice(i, i + BELOW_SCREEN_BATCH));
  return batches;
}

/** Resolves once the browser has painted what is on the page now. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export function start(root: HTMLElement): void {
  const form = part<HTMLFormElement>(root, 'form');
  const input = part<HTMLInputElement>(root, 'input[type="search"]');
  const status = part(root, '[role="status"]');
  const errorBox = part(root, '[data-search-error]');
  const errorText = part(root, '[data-search-error-text]');
  const list = part(root, '[data-search-results]');
  const more = part<HTMLButtonElement>(root, '[data-search-more]');
  const empty = part(root, '[data-search-empty]');
  const suggestions = part(root, '[data-search-suggestions]');
  const nearBox = part(root, '[data-search-near]');
  const nearList = part(nearBox, 'ul');
  const search = createSearcher(0);
  let limit = RESULTS_PER_PAGE;
  /** Counts renderings, so that the rest of an older list never lands in a newer one. */
  let rendering = 0;

  const queryInAddress = () => new URLSearchParams(window.location.search).get('q') ?? '';

  async function run() {
    const shown = (rendering += 1);
    const query = input.value.trim();
    document.title = query ? `“${query}”的搜索结果 · ${SITE_NAME}` : `搜索 · ${SITE_NAME}`;
    errorBox.hidden = true;
    if (!query) {
      status.textContent = '';
      list.hidden = more.hidden = empty.hidden = nearBox.hidden = true;
      suggestions.hidden = false;
      // A search still under way must not fill the list in again.
      search.cancel();
      return;
    }
    // Earlier results stay in view until the new ones replace them.
    if (list.hidden) status.textContent = SEARCHING;
    const outcome = await search.run(query, limit, SNIPPET);
    if (!outcome) return;
    if (!outcome.ok) {
      status.textContent = '';
      errorText.textContent = unavailableSentence(outcome.message);
      errorBox.hidden = false;
      return;
    }
    const view = outcome.view;
    if (!view) return;
    status.textContent = resultsSentence(query, view);
    // What stands below the list goes first: results must never appear above something they then push down.
    more.hidden = true;
    empty.hidden = suggestions.hidden = view.total > 0;
    showNear(nearTopics(view));
    // Into an empty place (the page just opened, the box was cleared) results are painted a few at a time, each batch
    // in a frame of its own: laying out a result's text the first time is tens of milliseconds of a slow phone's
    // thread, and one frame for all of them would keep a tap waiting. Each batch goes below the last, so nothing on
    // screen moves. A list in view is replaced whole, so that old and new results never stand together.
    const [first, ...rest] = list.hidden ? inBatches(view.results) : [view.results];
    list.replaceChildren(...(first ?? []).map(resultItem));
    list.hidden = view.results.length === 0;
    for (const batch of rest) {
      await nextFrame();
      if (shown !== rendering) return;
      list.append(...batch.map(resultItem));
    }
    const left = view.total - view.results.length;
    more.textContent = `显示更多结果（还有 ${left} 条）`;
    more.hidden = left <= 0;
  }

  function resultItem(result: ResultView): HTMLElement {
    const parts = resultParts(result);
    return h(
      'li',
      // A result below the screen is not laid out or painted until it is scrolled near.
      { class: 'py-4 [content-visibility:auto] [contain-intrinsic-size:auto_9rem]' },
      h('h2', { class: 'text-lg leading-snug font-medium' }, h('a', { href: result.href, class: 'text-accent underline-offset-4 hover:underline' }, parts.title)),
      parts.alsoAsked && h('p', { class: 'mt-0.5 text-[0.875rem] text-muted' }, parts.alsoAsked),
      h('p', { class: 'mt-1 text-[0.9375rem] leading-relaxed text-muted' }, parts.snippet),
      h('div', { class: 'mt-2' }, parts.labels),
    );
  }

  function showNear(topics: TopicLink[] | undefined) {
    nearBox.hidden = topics === undefined;
    nearList.replaceChildren(...(topics ?? []).map((topic) => toDom(topicTile(topic))));
  }

  function follow(query: string) {
    input.value = query;
    limit = RESULTS_PER_PAGE;
    return run();
  }

  input.addEventListener('input', () => {
    limit = RESULTS_PER_PAGE;
    window.history.replaceState(null, '', input.value ? searchHref(input.value) : searchPath());
    void run();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // Closes the phone keyboard so the results are visible.
    input.blur();
  });
  more.addEventListener('click', () => {
    limit += RESULTS_PER_PAGE;
    void run();
  });
  part(root, '[data-search-retry]').addEventListener('click', () => void run());
  window.addEventListener('popstate', () => void follow(queryInAddress()));
  // Text typed before this island arrived wins over the address it was loaded with. Its results are what the reader
  // of a shared link came for: the offline worker starts after them.
  void whileBusy(follow(input.value || queryInAddress()));
}
