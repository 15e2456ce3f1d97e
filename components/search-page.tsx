'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Highlighted, ResultLabels } from '@/components/search-highlight';
import type { ResultsView } from '@/lib/search/client';
import { searchHref } from '@/lib/search/href';
import { isSearchShortcut } from '@/lib/search/shortcut';
import { searchPath, topicPath } from '@/lib/site/urls';

type TopicLink = { slug: string; name: string; count: number };
type Props = { topics: readonly TopicLink[] };

type State =
  | { status: 'idle' }
  | { status: 'loading'; view?: ResultsView }
  | { status: 'ready'; view: ResultsView }
  | { status: 'error'; message: string };

const PAGE = 20;
const SNIPPET = 150;
const EXAMPLES = ['异地就医备案', '生育津贴', '家庭共济', '灵活就业医保'];
const field = 'min-w-0 flex-1 rounded-l-md border border-r-0 border-line bg-surface px-3 text-lg text-ink placeholder:text-muted h-12';
const submit = 'h-12 shrink-0 rounded-r-md bg-accent px-5 text-lg font-medium text-on-accent hover:bg-accent-strong';

/** What /search/ shows before its script runs, and all it can show without JavaScript. */
export function SearchPageStatic({ topics }: Props) {
  return (
    <>
      <form action={searchPath()} method="get" role="search" className="mt-4 flex">
        <input type="search" name="q" aria-label="搜索问题" placeholder="输入问题或关键词" className={field} />
        <button type="submit" className={submit}>
          搜索
        </button>
      </form>
      <noscript>
        <p className="mt-4">搜索结果需要浏览器启用 JavaScript。也可以按主题浏览：</p>
      </noscript>
      <Suggestions topics={topics} />
    </>
  );
}

/**
 * Results for `?q=` as you type. Typing rewrites the address in place (shareable, no history
 * spam); a search from the header box or the back button changes `?q=`, and the page follows.
 */
