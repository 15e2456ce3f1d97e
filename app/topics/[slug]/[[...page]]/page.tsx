import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { JsonLd } from '@/components/json-ld';
import { Pagination } from '@/components/pagination';
import { QuestionList } from '@/components/question-list';
import { RegionChips } from '@/components/region-chips';
import { listingPage, listingParams, pageSlice } from '@/lib/site/pagination';
import { topicCalculators } from '@/lib/site/rates';
import { catalog, glossary } from '@/lib/site/records';
import { breadcrumbJsonLd, pageMetadata } from '@/lib/site/seo';
import { glossaryPath, glossaryTermPath, homePath, regionAnchor, regionPath, toolPath, topicPath } from '@/lib/core/urls';

type Props = { params: Promise<{ slug: string; page?: string[] }> };

/** Lexicon terms of the topic page 1 names, linking to their 医保名词解释 entries. */
const TERMS_SHOWN = 8;

/** Questions a region's group on page 1 shows; the region's own page lists the rest. */
const REGION_PREVIEW = 5;

export const dynamicParams = false;

/** Every topic, and every page of its question list (lib/site/pagination.ts). */
export function generateStaticParams() {
  const site = catalog();
  return listingParams(site.topics().map(({ slug }) => ({ slug, total: site.topicArticles(slug).length })));
}

/** The topic and the page of its list that the URL names, or a 404. */
async function resolve(params: Props['params']) {
  const { slug, page: segments } = await params;
  const site = catalog();
  const topic = site.topic(slug);
  if (!topic) notFound();
  const articles = site.topicArticles(slug);
  const listed = listingPage(segments, articles.length);
  if (!listed) notFound();
  return { site, topic, articles, ...listed };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { topic, articles, page, count } = await resolve(params);
  return pageMetadata({
    title: page > 1 ? `${topic.name}（第 ${page} 页）` : topic.name,
    description: `${topic.description}共 ${articles.length} 个问题${count > 1 ? `，第 ${page}/${count} 页` : ''}。`,
    path: topicPath(topic.slug, page),
  });
}

