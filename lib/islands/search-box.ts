/**
 * The site's search box (components/search-box.tsx): without this island a plain GET form to
 * /search/?q=…. With it, the engine and index load the first time the box gets focus or a keystroke
 * (never on page load) and results drop down as you type: ↑/↓ choose, Enter opens, Esc closes.
 * `/` and Ctrl/⌘+K are the inline script's (lib/search/shortcut.ts), so they work before this loads.
 */
import type { ResultsView } from '@/lib/search/engine/results';
import { searchHref } from '@/lib/search/href';
import { topicPath } from '@/lib/core/urls';
import { questionCount } from '@/lib/markup/topic-link';
import { h, part } from './dom';
import { createSearcher, nearTopics, RELATED_SENTENCE, resultParts, resultsSentence, unavailableSentence, type TopicLink } from './search-ui';

const LIMIT = 6;
const SUGGESTED_TOPICS = 6;

type Status = 'idle' | 'loading' | 'ready' | 'error';

export function start(root: HTMLElement): void {
  const form = part<HTMLFormElement>(root, 'form');
  const input = part<HTMLInputElement>(root, 'input[type="search"]');
  const popup = part(root, '[data-search-popup]');
  const message = part(root, '[data-search-message]');
  const list = part(root, '[role="listbox"]');
  const status = part(root, '[role="status"]');
  const search = createSearcher(SUGGESTED_TOPICS);

  let open = false;
  let active = -1;
  let state: Status = 'idle';
  let error = '';
  let view: ResultsView | undefined;
  let topics: TopicLink[] = [];
  let examples: string[] = [];
  /** What the arrow keys move through, in display order. */
  let hrefs: string[] = [];
  /** Searches asked for and not yet answered: while any is, the list may still change (aria-busy). */
  let pending = 0;

  const trimmed = () => input.value.trim();
  const expanded = () => open && (state !== 'idle' || trimmed() !== '');
  const optionId = (i: number) => `${list.id}-option-${i}`;

  function renderActive() {
    list.querySelectorAll('[role="option"]').forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === active));
      option.classList.toggle('bg-accent-soft', i === active);
    });
    if (expanded() && active >= 0) input.setAttribute('aria-activedescendant', optionId(active));
    else input.removeAttribute('aria-activedescendant');
  }

  function render() {
    const isOpen = expanded();
    input.setAttribute('aria-expanded', String(isOpen));
    popup.hidden = !isOpen;

    const query = trimmed();
    const results = query && view ? view.results : [];
    const showTopics = state === 'ready' && (!query || (view !== undefined && view.total === 0));
    // Nothing close, but topics near what was asked: those, instead of the most common ones.
    const near = query ? nearTopics(view) : undefined;
    const lines: Node[] = [];
    if (state === 'loading' && !view) lines.push(h('p', { class: 'px-4 py-3 text-muted' }, '正在加载搜索…'));
    if (state === 'error') lines.push(h('p', { class: 'px-4 py-3' }, `${unavailableSentence(error)}请检查网络后再试，或按回车打开搜索页。`));
    if (state === 'ready' && query && view?.total === 0) {
      lines.push(
        h(
          'div',
          { class: 'px-4 pt-3 text-[0.9375rem]' },
          h('p', { class: 'font-medium' }, `${resultsSentence(view.query, view)}。`),
          h('p', { class: 'text-muted' }, near ? '这些主题和你问的最接近：' : view.outOfScope ? '如果问的是医保，可以换个说法，或按主题找：' : `试试更短的关键词或换个说法${examples.length > 0 ? `，比如${examples.slice(0, 2).map((example) => `“${example}”`).join('')}` : ''}；也可以按主题找：`),
        ),
      );
    }
    if (state === 'ready' && query && view?.closeness === 'related') lines.push(h('p', { class: 'px-4 pt-3 text-[0.9375rem] font-medium' }, `${RELATED_SENTENCE}：`));
    if (showTopics && !query) lines.push(h('p', { class: 'px-4 pt-3 text-[0.8125rem] font-medium text-muted' }, '常见主题'));
    message.replaceChildren(...lines);

    const options: { href: string; content: (Node | undefined)[] }[] = results.map((result) => {
      const parts = resultParts(result);
      return {
        href: result.href,
        content: [
          h('span', { class: 'block leading-snug font-medium text-accent' }, parts.title),
          parts.alsoAsked && h('span', { class: 'block text-[0.8125rem] text-muted' }, parts.alsoAsked),
          h('span', { class: 'mt-0.5 line-clamp-2 text-[0.875rem] leading-normal text-muted' }, parts.snippet),
          h('span', { class: 'mt-1 block' }, parts.labels),
        ],
      };
    });
    if (results.length > 0 && view) options.push({ href: searchHref(query), content: [h('span', { class: 'font-medium text-accent' }, `查看全部 ${view.total} 条结果 →`)] });
    if (showTopics) {
      for (const topic of near ?? topics) {
        options.push({
          href: topicPath(topic.slug),
          content: [h('span', { class: 'text-accent' }, topic.name, h('span', { class: 'ml-2 text-[0.8125rem] text-muted' }, questionCount(topic.count)))],
        });
      }
    }
    hrefs = options.map((o) => o.href);
    list.replaceChildren(
      ...options.map(({ href, content }, i) => {
        const option = h('li', { id: optionId(i), role: 'option', 'aria-selected': 'false' }, h('a', { href, tabindex: '-1', class: 'block px-4 py-2' }, ...content));
        option.addEventListener('mousemove', () => {
          if (active === i) return;
          active = i;
          renderActive();
        });
        option.addEventListener('click', close);
        return option;
      }),
    );
    renderActive();
    list.setAttribute('aria-busy', String(pending > 0));
    status.textContent = state === 'ready' && query && view ? resultsSentence(view.query, view) : '';
  }

  async function run() {
    if (state !== 'ready') state = 'loading';
    pending += 1;
    render();
    let outcome: Awaited<ReturnType<typeof search.run>>;
    try {
      outcome = await search.run(input.value, LIMIT);
    } finally {
      pending -= 1;
    }
    if (!outcome) {
      list.setAttribute('aria-busy', String(pending > 0));
      return;
    }
    if (outcome.ok) {
      view = outcome.view;
      topics = outcome.topics;
      examples = outcome.examples;
      active = -1;
      state = 'ready';
    } else {
      error = outcome.message;
      state = 'error';
    }
    render();
  }

  function close() {
    open = false;
    active = -1;
    render();
  }

  function go(href: string) {
    close();
    window.location.assign(href);
  }

  function onFocus() {
    open = true;
    void run();
  }

  input.addEventListener('focus', onFocus);
  input.addEventListener('input', () => {
    open = true;
    void run();
  });
  root.addEventListener('focusout', (event) => {
    const next = event.relatedTarget;
    if (!(next instanceof Node && root.contains(next))) close();
  });
  input.addEventListener('keydown', (event) => {
    // Enter and arrows while a Chinese input method is composing belong to the input method.
    if (event.isComposing) return;
    const count = hrefs.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      open = true;
      if (count > 0) {
        const step = event.key === 'ArrowDown' ? 1 : -1;
        active = active < 0 ? (step > 0 ? 0 : count - 1) : (active + step + count) % count;
      }
      render();
    } else if (event.key === 'Enter' && expanded() && active >= 0) {
      const href = hrefs[active];
      if (href) {
        event.preventDefault();
        go(href);
      }
    } else if (event.key === 'Escape') {
      if (expanded()) {
        event.preventDefault();
        close();
      } else if (input.value) {
        event.preventDefault();
        input.value = '';
      }
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = trimmed();
    if (query) go(searchHref(query));
    else input.focus();
  });

  // Focus or text that arrived before this island did (a fast `/`, a quick reader) is taken up now.
  if (document.activeElement === input) onFocus();
}
