import type { Metadata } from 'next';
import { QuestionList } from '@/components/question-list';
import { RegionChips } from '@/components/region-chips';
import { SearchBox } from '@/components/search-box';
import { TopicCards } from '@/components/topic-cards';
import { SITE_NAME, SITE_TAGLINE } from '@/lib/site/config';
import { catalog } from '@/lib/site/records';
import { pageMetadata } from '@/lib/site/seo';
import { homePath, regionPath, regionsPath, topicsPath } from '@/lib/site/urls';

const TOP_QUESTIONS = 3;
const RECENT = 6;

export const metadata: Metadata = {
  ...pageMetadata({ title: SITE_NAME, description: SITE_TAGLINE, path: homePath() }),
  // The home page's title is the site name alone, not "医保问答 · 医保问答".
  title: { absolute: SITE_NAME },
};

export default function HomePage() {
  const site = catalog();
  const topics = site.topicsFeaturedFirst();
  const regions = site.regions();
  const recent = site.recent(RECENT);
  return (
    <div className="space-y-12">
      <section aria-labelledby="site-heading" className="rounded-xl bg-accent-soft px-4 py-8 sm:px-8">
        <div className="max-w-2xl">
          <h1 id="site-heading" className="text-[1.875rem] leading-snug font-bold text-accent-strong">
            {SITE_NAME}
          </h1>
          <p className="mt-2 text-lg">{SITE_TAGLINE}</p>
          <div className="mt-6">
            <SearchBox variant="hero" />
          </div>
        </div>
      </section>

      <section aria-labelledby="topics-heading">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4">
          <h2 id="topics-heading" className="text-xl font-bold">
            按主题
          </h2>
          <a href={topicsPath()} className="inline-flex min-h-11 items-center text-accent underline underline-offset-4">
            全部主题
          </a>
        </div>
        <div className="mt-3">
          <TopicCards topics={topics} topQuestions={TOP_QUESTIONS} headingLevel={3} />
        </div>
      </section>

      <div className="grid gap-12 lg:grid-cols-2">
        {recent.length > 0 ? (
          <section aria-labelledby="recent-heading">
            <h2 id="recent-heading" className="text-xl font-bold">
              最近收录
            </h2>
            <div className="mt-3">
              <QuestionList articles={recent} />
            </div>
          </section>
        ) : null}

        {regions.length > 0 ? (
          <section aria-labelledby="regions-heading">
            <div className="flex flex-wrap items-baseline justify-between gap-x-4">
              <h2 id="regions-heading" className="text-xl font-bold">
                按地区
              </h2>
              <a href={regionsPath()} className="inline-flex min-h-11 items-center text-accent underline underline-offset-4">
                全部地区
              </a>
            </div>
            <p className="mt-1 text-[0.9375rem] text-muted">医保政策各地不同，这些问题讲到了具体地区的规定。</p>
            <div className="mt-3">
              <RegionChips
                labelledBy="regions-heading"
                chips={regions.map((region) => ({ region, count: site.regionArticles(region.slug).length, href: regionPath(region.slug) }))}
              />
            </div>
          </section>
        ) : null}
      </div>
    </div>
  );
}
