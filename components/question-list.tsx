import type { ArticleSummary } from '@/lib/content/schema';
import { ExcerptLabel, YearLabel } from '@/components/labels';
import { buildYear } from '@/lib/core/config';
import { isDated } from '@/lib/content/dated';
import { knownDate } from '@/lib/site/catalog';
import { formatDate } from '@/lib/core/dates';
import { describe } from '@/lib/site/seo';
import { questionPath } from '@/lib/core/urls';

type Props = {
  articles: readonly ArticleSummary[];
  /** Show the opening of each answer under its question. */
  withSnippet?: boolean;
};

const SNIPPET_LENGTH = 60;

/** Questions as a list of links, each with what a reader weighs before opening it: summary or full, year, date. */
export function QuestionList({ articles, withSnippet = false }: Props) {
  const year = buildYear();
  return (
    <ul className="divide-y divide-line border-y border-line">
      {articles.map((article) => {
        const date = knownDate(article);
        const hasMeta = article.kind === 'excerpt' || article.newestYear !== undefined || date !== undefined;
        return (
          <li key={article.slug} className="q-item">
            <a href={questionPath(article.slug)} className="q-link">
              {article.question}
            </a>
            {hasMeta ? (
              <span className="q-meta">
                {article.kind === 'excerpt' ? <ExcerptLabel /> : null}
                {article.newestYear !== undefined ? <YearLabel year={article.newestYear} dated={isDated(article, year)} /> : null}
                {date ? <time dateTime={date}>{formatDate(date)}</time> : null}
              </span>
            ) : null}
            {withSnippet ? <p className="q-snippet">{describe(article.lead, SNIPPET_LENGTH)}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}
