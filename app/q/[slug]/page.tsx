import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AnswerBody } from '@/components/answer-body';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { Calculator } from '@/components/calculator';
import { DatedNotice } from '@/components/dated-notice';
import { Feedback } from '@/components/feedback';
import { JsonLd } from '@/components/json-ld';
import { KeyPoint } from '@/components/key-point';
import { ExcerptLabel } from '@/components/labels';
import { MedicalNotice } from '@/components/medical-notice';
import { PageSection } from '@/components/page-section';
import { QuestionList } from '@/components/question-list';
import { ReadingAloud } from '@/components/reading-aloud';
import { SaveOffline } from '@/components/save-offline';
import { SiteDates } from '@/components/site-dates';
import { TableOfContents } from '@/components/table-of-contents';
import { isDated } from '@/lib/content/dated';
import { knownDate, namedOnly } from '@/lib/site/catalog';
import { buildYear } from '@/lib/core/config';
import { formatDate } from '@/lib/core/dates';
import { pageCalculators, splitAfterFirstSection } from '@/lib/site/rates';
import { catalog, fullArticle } from '@/lib/site/records';
import { articleJsonLd, breadcrumbJsonLd, questionMetadata } from '@/lib/site/seo';
import { absoluteUrl, homePath, questionPath, regionPath, topicPath } from '@/lib/core/urls';

type Props = { params: Promise<{ slug: string }> };

/** A table of contents helps only when an answer has this many sections. */
const TOC_MIN_SECTIONS = 3;

export const dynamicParams = false;

export function generateStaticParams() {
  return catalog()
    .questionSlugs()
    .map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const page = catalog().questionPage(slug);
  if (!page) notFound();
  // An alias page's canonical URL is the article it was merged into.
  return questionMetadata(fullArticle(page.article.slug), questionPath(page.article.slug));
}

