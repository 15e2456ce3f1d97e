import type { Article } from '@/lib/content/schema';
import { formatDate } from '@/lib/core/dates';

type Props = Pick<Article, 'siteDates' | 'changeNote'>;

/**
 * 本站更新于 (and 首次发布 when it differs): when this site published and last changed the page, from the content
 * file's history or its front matter (lib/content/article-body.ts) — not the source's own date, which 发布于 shows. An
 * editor's 更新说明 goes beside it, as text.
 */
export function SiteDates({ siteDates, changeNote }: Props) {
  if (!siteDates) return null;
  const { published, updated } = siteDates;
  return (
    <>
      {updated ? (
        <span>
          本站更新于 <time dateTime={updated}>{formatDate(updated)}</time>
        </span>
      ) : null}
      {published && published !== updated ? (
        <span>
          首次发布 <time dateTime={published}>{formatDate(published)}</time>
        </span>
      ) : null}
      {changeNote ? <span className="basis-full">更新说明：{changeNote}</span> : null}
    </>
  );
}
