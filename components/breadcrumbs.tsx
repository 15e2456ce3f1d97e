import type { Crumb } from '@/lib/site/seo';

type Props = { crumbs: readonly Crumb[] };

/** 首页 › topic › page. The last crumb is the current page and is not a link. */
export function Breadcrumbs({ crumbs }: Props) {
  return (
    <nav aria-label="面包屑" className="print-hidden text-[0.9375rem] text-muted">
      <ol className="flex flex-wrap items-center">
        {crumbs.map((crumb, index) => {
          const last = index === crumbs.length - 1;
          return (
            <li key={crumb.path} className="flex min-w-0 items-center">
              {last ? (
                <span aria-current="page" className="line-clamp-1 py-2">
                  {crumb.name}
                </span>
              ) : (
                <>
                  <a href={crumb.path} className="inline-flex min-h-11 items-center underline-offset-4 hover:text-accent hover:underline">
                    {crumb.name}
                  </a>
                  <span aria-hidden="true" className="px-2">
                    ›
                  </span>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
