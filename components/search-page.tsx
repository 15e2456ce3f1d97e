import { searchHref } from '@/lib/search/href';
import { searchPath } from '@/lib/core/urls';
import { topicTile } from '@/lib/markup/topic-link';
import type { TopicLink } from '@/lib/search/engine/protocol';
import { toReact } from '@/components/markup';

/** `examples`: searches offered as examples (content/topics.yaml `search_example`). */
type Props = { topics: readonly TopicLink[]; examples: readonly string[] };

/**
 * /search/: the form, a status line, the result list and the suggestions, all server markup. The query
 * lives in the address (?q=…), which a static page only sees in the browser: the island
 * lib/islands/search-page.ts reads it and fills the list in place. Status line and list are already
 * there, and the block is at least a screen tall, so arriving results move nothing.
 */
export function SearchPage({ topics, examples }: Props) {
  return (
    <div data-island="search-page" className="min-h-dvh">
      <form action={searchPath()} method="get" role="search" aria-label="搜索问题" className="mt-4 flex">
        <input
          type="search"
          name="q"
          aria-label="搜索问题"
          placeholder="输入问题或关键词，支持拼音"
          autoComplete="off"
          enterKeyHint="search"
          maxLength={100}
          data-search-input="primary"
          className="h-12 min-w-0 flex-1 rounded-l-md border border-r-0 border-line bg-surface px-3 text-lg text-ink placeholder:text-muted"
        />
        <button type="submit" className="h-12 shrink-0 rounded-r-md bg-accent px-5 text-lg font-medium text-on-accent hover:bg-accent-strong">
          搜索
        </button>
      </form>
      <p role="status" className="mt-4 min-h-7 text-muted" />
      <noscript>
        <p>搜索结果需要浏览器启用 JavaScript。也可以按主题浏览：</p>
      </noscript>
      <div hidden data-search-error className="mt-2 rounded-lg border border-notice-line bg-notice p-4 text-notice-ink">
        <p data-search-error-text />
        <button type="button" data-search-retry className="mt-2 min-h-11 rounded-md border border-notice-line px-4">
          重试
        </button>
      </div>
      <ol hidden data-search-results className="divide-y divide-line border-y border-line" />
      <button
        hidden
        type="button"
        data-search-more
        className="mt-4 min-h-11 w-full rounded-md border border-line bg-surface px-4 text-accent hover:bg-accent-soft"
      >
        显示更多结果
      </button>
      <p hidden data-search-empty className="mt-2">
        试试更短的关键词、换个说法，或检查有没有错别字。
      </p>
      {/* Filled by the island when nothing on the site is close to the query (lib/search decides). */}
      <section hidden data-search-near aria-labelledby="search-near" className="mt-2">
        <h2 id="search-near" className="text-lg font-bold">
          和你问的最接近的主题
        </h2>
        <ul className="mt-2 grid gap-2 sm:grid-cols-2" />
      </section>
      {/* Never a blank page: example searches and the topics to browse. */}
      <div data-search-suggestions className="mt-6 space-y-6">
        {examples.length > 0 ? (
          <section aria-labelledby="search-examples">
            <h2 id="search-examples" className="text-lg font-bold">
              大家常搜
            </h2>
            <ul className="mt-2 flex flex-wrap gap-2">
              {examples.map((example) => (
                <li key={example}>
                  <a href={searchHref(example)} className="inline-flex min-h-11 items-center rounded-full border border-line bg-surface px-4 text-accent hover:bg-accent-soft">
                    {example}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {topics.length > 0 ? (
          <section aria-labelledby="search-topics">
            <h2 id="search-topics" className="text-lg font-bold">
              按主题浏览
            </h2>
            <ul className="mt-2 grid gap-2 sm:grid-cols-2">
              {topics.map((topic) => toReact(topicTile(topic), topic.slug))}
            </ul>
          </section>
        ) : null}
      </div>
    </div>
  );
}