export function SearchPage({ topics }: Props) {
  const params = useSearchParams();
  const urlQuery = params.get('q') ?? '';
  const [query, setQuery] = useState(urlQuery);
  const [seenUrlQuery, setSeenUrlQuery] = useState(urlQuery);
  const [limit, setLimit] = useState(PAGE);
  const [state, setState] = useState<State>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const trimmed = query.trim();

  // The address changed under us (back/forward, header box): show that query.
  if (urlQuery !== seenUrlQuery) {
    setSeenUrlQuery(urlQuery);
    setQuery(urlQuery);
    setLimit(PAGE);
  }

  useEffect(() => {
    let current = true;
    const run = async () => {
      if (!trimmed) {
        setState({ status: 'idle' });
        return;
      }
      setState((s) => ({ status: 'loading', view: s.status === 'ready' || s.status === 'loading' ? s.view : undefined }));
      try {
        const { searchView } = await import('@/lib/search/client');
        const view = await searchView(trimmed, limit, SNIPPET);
        if (current) setState({ status: 'ready', view });
      } catch (failure) {
        if (current) setState({ status: 'error', message: failure instanceof Error ? failure.message : String(failure) });
      }
    };
    void run();
    document.title = trimmed ? `“${trimmed}”的搜索结果 · 医保问答` : '搜索 · 医保问答';
    return () => {
      current = false;
    };
    // `attempt` is in the list so the retry button runs the same search again.
  }, [trimmed, limit, attempt]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event)) return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  function onChange(text: string) {
    setQuery(text);
    setLimit(PAGE);
    setSeenUrlQuery(text);
    window.history.replaceState(null, '', text ? searchHref(text) : searchPath());
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Closes the phone keyboard so the results are visible.
    inputRef.current?.blur();
  }

  const view = state.status === 'ready' || state.status === 'loading' ? state.view : undefined;
  const status =
    state.status === 'error'
      ? ''
      : !trimmed
        ? ''
        : view
          ? view.total > 0
            ? `找到 ${view.total} 条结果`
            : view.suggestTopics.length > 0
              ? '没有找到直接相关的问题'
              : `没有找到与“${trimmed}”相关的问题`
          : '正在搜索…';

  return (
    <>
      <form action={searchPath()} method="get" role="search" onSubmit={onSubmit} className="mt-4 flex" data-search-box="page">
        <input
          ref={inputRef}
          type="search"
          name="q"
          value={query}
          onChange={(e) => onChange(e.target.value)}
          aria-label="搜索问题"
          placeholder="输入问题或关键词，支持拼音"
          autoComplete="off"
          enterKeyHint="search"
          maxLength={100}
          className={field}
        />
        <button type="submit" className={submit}>
          搜索
        </button>
      </form>

      <p role="status" className="mt-4 min-h-7 text-muted">
        {status}
      </p>

      {state.status === 'error' ? (
        <div className="mt-2 rounded-lg border border-notice-line bg-notice p-4 text-notice-ink">
          <p>搜索暂时无法使用：{state.message}。</p>
          <button type="button" onClick={() => setAttempt((n) => n + 1)} className="mt-2 min-h-11 rounded-md border border-notice-line px-4">
            重试
          </button>
        </div>
      ) : null}

      {view && view.results.length > 0 ? (
        <>
          <ol className="divide-y divide-line border-y border-line">
            {view.results.map((result) => (
              <li key={result.slug} className="py-4">
                <h2 className="text-lg leading-snug font-medium">
                  <a href={result.href} className="text-accent underline-offset-4 hover:underline">
                    <Highlighted segments={result.title} />
                  </a>
                </h2>
                {result.alsoAsked ? (
                  <p className="mt-0.5 text-[0.875rem] text-muted">
                    也问：<Highlighted segments={result.alsoAsked} />
                  </p>
                ) : null}
                <p className="mt-1 text-[0.9375rem] leading-relaxed text-muted">
                  <Highlighted segments={result.snippet} />
                </p>
                <div className="mt-2">
                  <ResultLabels result={result} />
                </div>
              </li>
            ))}
          </ol>
          {view.total > view.results.length ? (
            <button
              type="button"
              onClick={() => setLimit((l) => l + PAGE)}
              className="mt-4 min-h-11 w-full rounded-md border border-line bg-surface px-4 text-accent hover:bg-accent-soft"
            >
              显示更多结果（还有 {view.total - view.results.length} 条）
            </button>
          ) : null}
        </>
      ) : null}

      {view && view.total === 0 && view.suggestTopics.length > 0 ? <TopicSection id="search-near" title="和你问的最接近的主题" topics={view.suggestTopics} className="mt-2" /> : null}
      {view && view.total === 0 ? <p className="mt-2">试试更短的关键词、换个说法，或检查有没有错别字。</p> : null}
      {!trimmed || (view && view.total === 0) ? <Suggestions topics={topics} /> : null}
    </>
  );
}

/** Never a blank page: example searches and the topics to browse. */
function Suggestions({ topics }: Props) {
  return (
    <div className="mt-6 space-y-6">
      <section aria-labelledby="search-examples">
        <h2 id="search-examples" className="text-lg font-bold">
          大家常搜
        </h2>
        <ul className="mt-2 flex flex-wrap gap-2">
          {EXAMPLES.map((example) => (
            <li key={example}>
              <a href={searchHref(example)} className="inline-flex min-h-11 items-center rounded-full border border-line bg-surface px-4 text-accent hover:bg-accent-soft">
                {example}
              </a>
            </li>
          ))}
        </ul>
      </section>
      {topics.length > 0 ? <TopicSection id="search-topics" title="按主题浏览" topics={topics} /> : null}
    </div>
  );
}

function TopicSection({ id, title, topics, className }: { id: string; title: string; topics: readonly TopicLink[]; className?: string }) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="text-lg font-bold">
        {title}
      </h2>
      <ul className="mt-2 grid gap-2 sm:grid-cols-2">
        {topics.map((topic) => (
          <li key={topic.slug}>
            <a href={topicPath(topic.slug)} className="flex min-h-11 items-center justify-between rounded-md border border-line bg-surface px-4 hover:bg-accent-soft">
              <span className="text-accent">{topic.name}</span>
              <span className="text-[0.875rem] text-muted">{topic.count} 个问题</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
