import { describe, expect, it } from 'vitest';
import { isDated } from '@/lib/content/dated';
import { createCatalog, knownDate, listingOrder } from '@/lib/site/catalog';
import { article, fixtureData } from './fixtures';

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('fixture record missing');
  return value;
}

const slugs = (list: readonly { slug: string }[]) => list.map((x) => x.slug);

describe('listing order', () => {
  it('puts full answers first, then excerpts, newest first inside each, undated last', () => {
    const list = listingOrder([
      article('e-old', { kind: 'excerpt', source: { name: '健康新闻', date: '2024-01-01' } }),
      article('f-undated'),
      article('e-new', { kind: 'excerpt', date: '2025-05-01' }),
      article('f-dated', { date: '2023-02-02' }),
    ]);
    expect(slugs(list)).toEqual(['f-dated', 'f-undated', 'e-new', 'e-old']);
  });
});

describe('dates and years', () => {
  it('takes the record date before the source date, and invents none', () => {
    expect(knownDate(article('a', { date: '2025-01-02', source: { name: 'x', date: '2024-01-01' } }))).toBe('2025-01-02');
    expect(knownDate(article('b', { source: { name: 'x', date: '2024-01-01' } }))).toBe('2024-01-01');
    expect(knownDate(article('c', { source: { name: 'x' } }))).toBeUndefined();
  });

  it('flags figures from a year before the build year only', () => {
    expect(isDated(article('a', { years: [2024], newestYear: 2024 }), 2026)).toBe(true);
    expect(isDated(article('b', { years: [2026], newestYear: 2026 }), 2026)).toBe(false);
    expect(isDated(article('c'), 2026)).toBe(false);
  });
});

describe('catalog', () => {
  const site = createCatalog(fixtureData());

  it('lists a topic with full answers first, including articles whose second topic it is', () => {
    expect(slugs(site.topicArticles('family-copay'))).toEqual(['copay-full', 'new-excerpt', 'old-excerpt']);
    expect(slugs(site.topicArticles('remote-care'))).toEqual(['undated-full', 'new-excerpt']);
  });

  it('builds only topics and regions that have questions', () => {
    expect(slugs(site.topics())).toEqual(['family-copay', 'remote-care']);
    // By province in data order, each province before its cities.
    expect(slugs(site.regions())).toEqual(['guangdong', 'foshan', 'guangzhou', 'zhejiang', 'meishan']);
  });

  it('resolves related questions in order, dropping unknown slugs and the page itself', () => {
    expect(slugs(site.related(must(site.article('copay-full'))))).toEqual(['new-excerpt', 'old-excerpt']);
  });

  it('lists the full answers that named an excerpt', () => {
    expect(slugs(site.listedBy(must(site.article('new-excerpt'))))).toEqual(['copay-full']);
  });

  it('breadcrumbs go through the first topic', () => {
    expect(site.primaryTopic(must(site.article('new-excerpt')))?.name).toBe('异地就医');
  });

  it('groups a topic by region, provinces before their cities', () => {
    const groups = site.topicRegionGroups('family-copay');
    expect(groups.map((g) => [g.region.slug, slugs(g.articles)])).toEqual([
      ['foshan', ['new-excerpt']],
      ['guangzhou', ['new-excerpt']],
      ['zhejiang', ['copay-full']],
      ['meishan', ['old-excerpt']],
    ]);
  });

  it('groups the regions index by province and links a city to its province only when that has a page', () => {
    const groups = site.provinceGroups();
    expect(groups.map((g) => [g.key, g.province?.name, slugs(g.regions)])).toEqual([
      ['guangdong', '广东省', ['guangdong', 'foshan', 'guangzhou']],
      ['zhejiang', '浙江省', ['zhejiang']],
      ['sichuan', '四川省', ['meishan']],
    ]);
    expect(site.provinceOf(must(site.region('foshan')))?.slug).toBe('guangdong');
    expect(site.provinceOf(must(site.region('meishan')))).toBeUndefined();
    expect(slugs(site.citiesOf(must(site.region('guangdong'))))).toEqual(['foshan', 'guangzhou']);
  });

  it('lists recently added questions by known date only', () => {
    expect(slugs(site.recent(5))).toEqual(['new-excerpt', 'old-excerpt']);
    expect(slugs(site.recent(1))).toEqual(['new-excerpt']);
  });

  it('leads with the featured topics (topics.yaml `featured`) that have questions, in the file\'s order', () => {
    expect(slugs(site.featuredTopics())).toEqual(['family-copay', 'remote-care']);
    // maternity has an example but no questions: a search for it would find nothing, so it is not offered.
    expect(site.searchExamples()).toEqual(['家庭共济']);
    const more = createCatalog({
      ...fixtureData(),
      topics: [{ slug: 'contributions', name: '缴费', description: '', count: 0 }, ...fixtureData().topics],
      articles: [...fixtureData().articles, article('pay', { topics: ['contributions'] }), article('baby', { topics: ['maternity'] })],
    });
    expect(slugs(more.topicsFeaturedFirst())).toEqual(['family-copay', 'remote-care', 'maternity', 'contributions']);
  });

  it('labels a region by its short name unless another region shares it', () => {
    expect(site.regionLabel(must(site.region('foshan')))).toBe('佛山');
    expect(site.regionLabel(must(site.region('jilin')))).toBe('吉林省');
    expect(site.regionLabel(must(site.region('jilin-jilin')))).toBe('吉林市');
  });

  it('keeps a merged question\'s URL as an alias of the article it was merged into', () => {
    expect(site.questionSlugs()).toEqual(['old-excerpt', 'copay-full', 'new-excerpt', 'undated-full', 'copay-old-wording']);
    expect(site.questionPage('copay-old-wording')).toEqual({
      article: site.article('copay-full'),
      alias: { slug: 'copay-old-wording', question: '共济的钱先扣谁的' },
    });
    // An article's own slug wins over an alias that claims it.
    expect(site.questionPage('undated-full')).toEqual({ article: site.article('undated-full') });
    expect(site.questionPage('nothing-here')).toBeUndefined();
  });
});
