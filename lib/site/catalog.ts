import { searchExamples, type Article, type ArticleSummary, type Region, type Topic } from '@/lib/content/schema';

/**
 * What the catalog needs of an article. The site's pages hold summaries (`ArticleSummary`); tests may pass
 * whole records, and get whole records back.
 */
export type Listed = Pick<ArticleSummary, 'slug' | 'kind' | 'question' | 'aliases' | 'source' | 'date' | 'newestYear' | 'topics' | 'regions'>;

/** What a question URL shows: an article, and the merged wording the reader came by when the URL is an alias. */
export type QuestionPage<A extends Listed = ArticleSummary> = { article: A; alias?: { slug: string; question: string } };

/** A region's questions in one topic: how a topic page narrows by region. */
export type RegionGroup<A extends Listed = ArticleSummary> = { region: Region; articles: A[] };

/** A province and the regions under it, for the regions index. */
export type ProvinceGroup = { province: Region | undefined; key: string; regions: Region[] };

/**
 * A question that another page only names in its related list, with none of its text (a full record's answer, or a
 * summary's lead, is empty). Its page says the site has no answer yet, and search engines are asked not to index it
 * and are not sent to it by the sitemap: a landing page with no answer helps no one.
 */
export function namedOnly(article: Pick<Article, 'kind'> & ({ lead: string } | { answerText: string })): boolean {
  return article.kind === 'excerpt' && ('lead' in article ? article.lead : article.answerText).trim() === '';
}

/** The date a record can be ordered by: its own date, else its source's. Never a file or build time. */
export function knownDate(article: Pick<Article, 'date' | 'source'>): string | undefined {
  return article.date ?? article.source?.date;
}

/** Newest first; undated records after dated ones, in the content step's order. */
function byDateDesc(a: Listed, b: Listed): number {
  const da = knownDate(a);
  const db = knownDate(b);
  if (da === db) return 0;
  if (da === undefined) return 1;
  if (db === undefined) return -1;
  return da < db ? 1 : -1;
}

/** The listing order everywhere: full answers first, then excerpts; newest first inside each. */
export function listingOrder<A extends Listed>(articles: readonly A[]): A[] {
  return [...articles].sort((a, b) => {
    if (a.kind !== b.kind) return a.kind === 'full' ? -1 : 1;
    return byDateDesc(a, b);
  });
}

/**
 * Lookups over the generated records, built once per build worker. Every list a page shows comes
 * from here, so ordering, grouping and what counts as "related" are decided in one place.
 */