export default async function TopicPage({ params }: Props) {
  const { site, topic, articles, page, count } = await resolve(params);
  const slug = topic.slug;
  const shown = pageSlice(articles, page);
  const full = shown.filter((a) => a.kind === 'full');
  const excerpts = shown.filter((a) => a.kind === 'excerpt');
  const fullTotal = articles.filter((a) => a.kind === 'full').length;
  // Narrowing by region is page 1's job; later pages are the list and nothing else.
  const groups = page === 1 ? site.topicRegionGroups(slug) : [];
  // The topic's words most questions use first, so the line names what readers meet.
  const tools = topicCalculators(slug);
  const terms = page === 1 ? glossary().filter((e) => e.topics.includes(slug)).sort((a, b) => b.total - a.total).slice(0, TERMS_SHOWN) : [];
  const crumbs = [
    { name: '首页', path: homePath() },
    { name: topic.name, path: topicPath(slug) },
  ];

  return (
    <>
      <JsonLd data={breadcrumbJsonLd(crumbs)} />
      <Breadcrumbs crumbs={crumbs} />
      <header className="mt-2 max-w-measure">
        <h1 className="text-[1.75rem] leading-snug font-bold lg:text-[2rem]">{topic.name}</h1>
        <p className="mt-2 text-muted">
          {topic.description}共 {articles.length} 个问题{count > 1 ? `，这是第 ${page}/${count} 页` : ''}。
        </p>
        {terms.length > 0 ? (
          <p className="mt-2 text-[0.9375rem] text-muted">
            常见名词：
            {terms.map((t, i) => (
              <span key={t.id}>
                {i > 0 ? '、' : ''}
                <a href={glossaryTermPath(t.id)} className="text-accent underline-offset-4 hover:underline">
                  {t.term}
                </a>
              </span>
            ))}
            {' · '}
            <a href={glossaryPath()} className="text-accent underline underline-offset-4">
              医保名词解释
            </a>
          </p>
        ) : null}
        {tools.length > 0 ? (
          <p className="mt-2 text-[0.9375rem]">
            算一算：
            {tools.map((c, i) => (
              <span key={c.kind}>
                {i > 0 ? '、' : ''}
                <a href={toolPath(c.kind)} className="inline-flex min-h-11 items-center text-accent underline underline-offset-4">
                  {c.title}
                </a>
              </span>
            ))}
          </p>
        ) : null}
      </header>

      <div className="lg:flex lg:items-start lg:gap-14">
        {groups.length > 0 ? (
          <nav aria-labelledby="narrow-heading" className="mt-6 lg:sticky lg:top-4 lg:order-last lg:mt-8 lg:w-72 lg:shrink-0 lg:rounded-lg lg:border lg:border-line lg:bg-surface lg:p-4">
            <h2 id="narrow-heading" className="text-base font-bold">
              按地区查看
            </h2>
            <p className="mt-1 text-[0.9375rem] text-muted">点地区，跳到本主题下讲该地规定的问题。</p>
            <div className="mt-3">
              <RegionChips
                labelledBy="narrow-heading"
                chips={groups.map(({ region, articles: inRegion }) => ({ region, count: inRegion.length, href: `#${regionAnchor(region.slug)}` }))}
              />
            </div>
          </nav>
        ) : null}

        <div className="mt-8 max-w-measure min-w-0 flex-1 space-y-10">
          {full.length > 0 ? (
            <section aria-labelledby="full-heading">
              <h2 id="full-heading" className="text-xl font-bold">
                完整解答 <span className="text-base font-normal text-muted">{fullTotal}</span>
              </h2>
              <div className="mt-3">
                <QuestionList articles={full} withSnippet />
              </div>
            </section>
          ) : null}
          {excerpts.length > 0 ? (
            <section aria-labelledby="excerpt-heading">
              <h2 id="excerpt-heading" className="text-xl font-bold">
                摘要 <span className="text-base font-normal text-muted">{articles.length - fullTotal}</span>
              </h2>
              <p className="mt-1 text-[0.9375rem] text-muted">摘自其他问答页面的简短内容，原文在中途截断。</p>
              <div className="mt-3">
                <QuestionList articles={excerpts} withSnippet />
              </div>
            </section>
          ) : null}
          <Pagination page={page} count={count} href={(n) => topicPath(slug, n)} />

          {groups.length > 0 ? (
            <section aria-labelledby="by-region-heading">
              <h2 id="by-region-heading" className="text-xl font-bold">
                按地区
              </h2>
              <p className="mt-1 text-[0.9375rem] text-muted">没有列在这里的问题不特指某个地区，各地规定可能不同。</p>
              <div className="mt-4 space-y-8">
                {groups.map(({ region, articles: inRegion }) => (
                  <section key={region.slug} id={regionAnchor(region.slug)} aria-labelledby={`${regionAnchor(region.slug)}-heading`}>
                    <div className="flex flex-wrap items-baseline justify-between gap-x-4">
                      <h3 id={`${regionAnchor(region.slug)}-heading`} className="text-lg font-bold">
                        {region.name}
                      </h3>
                      <a href={regionPath(region.slug)} className="inline-flex min-h-11 items-center text-[0.9375rem] text-accent underline underline-offset-4">
                        {site.regionLabel(region)}的全部问题
                      </a>
                    </div>
                    <div className="mt-2">
                      <QuestionList articles={inRegion.slice(0, REGION_PREVIEW)} />
                    </div>
                    {inRegion.length > REGION_PREVIEW ? (
                      <p className="mt-2 text-[0.9375rem] text-muted">
                        本主题下讲{site.regionLabel(region)}的问题共 {inRegion.length} 个，这里列出前 {REGION_PREVIEW} 个。
                      </p>
                    ) : null}
                  </section>
                ))}
              </div>
            </section>
          ) : null}
        </div>
      </div>
    </>
  );
}