export default async function QuestionPage({ params }: Props) {
  const { slug } = await params;
  const site = catalog();
  const page = site.questionPage(slug);
  if (!page) notFound();

  const { alias } = page;
  const article = fullArticle(page.article.slug);
  const path = questionPath(article.slug);
  const topic = site.primaryTopic(article);
  const crumbs = [
    { name: '首页', path: homePath() },
    ...(topic ? [{ name: topic.name, path: topicPath(topic.slug) }] : []),
    { name: article.question, path },
  ];
  const topics = site.topicsOf(article);
  const regions = site.regionsOf(article);
  // An excerpt's page names the full answers on its main concepts, and apart from them the pages it was found on
  // (their related lists carried it: its source, not its answer); 相关问题 does not repeat either.
  const fullAnswers = article.kind === 'excerpt' ? site.fullAnswers(article) : [];
  const listedBy = article.kind === 'excerpt' ? site.listedBy(article) : [];
  const named = new Set([...fullAnswers, ...listedBy].map((a) => a.slug));
  const related = site.related(article).filter((a) => !named.has(a.slug));
  const date = knownDate(article);
  const excerpt = article.kind === 'excerpt';
  // A related list of bare titles names a question without any of its text.
  const titleOnly = namedOnly(article);
  const hasToc = article.sections.length >= TOC_MIN_SECTIONS;
  // A calculator the content step matched to this answer (content/rates/*.yaml: topics and concepts) goes after its first section.
  const calculators = pageCalculators(article.slug);
  const answer = calculators.length > 0 ? splitAfterFirstSection(article.answerHtml) : { before: article.answerHtml, after: '' };

  return (
    <>
      <JsonLd data={[articleJsonLd(article, path), breadcrumbJsonLd(crumbs)]} />
      <Breadcrumbs crumbs={crumbs} />
      <article className={hasToc ? 'question-layout has-toc mt-2' : 'question-layout mt-2'}>
        <header className="max-w-measure space-y-3 [grid-area:head]">
          <p className="hidden print-only text-sm">{absoluteUrl(path)}</p>
          <h1 data-read-aloud className="text-[1.625rem] leading-snug font-bold lg:text-[2rem]">{article.question}</h1>
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-[0.9375rem] text-muted">
            {excerpt ? <ExcerptLabel /> : null}
            {article.source ? <span>来源：{article.source.name}</span> : null}
            {date && (article.source || !article.siteDates) ? (
              <span>
                {article.source ? '发布于 ' : '日期：'}
                <time dateTime={date}>{formatDate(date)}</time>
              </span>
            ) : null}
            <SiteDates siteDates={article.siteDates} changeNote={article.changeNote} />
          </p>
          {article.keyPoint ? <KeyPoint text={article.keyPoint.text} /> : null}
          <ReadingAloud selector="[data-read-aloud]" />
          <SaveOffline excerpts={related.filter((a) => a.kind === 'excerpt')} />
          {article.altTitles.length > 0 ? (
            <section aria-labelledby="alt-titles" className="text-[0.9375rem]">
              <h2 id="alt-titles" className="font-bold text-muted">
                也有人这样问
              </h2>
              <ul className="list-disc pl-5 text-muted">
                {article.altTitles.map((title) => (
                  <li key={title}>{title}</li>
                ))}
              </ul>
            </section>
          ) : null}
          {alias ? (
            <p role="note" className="border-l-4 border-accent pl-3 text-[0.9375rem]">
              「{alias.question}」和这个问题的内容相同，已合并到本页。
            </p>
          ) : null}
          {isDated(article, buildYear()) ? <DatedNotice year={article.newestYear} /> : null}
          {excerpt && titleOnly ? (
            <p role="note" className="border-l-4 border-line pl-3 text-[0.9375rem] text-muted">
              这个问题只列在其他页面的相关问题里，本站还没有它的解答。
            </p>
          ) : excerpt ? (
            <p role="note" className="border-l-4 border-line pl-3 text-[0.9375rem] text-muted">
              这是一篇<strong className="font-bold text-ink">摘要</strong>：下面的文字摘自
              {article.source ? `「${article.source.name}」` : '其他问答页面'}
              {date ? `${formatDate(date)}发布的内容` : '的内容'}，原文在中途被截断，不是完整解答。
            </p>
          ) : null}
        </header>

        {hasToc ? <TableOfContents sections={article.sections} /> : null}
        <div className="question-body min-w-0 [grid-area:body]">
          <div data-read-aloud>
            <AnswerBody html={answer.before} />
          </div>
          {calculators.map(({ calculator, entry }) => (
            <Calculator key={calculator.kind} calculator={calculator} entry={entry} />
          ))}
          {answer.after ? (
            <div data-read-aloud>
              <AnswerBody html={answer.after} />
            </div>
          ) : null}
          {excerpt && !titleOnly ? <p className="mt-2 max-w-measure text-[0.9375rem] text-muted">（摘要到此为止，原文未完）</p> : null}

          {excerpt ? (
            <section aria-labelledby="full-answers" className="mt-8 max-w-measure">
              <h2 id="full-answers" className="text-xl font-bold">
                完整解答
              </h2>
              {fullAnswers.length > 0 ? (
                <>
                  <p className="mt-2 text-[0.9375rem] text-muted">讲同一件事的完整解答：</p>
                  <div className="mt-1">
                    <QuestionList articles={fullAnswers} />
                  </div>
                </>
              ) : (
                <p className="mt-2">
                  暂时没有完整解答专门讲这个问题，可以看看
                  {topic ? (
                    <a href={topicPath(topic.slug)} className="text-accent underline underline-offset-4">
                      「{topic.name}」主题
                    </a>
                  ) : (
                    '其他主题'
                  )}
                  下的其他问题。
                </p>
              )}
            </section>
          ) : null}
          {excerpt && listedBy.length > 0 ? (
            <section aria-labelledby="found-on" className="mt-8 max-w-measure">
              <h2 id="found-on" className="text-xl font-bold">
                这段摘要出现在
              </h2>
              <p className="mt-2 text-[0.9375rem] text-muted">这些解答在「相关问题」里列出了这段摘要，它们讲的不一定是这个问题：</p>
              <div className="mt-1">
                <QuestionList articles={listedBy} />
              </div>
            </section>
          ) : null}

          <dl className="mt-8 space-y-2 border-t border-line pt-4 text-[0.9375rem]">
            <div className="flex flex-wrap items-center gap-x-2">
              <dt className="text-muted">所属主题</dt>
              {topics.map((t) => (
                <dd key={t.slug}>
                  <a href={topicPath(t.slug)} className="inline-flex min-h-11 items-center px-1 text-accent underline underline-offset-4">
                    {t.name}
                  </a>
                </dd>
              ))}
            </div>
            <div className="flex flex-wrap items-center gap-x-2">
              <dt className="text-muted">涉及地区</dt>
              {regions.length > 0 ? (
                regions.map((r) => (
                  <dd key={r.slug}>
                    <a href={regionPath(r.slug)} className="inline-flex min-h-11 items-center px-1 text-accent underline underline-offset-4">
                      {r.name}
                    </a>
                  </dd>
                ))
              ) : (
                <dd className="py-2.5">未特指地区（各地规定可能不同）</dd>
              )}
            </div>
          </dl>
          <Feedback page={path} />
        </div>
        <MedicalNotice regions={regions} />
      </article>

      {related.length > 0 ? (
        <PageSection id="related-heading" title="相关问题" className="mt-12 max-w-measure print-hidden">
          <div className="mt-3">
            <QuestionList articles={related} />
          </div>
        </PageSection>
      ) : null}
    </>
  );
}
