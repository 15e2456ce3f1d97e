import type { Metadata } from 'next';
import { SearchPage } from '@/components/search-page';
import { catalog } from '@/lib/site/records';
import { pageMetadata } from '@/lib/site/seo';
import { searchPath } from '@/lib/core/urls';

export const metadata: Metadata = {
  ...pageMetadata({ title: '搜索', description: '搜索医保、社保问题：支持拼音、繁体字和常见的同音错别字。', path: searchPath() }),
  // Result lists are not pages of their own for search engines.
  robots: { index: false, follow: true },
};

export default function Search() {
  const topics = catalog()
    .topics()
    .map((t) => ({ slug: t.slug, name: t.name, count: t.count }));
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold">搜索</h1>
      <SearchPage topics={topics} examples={catalog().searchExamples()} />
    </div>
  );
}
