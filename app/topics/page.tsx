import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { JsonLd } from '@/components/json-ld';
import { TopicCards } from '@/components/topic-cards';
import { catalog } from '@/lib/site/records';
import { breadcrumbJsonLd, pageMetadata } from '@/lib/site/seo';
import { homePath, topicsPath } from '@/lib/core/urls';

export const metadata: Metadata = pageMetadata({
  title: '全部主题',
  description: '按主题查看医保、社保问题：家庭共济、异地就医、灵活就业参保、生育津贴等。',
  path: topicsPath(),
});

export default function TopicsPage() {
  const topics = catalog().topicsFeaturedFirst();
  const crumbs = [
    { name: '首页', path: homePath() },
    { name: '全部主题', path: topicsPath() },
  ];
  return (
    <>
      <JsonLd data={breadcrumbJsonLd(crumbs)} />
      <Breadcrumbs crumbs={crumbs} />
      <header className="mt-2 max-w-measure">
        <h1 className="text-[1.75rem] leading-snug font-bold lg:text-[2rem]">全部主题</h1>
        <p className="mt-2 text-muted">共 {topics.length} 个主题。每个主题下先列完整解答，再列摘要。</p>
      </header>
      <div className="mt-8">
        <TopicCards topics={topics} />
      </div>
    </>
  );
}
