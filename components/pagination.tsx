import { pagerLinks } from '@/lib/site/pagination';

type Props = {
  page: number;
  count: number;
  /** The URL of page n of this listing. */
  href: (page: number) => string;
};

const LINK = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-line px-3 hover:border-accent hover:text-accent';

/** 上一页 · 1 … 4 5 6 … 20 · 下一页 as plain links; nothing when the listing fits on one page. */
export function Pagination({ page, count, href }: Props) {
  if (count <= 1) return null;
  return (
    <nav aria-label="分页" className="mt-8">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <a href={href(page - 1)} rel="prev" className={LINK}>
              上一页
            </a>
          </li>
        ) : null}
        {pagerLinks(page, count).map((link, i) =>
          'gap' in link ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={link.page}>
              <a
                href={href(link.page)}
                aria-current={link.page === page ? 'page' : undefined}
                className={link.page === page ? `${LINK} border-accent bg-accent font-bold text-on-accent hover:text-on-accent` : LINK}
              >
                <span className="sr-only">第 </span>
                {link.page}
                <span className="sr-only"> 页</span>
              </a>
            </li>
          ),
        )}
        {page < count ? (
          <li>
            <a href={href(page + 1)} rel="next" className={LINK}>
              下一页
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