export function createCatalog<A extends Listed>(data: { articles: A[]; topics: Topic[]; regions: Region[] }) {
  const articleMap = new Map(data.articles.map((a) => [a.slug, a]));
  const topicMap = new Map(data.topics.map((t) => [t.slug, t]));
  const regionMap = new Map(data.regions.map((r) => [r.slug, r]));
  const regionOrder = new Map(data.regions.map((r, i) => [r.slug, i]));
  // A merged question keeps its old URL as an alias page; an article's own slug always wins a clash.
  const aliasMap = new Map(
    data.articles.flatMap((article) =>
      (article.aliases ?? []).filter((alias) => !articleMap.has(alias.slug)).map((alias) => [alias.slug, { article, alias }] as const),
    ),
  );

  const resolve = <T>(slugs: readonly string[], map: Map<string, T>): T[] =>
    slugs.flatMap((slug) => {
      const found = map.get(slug);
      return found ? [found] : [];
    });

  // Every page's header and lists ask for these; computed once per build worker, or a
  // 10,000-question build does 10,000 × (topics + regions) scans of the whole corpus.
  const listings = new Map<string, A[]>();
  const articlesIn = (key: 'topics' | 'regions', slug: string): A[] => {
    const cacheKey = `${key}:${slug}`;
    let list = listings.get(cacheKey);
    if (!list) {
      list = listingOrder(data.articles.filter((a) => a[key].includes(slug)));
      listings.set(cacheKey, list);
    }
    return list;
  };
  const once = <T>(compute: () => T): (() => T) => {
    let cached: { value: T } | undefined;
    return () => (cached ??= { value: compute() }).value;
  };

  /** Regions in display order: by province (as the data lists them), the province before its cities. */
  const sortRegions = (regions: Region[]): Region[] => {
    const provinceRank = (r: Region) => regionOrder.get(r.province) ?? regionOrder.get(r.slug) ?? 0;
    return [...regions].sort(
      (a, b) =>
        provinceRank(a) - provinceRank(b) ||
        (a.level === b.level ? 0 : a.level === 'province' ? -1 : 1) ||
        (regionOrder.get(a.slug) ?? 0) - (regionOrder.get(b.slug) ?? 0),
    );
  };

  const dated = once(() => data.articles.filter((a) => knownDate(a) !== undefined).sort(byDateDesc));
  const shortNameCount = new Map<string, number>();
  for (const r of data.regions) shortNameCount.set(r.shortName, (shortNameCount.get(r.shortName) ?? 0) + 1);

  const catalog = {
    articles: (): A[] => data.articles,
    article: (slug: string): A | undefined => articleMap.get(slug),
    /** Every question URL the export builds: each article's own, then the aliases of merged questions. */
    questionSlugs: (): string[] => [...articleMap.keys(), ...aliasMap.keys()],
    questionPage: (slug: string): QuestionPage<A> | undefined => {
      const article = articleMap.get(slug);
      return article ? { article } : aliasMap.get(slug);
    },

    /** Topics that have questions; a topic page without questions is not built. */
    topics: once((): Topic[] => data.topics.filter((t) => articlesIn('topics', t.slug).length > 0)),
    topic: (slug: string): Topic | undefined => topicMap.get(slug),
    /** The header's topics: the featured ones (content/topics.yaml) that have questions, in the file's order. */
    featuredTopics: (): Topic[] => catalog.topics().filter((t) => t.featured),
    /** All built topics, the featured ones first, each group in the file's order. */
    topicsFeaturedFirst: (): Topic[] => [...catalog.topics().filter((t) => t.featured), ...catalog.topics().filter((t) => !t.featured)],
    /** Searches offered as examples: the featured topics' `search_example`, in the file's order. */
    searchExamples: (): string[] => searchExamples(catalog.topics()),
    topicsOf: (article: Pick<Article, 'topics'>): Topic[] => resolve(article.topics, topicMap),
    /** The topic a question's breadcrumb goes through: the first the content step assigned. */
    primaryTopic: (article: Pick<Article, 'topics'>): Topic | undefined => resolve(article.topics, topicMap)[0],
    topicArticles: (slug: string): A[] => articlesIn('topics', slug),

    /** Regions that have questions, in display order. */
    regions: once((): Region[] => sortRegions(data.regions.filter((r) => articlesIn('regions', r.slug).length > 0))),
    region: (slug: string): Region | undefined => regionMap.get(slug),
    /** A region's short name, or its full name where two regions share a short name (吉林省 and 吉林市). */
    regionLabel: (region: Region): string => ((shortNameCount.get(region.shortName) ?? 0) > 1 ? region.name : region.shortName),
    regionsOf: (article: Pick<Article, 'regions'>): Region[] => sortRegions(resolve(article.regions, regionMap)),
    regionArticles: (slug: string): A[] => articlesIn('regions', slug),
    /** A city's province, when the province has a page of its own (questions tagged with it). */
    provinceOf: (region: Region): Region | undefined => {
      if (region.level !== 'city') return undefined;
      const province = regionMap.get(region.province);
      return province && articlesIn('regions', province.slug).length > 0 ? province : undefined;
    },
    /** Cities under a province that have questions. */
    citiesOf: (province: Region): Region[] =>
      catalog.regions().filter((r) => r.level === 'city' && r.province === province.slug),

    /** The regions index: one group per province, the province's own page first, then its cities. */
    provinceGroups: (): ProvinceGroup[] => {
      const groups = new Map<string, ProvinceGroup>();
      for (const region of catalog.regions()) {
        const key = region.province;
        const group = groups.get(key) ?? { key, province: regionMap.get(key), regions: [] };
        group.regions.push(region);
        groups.set(key, group);
      }
      return [...groups.values()];
    },

    /** A topic's questions split by region, for narrowing a topic page without script. */
    topicRegionGroups: (topicSlug: string): RegionGroup<A>[] => {
      const inTopic = articlesIn('topics', topicSlug);
      const regions = sortRegions(resolve([...new Set(inTopic.flatMap((a) => a.regions))], regionMap));
      return regions.map((region) => ({ region, articles: inTopic.filter((a) => a.regions.includes(region.slug)) }));
    },

    /** Related questions in the content step's order (the scraped list first, then similar ones). */
    related: (article: Pick<Article, 'slug' | 'related'>): A[] => resolve(article.related, articleMap).filter((a) => a.slug !== article.slug),
    /** For an excerpt: the full answers whose related list named it — where it was found, not what answers it. */
    listedBy: (article: Pick<Article, 'listedBy'>): A[] => resolve(article.listedBy, articleMap),
    /** For an excerpt: the full answers on its main concepts (lib/content/same-ground.ts), the page's onward link. */
    fullAnswers: (article: Pick<Article, 'fullAnswers'>): A[] => resolve(article.fullAnswers ?? [], articleMap),

    /** The newest questions with a known date: the home page's "recently added". */
    recent: (limit: number): A[] => dated().slice(0, limit),
  };
  return catalog;
}

export type CatalogOf<A extends Listed> = ReturnType<typeof createCatalog<A>>;
/** The site's catalog, over article summaries. */
export type Catalog = CatalogOf<ArticleSummary>;
