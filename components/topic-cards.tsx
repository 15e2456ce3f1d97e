import type { Topic } from '@/lib/content/schema';
import { catalog } from '@/lib/site/records';
import { questionPath, topicPath } from '@/lib/core/urls';
import { questionCount } from '@/lib/markup/topic-link';

type Props = {
  topics: readonly Topic[];
  /** How many of each topic's questions to show (full answers first); 0 shows none. */
  topQuestions?: number;
  /** Heading level of each topic's name, so the outline stays right wherever the cards appear. */
  headingLevel?: 2 | 3;
};

/** Topics with their question counts, descriptions and, on the home page, their first questions. */
export function TopicCards({ topics, topQuestions = 0, headingLevel = 2 }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {topics.map((topic) => {
        const articles = catalog().topicArticles(topic.slug);
        const top = articles.slice(0, topQuestions);
        return (
          <li key={topic.slug} className="flex flex-col rounded-lg border border-line bg-surface p-4">
            <Heading className="text-lg font-bold">
              <a href={topicPath(topic.slug)} className="inline-flex min-h-11 items-center gap-2 text-accent underline-offset-4 hover:underline">
                {topic.name}
                <span className="text-[0.9375rem] font-normal text-muted">{questionCount(articles.length)}</span>
              </a>
            </Heading>
            <p className="text-[0.9375rem] text-muted">{topic.description}</p>
            {top.length > 0 ? (
              <ul className="mt-2 space-y-0.5">
                {top.map((article) => (
                  <li key={article.slug}>
                    <a href={questionPath(article.slug)} className="inline-flex min-h-11 items-center leading-snug underline-offset-4 hover:text-accent hover:underline">
                      {article.question}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
