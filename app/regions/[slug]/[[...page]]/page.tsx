import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { JsonLd } from '@/components/json-ld';
import { Pagination } from '@/components/pagination';
import { QuestionList } from '@/components/question-list';
import { RegionChips } from '@/components/region-chips';
import type { ArticleSummary, Topic } from '@/lib/content/schema';
import { HOTLINE } from '@/lib/core/config';
import { listingPage, listingParams, pageSlice } from '@/lib/site/pagination';
import { catalog } from '@/lib/site/records';
import { breadcrumbJsonLd, pageMetadata } from '@/lib/site/seo';
import { homePath, regionPath, regionsPath, topicPath } from '@/lib/core/urls';

type Props = { params: Promise<{ slug: string; page?: string[] }> };

type TopicGroup = { topic: Topic; articles: ArticleSummary[] };

export const dynamicParams = false;

/** Every region, and every page of its question list (lib/site/pagination.ts). */
export function generateStaticParams() {
  const site = catalog();
  return listingParams(site.regions().map(({ slug }) => ({ slug, total: site.regionArticles(slug).length })));
}

/** The region and the page of its list that the URL names, or a 404. */
async function resolve(params: Props['params']) {
  const { slug, page: segments } = await params;
  const site = catalog();
  const region = site.region(slug);
  if (!region) notFound();
  const articles = site.regionArticles(slug);
  const listed = listingPage(segments, articles.length);
  if (!listed) notFound();
  return { site, region, articles, ...listed };
}

/** Consecutive questions under the same topic, as one group each; a page may open with a group the last one began. */
function groupByTopic(items: readonly { topic: Topic; article: ArticleSummary }[]): TopicGroup[] {
  const groups: TopicGroup[] = [];
  for (const { topic, article } of items) {
    const last = groups[groups.length - 1];
    if (last && last.topic.slug === topic.slug) last.articles.push(article);
    else groups.push({ topic, articles: [article] });
  }
  return groups;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { region, articles, page, count } = await resolve(params);
  return pageMetadata({
    title: page > 1 ? `${region.name}医保问题（第 ${page} 页）` : `${region.name}医保问题`,
    description: `讲到${region.name}医保、社保规定的 ${articles.length} 个问题${count > 1 ? `（第 ${page}/${count} 页）` : ''}：缴费标准、报销、异地就医和家庭共济等。`,
    path: regionPath(region.slug, page),
  });
}

export default async function RegionPage({ params }: Props) {
  const { site, region, articles, page, count } = await resolve(params);
  const slug = region.slug;
  const label = site.regionLabel(region);
  const province = site.provinceOf(region);
  // The cities and the province link are page 1's; later pages are the list and nothing else.
  const cities = region.level === 'province' && page === 1 ? site.citiesOf(region) : [];
  // Ordered by topic, each question under its first topic, so nothing is listed twice; then cut into pages.
  const ordered = site.topics().flatMap((topic) => articles.filter((a) => a.topics[0] === topic.slug).map((article) => ({ topic, article })));
  const byTopic = groupByTopic(pageSlice(ordered, page));
  const crumbs = [
    { name: '首页', path: homePath() },
    { name: '地区', path: regionsPath() },
    ...(province ? [{ name: province.name, path: regionPath(province.slug) }] : []),
    { name: region.name, path: regionPath(slug) },
  ];

  return (
    <>
      <JsonLd data={breadcrumbJsonLd(crumbs)} />
      <Breadcrumbs crumbs={crumbs} />
      <header className="mt-2 max-w-measure">
        <h1 className="text-[1.75rem] leading-snug font-bold lg:text-[2rem]">{region.name}</h1>
        <p className="mt-2 text-muted">
          讲到{label}规定的 {articles.length} 个问题{count > 1 ? `，这是第 ${page}/${count} 页` : ''}。各地政策不同且逐年调整，办理前请以{label}医保部门或 {HOTLINE}{' '}
          医保服务热线的答复为准。
        </p>
      </header>

      <div className="lg:flex lg:items-start lg:gap-14">
        {cities.length > 0 ? (
          <nav aria-labelledby="cities-heading" className="mt-6 lg:sticky lg:top-4 lg:order-last lg:mt-8 lg:w-72 lg:shrink-0 lg:rounded-lg lg:border lg:border-line lg:bg-surface lg:p-4">
            <h2 id="cities-heading" className="text-base font-bold">
              {label}的城市
            </h2>
            <div className="mt-3">
              <RegionChips
                labelledBy="cities-heading"
                chips={cities.map((city) => ({ region: city, count: site.regionArticles(city.slug).length, href: regionPath(city.slug) }))}
              />
            </div>
          </nav>
        ) : null}
        {province && page === 1 ? (
          <p className="mt-4 lg:order-last lg:mt-8 lg:w-72 lg:shrink-0">
            <a href={regionPath(province.slug)} className="inline-flex min-h-11 items-center text-accent underline underline-offset-4">
              看{province.name}全省的问题
            </a>
          </p>
        ) : null}

        <div className="mt-8 max-w-measure min-w-0 flex-1 space-y-10">
          {byTopic.map(({ topic, articles: inTopic }) => (
            <section key={topic.slug} id={`topic-${topic.slug}`} aria-labelledby={`topic-${topic.slug}-heading`}>
              <div className="flex flex-wrap items-baseline justify-between gap-x-4">
                <h2 id={`topic-${topic.slug}-heading`} className="text-xl font-bold">
                  {topic.name}
                </h2>
                <a href={topicPath(topic.slug)} className="inline-flex min-h-11 items-center text-[0.9375rem] text-accent underline underline-offset-4">
                  {topic.name}的全部问题
                </a>
              </div>
              <div className="mt-2">
                <QuestionList articles={inTopic} withSnippet />
              </div>
            </section>
          ))}
          <Pagination page={page} count={count} href={(n) => regionPath(slug, n)} />
        </div>
      </div>
    </>
  );
}
