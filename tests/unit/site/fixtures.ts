import type { Article, Region, SiteData, Topic } from '@/lib/content/schema';

/** A small record set in the shape the content step writes, for testing the site's lookups. */
export function article(slug: string, overrides: Partial<Article> = {}): Article {
  return {
    slug,
    kind: 'full',
    question: `问题 ${slug}`,
    altTitles: [],
    answerHtml: '<p>答案</p>',
    answerText: '答案',
    sections: [],
    years: [],
    topics: ['family-copay'],
    regions: [],
    related: [],
    listedBy: [],
    origins: [{ file: `${slug}.txt`, line: 1 }],
    ...overrides,
  };
}

export function topic(slug: string, name: string, extra: Partial<Topic> = {}): Topic {
  return { slug, name, description: `${name}的问题。`, count: 0, ...extra };
}

export function region(slug: string, name: string, level: Region['level'], province: string): Region {
  return { slug, name, shortName: name.replace(/[省市]$/, ''), level, province, code: '000000', count: 0 };
}

export function fixtureData(): SiteData {
  return {
    topics: [topic('family-copay', '家庭共济', { featured: true, searchExample: '家庭共济' }), topic('remote-care', '异地就医', { featured: true }), topic('maternity', '生育津贴', { featured: true, searchExample: '生育津贴' })],
    regions: [
      region('guangdong', '广东省', 'province', 'guangdong'),
      region('zhejiang', '浙江省', 'province', 'zhejiang'),
      region('foshan', '佛山市', 'city', 'guangdong'),
      region('guangzhou', '广州市', 'city', 'guangdong'),
      region('sichuan', '四川省', 'province', 'sichuan'),
      region('meishan', '眉山市', 'city', 'sichuan'),
      region('jilin', '吉林省', 'province', 'jilin'),
      region('jilin-jilin', '吉林市', 'city', 'jilin'),
    ],
    articles: [
      article('old-excerpt', { kind: 'excerpt', source: { name: '健康新闻', date: '2025-03-13' }, regions: ['meishan'], listedBy: ['copay-full'] }),
      article('copay-full', {
        aliases: [
          { slug: 'copay-old-wording', question: '共济的钱先扣谁的' },
          { slug: 'undated-full', question: '与另一篇同名的旧说法' },
        ],
        related: ['new-excerpt', 'missing-slug', 'copay-full', 'old-excerpt'], regions: ['zhejiang'] }),
      article('new-excerpt', {
        kind: 'excerpt',
        date: '2025-04-20',
        topics: ['remote-care', 'family-copay'],
        regions: ['guangzhou', 'foshan'],
        listedBy: ['copay-full', 'missing-slug'],
      }),
      article('undated-full', { topics: ['remote-care'], regions: ['guangdong'] }),
    ],
  };
}
