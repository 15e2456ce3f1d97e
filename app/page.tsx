import type { Metadata } from 'next';
import { PageSection } from '@/components/page-section';
import { QuestionList } from '@/components/question-list';
import { RegionChips } from '@/components/region-chips';
import { SearchBox } from '@/components/search-box';
import { TopicCards } from '@/components/topic-cards';
import { SITE_NAME, SITE_TAGLINE } from '@/lib/core/config';
import { catalog } from '@/lib/site/records';
import { pageMetadata } from '@/lib/site/seo';
import { homePath, regionPath, regionsPath, topicsPath } from '@/lib/core/urls';

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

      <PageSection id="topics-heading" title="按主题" more={{ href: topicsPath(), label: '全部主题' }}>
        <div className="mt-3">
          <TopicCards topics={topics} topQuestions={TOP_QUESTIONS} headingLevel={3} />
        </div>
      </PageSection>

      <div className="grid gap-12 lg:grid-cols-2">
        {recent.length > 0 ? (
          <PageSection id="recent-heading" title="最近收录">
            <div className="mt-3">
              <QuestionList articles={recent} />
            </div>
          </PageSection>
        ) : null}

        {regions.length > 0 ? (
          <PageSection id="regions-heading" title="按地区" more={{ href: regionsPath(), label: '全部地区' }}>
            <p className="mt-1 text-[0.9375rem] text-muted">医保政策各地不同，这些问题讲到了具体地区的规定。</p>
            <div className="mt-3">
              <RegionChips
                labelledBy="regions-heading"
                chips={regions.map((region) => ({ region, count: site.regionArticles(region.slug).length, href: regionPath(region.slug) }))}
              />
            </div>
          </PageSection>
        ) : null}
      </div>
    </div>
  );
}
