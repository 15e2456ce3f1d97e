import { describe, expect, it } from 'vitest';
import { createCatalog } from '@/lib/site/catalog';
import { LIST_PAGE_SIZE } from '@/lib/site/pagination';
import { SITEMAP_MAX_URLS, sitemapEntries, sitemapIndexXml, sitemapParts, urlsetXml } from '@/lib/site/sitemap';
import { article, fixtureData } from './fixtures';

describe('sitemap', () => {
  it('cuts the entries into parts of at most the limit, in order, and never returns no part', () => {
    const entries = Array.from({ length: 7 }, (_, i) => i);
    expect(sitemapParts(entries, 3)).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect(sitemapParts(entries, 7)).toEqual([entries]);
    expect(sitemapParts([], 3)).toEqual([[]]);
    expect(SITEMAP_MAX_URLS).toBe(50_000);
  });

  it('writes the index and the parts as sitemaps.org XML with absolute, escaped URLs', () => {
    const index = sitemapIndexXml(2, 'https://example.org');
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(index).toContain('<loc>https://example.org/sitemap/1.xml</loc>');
    expect(index).toContain('<loc>https://example.org/sitemap/2.xml</loc>');
    const part = urlsetXml([{ path: '/q/a/' }, { path: '/x?a=1&b=<2>', lastModified: '2025-03-18' }], 'https://example.org');
    expect(part).toContain('<url><loc>https://example.org/q/a/</loc></url>');
    expect(part).toContain('<loc>https://example.org/x?a=1&amp;b=&lt;2&gt;</loc><lastmod>2025-03-18</lastmod>');
  });

  it('lists every listing page and every question once', () => {
    const data = fixtureData();
    // Enough questions in one topic for its listing to run to three pages.
    const many = Array.from({ length: 2 * LIST_PAGE_SIZE + 1 }, (_, i) => article(`many-${i}`, { topics: ['family-copay'] }));
    const site = createCatalog({ ...data, articles: [...data.articles, ...many] });
    const paths = sitemapEntries(site).map((e) => e.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const a of site.articles()) expect(paths).toContain(`/q/${a.slug}/`);
    expect(paths).toContain('/topics/family-copay/');
    expect(paths).toContain('/topics/family-copay/page/2/');
    expect(paths).toContain('/topics/family-copay/page/3/');
    expect(paths).not.toContain('/topics/family-copay/page/4/');
  });

  it('leaves out a question only named in a related list, with no text, and keeps an excerpt that has some', () => {
    const data = fixtureData();
    const named = article('named-only', { kind: 'excerpt', answerText: '' });
    const excerpt = article('short-excerpt', { kind: 'excerpt', answerText: '可以。职工医保个人账户可以用于家人缴费。' });
    const paths = sitemapEntries(createCatalog({ ...data, articles: [...data.articles, named, excerpt] })).map((e) => e.path);
    expect(paths).not.toContain('/q/named-only/');
    expect(paths).toContain('/q/short-excerpt/');
  });
});
