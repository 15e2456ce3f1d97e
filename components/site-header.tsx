import { ElderSettings } from '@/components/elder-settings';
import { SearchBox } from '@/components/search-box';
import { catalog } from '@/lib/site/records';
import { SITE_NAME } from '@/lib/core/config';
import { homePath, regionsPath, topicPath, topicsPath } from '@/lib/core/urls';

/** Site name, the 长辈模式 switch, the topics and the search box, on every page. */
export function SiteHeader() {
  const topics = catalog().featuredTopics();
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-2 px-4 sm:gap-x-6 pt-3 pb-2 lg:flex-nowrap lg:py-3">
        <a href={homePath()} className="inline-flex min-h-11 items-center gap-2 rounded-md text-xl font-bold text-accent">
          <svg aria-hidden="true" viewBox="0 0 64 64" className="size-7 shrink-0">
            <rect width="64" height="64" rx="14" fill="currentColor" />
            <path d="M27 14h10v13h13v10H37v13H27V37H14V27h13z" className="fill-surface" />
          </svg>
          {SITE_NAME}
        </a>
        <div className="order-last w-full lg:order-none lg:ml-auto lg:w-80 print-hidden">
          <SearchBox variant="header" />
        </div>
        {/* Prominent on every page (适老化 spec): top right on a phone, beside the search on a wide screen. */}
        <div className="ml-auto print-hidden lg:ml-0">
          <ElderSettings part="switch" />
        </div>
      </div>
      <ElderSettings part="panel" />
      {/* Secondary: 长辈模式 hides this row (simpler chrome); the home page and footer still lead to every topic. */}
      <nav aria-label="主题" className="elder-hidden print-hidden mx-auto max-w-6xl px-2">
        {/* On a phone the row scrolls sideways; the fade at the right edge says there is more. */}
        <ul className="flex gap-1 overflow-x-auto pr-8 pb-1 [scrollbar-width:none] max-sm:[mask-image:linear-gradient(to_right,black_calc(100%_-_3rem),transparent)]">
          {topics.map((topic) => (
            <li key={topic.slug} className="shrink-0">
              <a href={topicPath(topic.slug)} className="nav-link">
                {topic.name}
              </a>
            </li>
          ))}
          <li className="shrink-0">
            <a href={topicsPath()} className="nav-link">
              全部主题
            </a>
          </li>
          <li className="shrink-0">
            <a href={regionsPath()} className="nav-link">
              按地区
            </a>
          </li>
        </ul>
      </nav>
    </header>
  );
}
