/**
 * /search/ (components/search-page.tsx): results for `?q=` as you type. Typing rewrites the address in
 * place (shareable, no history spam); the back and forward buttons change `?q=`, and the page follows.
 */
import { searchHref } from '@/lib/search/href';
import { SITE_NAME } from '@/lib/site/config';
import { searchPath, topicPath } from '@/lib/site/urls';
import { h, part } from './dom';
import { createSearcher, nearTopics, resultParts, resultsSentence, SEARCHING, unavailableSentence, type TopicLink } from './search-ui';

const PAGE = 20;
const SNIPPET = 150;

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
  let limit = PAGE;

  const queryInAddress = () => new URLSearchParams(window.location.search).get('q') ?? '';

  async function run() {
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
    list.replaceChildren(
      ...view.results.map((result) => {
        const parts = resultParts(result);
        return h(
          'li',
          // A result below the screen is not laid out or painted until it is scrolled near: twenty arrive at once.
          { class: 'py-4 [content-visibility:auto] [contain-intrinsic-size:auto_9rem]' },
          h('h2', { class: 'text-lg leading-snug font-medium' }, h('a', { href: result.href, class: 'text-accent underline-offset-4 hover:underline' }, parts.title)),
          parts.alsoAsked && h('p', { class: 'mt-0.5 text-[0.875rem] text-muted' }, parts.alsoAsked),
          h('p', { class: 'mt-1 text-[0.9375rem] leading-relaxed text-muted' }, parts.snippet),
          h('div', { class: 'mt-2' }, parts.labels),
        );
      }),
    );
    list.hidden = view.results.length === 0;
    const left = view.total - view.results.length;
    more.hidden = left <= 0;
    more.textContent = `显示更多结果（还有 ${left} 条）`;
    empty.hidden = suggestions.hidden = view.total > 0;
    showNear(nearTopics(view));
  }

  function showNear(topics: TopicLink[] | undefined) {
    nearBox.hidden = topics === undefined;
    nearList.replaceChildren(
      ...(topics ?? []).map((topic) =>
        h(
          'li',
          {},
          h(
            'a',
            { href: topicPath(topic.slug), class: 'flex min-h-11 items-center justify-between rounded-md border border-line bg-surface px-4 hover:bg-accent-soft' },
            h('span', { class: 'text-accent' }, topic.name),
            h('span', { class: 'text-[0.875rem] text-muted' }, `${topic.count} 个问题`),
          ),
        ),
      ),
    );
  }

  function follow(query: string) {
    input.value = query;
    limit = PAGE;
    void run();
  }

  input.addEventListener('input', () => {
    limit = PAGE;
    window.history.replaceState(null, '', input.value ? searchHref(input.value) : searchPath());
    void run();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // Closes the phone keyboard so the results are visible.
    input.blur();
  });
  more.addEventListener('click', () => {
    limit += PAGE;
    void run();
  });
  part(root, '[data-search-retry]').addEventListener('click', () => void run());
  window.addEventListener('popstate', () => follow(queryInAddress()));
  // Text typed before this island arrived wins over the address it was loaded with.
  follow(input.value || queryInAddress());
}
