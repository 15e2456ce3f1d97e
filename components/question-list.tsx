import type { ArticleSummary } from '@/lib/content/schema';
import { toReact } from '@/components/markup';
import { excerptTag, yearTag } from '@/lib/markup/labels';
import { questionItem } from '@/lib/markup/question-item';
import { el } from '@/lib/markup/tree';
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
        const item = questionItem({
          href: questionPath(article.slug),
          question: article.question,
          meta: [
            article.kind === 'excerpt' && excerptTag(),
            article.newestYear !== undefined && yearTag(article.newestYear, isDated(article, year)),
            date && el('time', { datetime: date }, formatDate(date)),
          ],
          snippet: withSnippet ? describe(article.lead, SNIPPET_LENGTH) : undefined,
        });
        return toReact(item, article.slug);
      })}
    </ul>
  );
}
