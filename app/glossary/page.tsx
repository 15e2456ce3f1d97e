import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { JsonLd } from '@/components/json-ld';
import type { GlossaryEntry } from '@/lib/content/schema';
import { catalog, glossary } from '@/lib/site/records';
import { breadcrumbJsonLd, glossaryJsonLd, pageMetadata } from '@/lib/site/seo';
import { glossaryPath, homePath, questionPath, searchPath } from '@/lib/core/urls';

const TITLE = '医保名词解释';
/** Other names shown per concept; search knows them all. */
const FORMS_SHOWN = 10;

export const metadata: Metadata = pageMetadata({
  title: TITLE,
  description: '起付线、封顶线、门诊慢特病、个人账户、家庭共济、异地就医备案、生育津贴……常见医保名词的白话解释、居民常用的其他叫法，以及讲到它们的问题。',
  path: glossaryPath(),
});

/** Concepts grouped under their first topic, in the topics' order; concepts of no topic last. */
function groups(entries: GlossaryEntry[]): { id: string; name: string; entries: GlossaryEntry[] }[] {
  const topics = catalog().topics();
  const byTopic = new Map<string, GlossaryEntry[]>();
  for (const e of entries) {
    const key = e.topics.find((t) => topics.some((x) => x.slug === t)) ?? '';
    byTopic.set(key, [...(byTopic.get(key) ?? []), e]);
  }
  return [
    ...topics.flatMap((t) => {
      const list = byTopic.get(t.slug);
      return list ? [{ id: `group-${t.slug}`, name: t.name, entries: list }] : [];
    }),
    ...(byTopic.has('') ? [{ id: 'group-other', name: '其他医保名词', entries: byTopic.get('') ?? [] }] : []),
  ];
}

/**
 * Every lexicon concept for residents: its plain gloss, the other names people use, and a few questions that
 * name it. Static HTML with an in-page index; nothing here runs in the browser.
 */
export default function GlossaryPage() {
  const entries = glossary();
  const sections = groups(entries);
  const crumbs = [
    { name: '首页', path: homePath() },
    { name: TITLE, path: glossaryPath() },
  ];
  return (
    <>
      <JsonLd data={[breadcrumbJsonLd(crumbs), glossaryJsonLd(TITLE, glossaryPath(), entries)]} />
      <Breadcrumbs crumbs={crumbs} />
      <header className="mt-2 max-w-measure">
        <h1 className="text-[1.75rem] leading-snug font-bold lg:text-[2rem]">{TITLE}</h1>
        <p className="mt-2 text-muted">
          共 {entries.length} 个常用医保名词，每个都有一句白话解释和大家常说的其他叫法。各地政策不同，具体以当地医保部门为准。
        </p>
      </header>

      <nav aria-labelledby="glossary-index" className="mt-6 max-w-measure rounded-lg border border-line bg-surface p-4">
        <h2 id="glossary-index" className="text-base font-bold">
          按类别查找
        </h2>
        <ul className="mt-2 flex flex-wrap gap-x-1 gap-y-0">
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`} className="nav-link">
                {s.name}（{s.entries.length}）
              </a>
            </li>
          ))}
        </ul>
      </nav>

      {sections.map((s) => (
        <section key={s.id} aria-labelledby={s.id} className="mt-10 max-w-measure">
          <h2 id={s.id} className="scroll-mt-4 border-b border-line pb-2 text-[1.375rem] font-bold">
            {s.name}
          </h2>
          <p className="mt-2 text-[0.9375rem] text-muted">
            {s.entries.map((e, i) => (
              <span key={e.id}>
                {i > 0 ? '、' : ''}
                <a href={`#${e.id}`} className="text-accent underline-offset-4 hover:underline">
                  {e.term}
                </a>
              </span>
            ))}
          </p>
          <dl className="mt-4 space-y-6">
            {s.entries.map((e) => (
              <div key={e.id} id={e.id} className="scroll-mt-4">
                <dt className="text-[1.1875rem] font-bold">{e.term}</dt>
                <dd className="mt-1 leading-relaxed">{e.gloss}</dd>
                {e.forms.length > 0 ? (
                  <dd className="mt-1 text-[0.9375rem] text-muted">
                    <span className="font-medium text-ink">也叫：</span>
                    {e.forms.slice(0, FORMS_SHOWN).join('、')}
                    {e.forms.length > FORMS_SHOWN ? '等' : ''}
                  </dd>
                ) : null}
                {e.questions.length > 0 ? (
                  <dd className="mt-1">
                    <span className="text-[0.9375rem] font-medium">讲到它的问题：</span>
                    <ul>
                      {e.questions.map((q) => (
                        <li key={q.slug}>
                          <a href={questionPath(q.slug)} className="q-link">
                            {q.question}
                          </a>
                        </li>
                      ))}
                    </ul>
                    {e.total > e.questions.length ? (
                      <a href={`${searchPath()}?q=${encodeURIComponent(e.term)}`} className="inline-flex min-h-11 items-center text-[0.9375rem] text-accent underline underline-offset-4">
                        搜索全部 {e.total} 个相关问题
                      </a>
                    ) : null}
                  </dd>
                ) : null}
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}
