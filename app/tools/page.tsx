import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { Calculator } from '@/components/calculator';
import { JsonLd } from '@/components/json-ld';
import { entryForRegions } from '@/lib/content/rates';
import { homePath, toolPath, toolsPath, topicPath } from '@/lib/core/urls';
import { rates } from '@/lib/site/rates';
import { catalog } from '@/lib/site/records';
import { breadcrumbJsonLd, pageMetadata } from '@/lib/site/seo';

const TITLE = '医保计算器';

export const metadata: Metadata = pageMetadata({
  title: TITLE,
  description: '生育津贴、住院报销估算、灵活就业缴费：按公式一步步算，每个数字写明地区、有效期和依据。',
  path: toolsPath(),
});

/** Every calculator on one page, each with its topic's link; a calculator starts on its national or newest rates. */
export default function ToolsPage() {
  const { calculators } = rates();
  const site = catalog();
  const crumbs = [
    { name: '首页', path: homePath() },
    { name: TITLE, path: toolsPath() },
  ];
  return (
    <>
      <JsonLd data={breadcrumbJsonLd(crumbs)} />
      <Breadcrumbs crumbs={crumbs} />
      <header className="mt-2 max-w-measure">
        <h1 className="text-[1.75rem] leading-snug font-bold lg:text-[2rem]">{TITLE}</h1>
        <p className="mt-2 text-muted">按公式一步步算，每一步写明依据。各地标准不同、每年调整，结果仅供参考，以当地医保部门核定的为准。</p>
        <ul className="mt-3 flex flex-wrap gap-x-4">
          {calculators.map((c) => (
            <li key={c.kind}>
              <a href={toolPath(c.kind)} className="inline-flex min-h-11 items-center text-accent underline underline-offset-4">
                {c.title}
              </a>
            </li>
          ))}
        </ul>
      </header>
      {calculators.map((c) => {
        const topics = c.topics.flatMap((slug) => site.topic(slug) ?? []);
        return (
          <div key={c.kind}>
            <Calculator calculator={c} entry={entryForRegions(c.entries, [])} />
            {topics.length > 0 ? (
              <p className="-mt-6 mb-8 text-[0.9375rem]">
                相关问题：
                {topics.map((t) => (
                  <a key={t.slug} href={topicPath(t.slug)} className="inline-flex min-h-11 items-center text-accent underline underline-offset-4">
                    {t.name}
                  </a>
                ))}
              </p>
            ) : null}
          </div>
        );
      })}
    </>
  );
}
