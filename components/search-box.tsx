'use client';

import { useCallback, useEffect, useId, useRef, useState, type FocusEvent, type FormEvent, type KeyboardEvent } from 'react';
import { Highlighted, ResultLabels } from '@/components/search-highlight';
import type { ResultsView } from '@/lib/search/client';
import { searchHref } from '@/lib/search/href';
import { isSearchShortcut, PRIMARY_BOX_SELECTOR } from '@/lib/search/shortcut';
import { searchPath, topicPath } from '@/lib/site/urls';

type Props = { variant: 'header' | 'hero' };

type Status = 'idle' | 'loading' | 'ready' | 'error';
type TopicLink = { slug: string; name: string; count: number };
/** Everything the arrow keys can move to, in display order. */
type Option = { key: string; href: string };

const LIMIT = 6;
const SUGGESTED_TOPICS = 6;

/**
 * The site's search box. Without JavaScript it is a plain GET form to /search/?q=…. With it,
 * the index is fetched the first time the box gets focus or a keystroke (never on page load)
 * and results drop down as you type: ↑/↓ choose, Enter opens, Esc closes, `/` or Ctrl/⌘+K focus.
 */
export function SearchBox({ variant }: Props) {
  // React's ids start with `_`; an HTML id should start with a letter.
  const id = `search${useId()}`;
  const listId = `${id}-list`;
  const inputRef = useRef<HTMLInputElement>(null);
  const latest = useRef(0);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState<Status>('idle');
  const [error, setError] = useState('');
  const [view, setView] = useState<ResultsView>();
  const [topics, setTopics] = useState<TopicLink[]>([]);
  const hero = variant === 'hero';

  const run = useCallback(async (text: string) => {
    const ticket = (latest.current += 1);
    setStatus((s) => (s === 'ready' ? s : 'loading'));
    try {
      const { openSearch, searchView } = await import('@/lib/search/client');
      const engine = await openSearch();
      const trimmed = text.trim();
      const next = trimmed ? await searchView(trimmed, LIMIT) : undefined;
      // A slower answer to an older keystroke must not replace a newer one.
      if (ticket !== latest.current) return;
      setTopics([...engine.meta.topics].sort((a, b) => b.count - a.count).slice(0, SUGGESTED_TOPICS));
      setView(next);
      setActive(-1);
      setStatus('ready');
    } catch (failure) {
      if (ticket !== latest.current) return;
      setError(failure instanceof Error ? failure.message : String(failure));
      setStatus('error');
    }
  }, []);

  // Text typed before the page became interactive is kept and searched.
  useEffect(() => {
    const typed = inputRef.current?.value ?? '';
    if (typed) setQuery(typed);
  }, []);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!isSearchShortcut(event)) return;
      if (variant === 'header' && document.querySelector(PRIMARY_BOX_SELECTOR)) return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [variant]);

  const trimmed = query.trim();
  const results = trimmed && view ? view.results : [];
  const showTopics = status === 'ready' && (!trimmed || (view !== undefined && view.total === 0));
  // Nothing close, but some topics are near what was asked: those, instead of the most popular ones.
  const near = trimmed && view?.closeness === 'nothing-close' && view.suggestTopics.length > 0 ? view.suggestTopics : undefined;
  const shownTopics = near ?? topics;
  const options: Option[] = [
    ...results.map((r) => ({ key: r.slug, href: r.href })),
    ...(results.length > 0 ? [{ key: 'all', href: searchHref(trimmed) }] : []),
    ...(showTopics ? shownTopics.map((t) => ({ key: `topic-${t.slug}`, href: topicPath(t.slug) })) : []),
  ];
  const optionId = (i: number) => `${id}-option-${i}`;
  const expanded = open && (status !== 'idle' || trimmed !== '');

  function close() {
    setOpen(false);
    setActive(-1);
  }

  function go(href: string) {
    close();
    // A full page load: the site ships plain HTML pages, not the router's navigation payloads.
    window.location.assign(href);
  }

  function onChange(text: string) {
    setQuery(text);
    setOpen(true);
    void run(text);
  }

  function onFocus() {
    setOpen(true);
    void run(query);
  }

  function onBlur(event: FocusEvent<HTMLDivElement>) {
    const next = event.relatedTarget;
    if (!(next instanceof Node && event.currentTarget.contains(next))) setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Enter and arrows while a Chinese input method is composing belong to the input method.
    if (event.nativeEvent.isComposing) return;
    const count = options.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (count === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i < 0 ? (step > 0 ? 0 : count - 1) : (i + step + count) % count));
    } else if (event.key === 'Enter' && expanded && active >= 0) {
      const option = options[active];
      if (option) {
        event.preventDefault();
        go(option.href);
      }
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (query) {
        event.preventDefault();
        setQuery('');
      }
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!trimmed) {
      inputRef.current?.focus();
      return;
    }
    go(searchHref(trimmed));
  }

  const announcement =
    status === 'ready' && trimmed && view ? (view.total > 0 ? `找到 ${view.total} 条结果` : near ? '没有找到直接相关的问题' : `没有找到与“${trimmed}”相关的问题`) : '';
  const size = hero ? 'h-12 text-lg' : 'h-11 text-base';

  return (
    <div className="relative w-full" onBlur={onBlur} data-search-box={variant}>
      <form action={searchPath()} method="get" role="search" onSubmit={onSubmit} className="flex">
        <label htmlFor={`${id}-input`} className="sr-only">
          搜索问题
        </label>
        <input
          ref={inputRef}
          id={`${id}-input`}
          type="search"
          name="q"
          value={query}
          onChange={(e) => onChange(e.target.value)}
          onFocus={onFocus}
          onKeyDown={onKeyDown}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={expanded ? listId : undefined}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          placeholder={hero ? '输入问题，如：异地就医怎么备案' : '搜索问题'}
          autoComplete="off"
          enterKeyHint="search"
          maxLength={100}
          className={`min-w-0 flex-1 rounded-l-md border border-r-0 border-line bg-surface px-3 text-ink placeholder:text-muted ${size}`}
        />
        <button type="submit" className={`shrink-0 rounded-r-md bg-accent px-4 font-medium text-on-accent hover:bg-accent-strong ${size}`}>
          搜索
        </button>
      </form>

      {expanded ? (
        <div
          className={`absolute z-30 mt-1 max-h-[min(70vh,36rem)] overflow-y-auto rounded-lg border border-line bg-surface text-ink shadow-lg ${hero ? 'inset-x-0' : 'right-0 left-0 lg:left-auto lg:w-[34rem]'}`}
        >
          {status === 'loading' && !view ? <p className="px-4 py-3 text-muted">正在加载搜索…</p> : null}
          {status === 'error' ? (
            <p className="px-4 py-3">
              搜索暂时无法使用：{error}。请检查网络后再试，或按回车打开搜索页。
            </p>
          ) : null}
          {status === 'ready' && near ? (
            <div className="px-4 pt-3 text-[0.9375rem]">
              <p className="font-medium">没有找到直接相关的问题。</p>
              <p className="text-muted">这些主题和你问的最接近：</p>
            </div>
          ) : status === 'ready' && trimmed && view?.total === 0 ? (
            <div className="px-4 pt-3 text-[0.9375rem]">
              <p className="font-medium">没有找到与“{trimmed}”相关的问题。</p>
              <p className="text-muted">试试更短的关键词或换个说法，比如“异地就医”“生育津贴”；也可以按主题找：</p>
            </div>
          ) : null}
          {showTopics && !trimmed ? <p className="px-4 pt-3 text-[0.8125rem] font-medium text-muted">常见主题</p> : null}
          <ul role="listbox" id={listId} aria-label="搜索建议" className="py-1">
            {options.map((option, i) => {
              const result = results[i];
              const topic = showTopics ? shownTopics[i - (results.length > 0 ? results.length + 1 : 0)] : undefined;
              return (
                <li
                  key={option.key}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === active}
                  onMouseMove={() => setActive(i)}
                  className={i === active ? 'bg-accent-soft' : undefined}
                >
                  <a href={option.href} tabIndex={-1} onClick={close} className="block px-4 py-2">
                    {result ? (
                      <>
                        <span className="block leading-snug font-medium text-accent">
                          <Highlighted segments={result.title} />
                        </span>
                        {result.alsoAsked ? (
                          <span className="block text-[0.8125rem] text-muted">
                            也问：<Highlighted segments={result.alsoAsked} />
                          </span>
                        ) : null}
                        <span className="mt-0.5 line-clamp-2 text-[0.875rem] leading-normal text-muted">
                          <Highlighted segments={result.snippet} />
                        </span>
                        <span className="mt-1 block">
                          <ResultLabels result={result} />
                        </span>
                      </>
                    ) : option.key === 'all' ? (
                      <span className="font-medium text-accent">查看全部 {view?.total ?? 0} 条结果 →</span>
                    ) : (
                      <span className="text-accent">
                        {topic?.name}
                        <span className="ml-2 text-[0.8125rem] text-muted">{topic?.count} 个问题</span>
                      </span>
                    )}
                  </a>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
