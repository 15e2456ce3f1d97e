import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { JsonLd } from '@/components/json-ld';
import { RegionChips } from '@/components/region-chips';
import { catalog } from '@/lib/site/records';
import { breadcrumbJsonLd, pageMetadata } from '@/lib/site/seo';
import { homePath, regionPath, regionsPath } from '@/lib/core/urls';

export const metadata: Metadata = pageMetadata({
  title: '按地区查看',
  description: '按省份和城市查看讲到当地医保、社保规定的问题。',
  path: regionsPath(),
});

export default function RegionsPage() {
  const site = catalog();
  const groups = site.provinceGroups();
  const crumbs = [
    { name: '首页', path: homePath() },
    { name: '地区', path: regionsPath() },
  ];

  return (
    <>
      <JsonLd data={breadcrumbJsonLd(crumbs)} />
      <Breadcrumbs crumbs={crumbs} />
      <header className="mt-2 max-w-measure">
        <h1 className="text-[1.75rem] leading-snug font-bold lg:text-[2rem]">按地区查看</h1>
        <p className="mt-2 text-muted">医保政策各地不同。这里按省份列出讲到当地规定的问题；没有特指地区的问题请从主题查看。</p>
      </header>
      <div className="mt-8 grid gap-6 md:grid-cols-2">
        {groups.map(({ key, province, regions }) => {
          const own = province && regions.includes(province);
          const cities = regions.filter((r) => r !== province);
          return (
            <section key={key} aria-labelledby={`province-${key}`} className="rounded-lg border border-line bg-surface p-4">
              <h2 id={`province-${key}`} className="text-lg font-bold">
                {province ? (
                  own ? (
                    <a href={regionPath(province.slug)} className="inline-flex min-h-11 items-center gap-2 text-accent underline-offset-4 hover:underline">
                      {province.name}
                      <span className="text-[0.9375rem] font-normal text-muted">{site.regionArticles(province.slug).length} 个问题</span>
                    </a>
                  ) : (
                    <span className="inline-flex min-h-11 items-center">{province.name}</span>
                  )
                ) : (
                  <span className="inline-flex min-h-11 items-center">{cities.map((c) => c.name).join('、')}</span>
                )}
              </h2>
              {cities.length > 0 ? (
                <div className="mt-2">
                  <RegionChips
                    labelledBy={`province-${key}`}
                    chips={cities.map((city) => ({ region: city, count: site.regionArticles(city.slug).length, href: regionPath(city.slug) }))}
                  />
                </div>
              ) : null}
            </section>
          );
        })}
      </div>
    </>
  );
}
