import { knownDate, namedOnly, type CatalogOf, type Listed } from './catalog';
import { pageCount } from './pagination';
import { absoluteUrl, glossaryPath, homePath, privacyPath, questionPath, regionPath, regionsPath, toolsPath, topicPath, topicsPath } from '@/lib/core/urls';

/**
 * The sitemap, as sitemaps.org defines it: a file lists at most `SITEMAP_MAX_URLS` URLs, so `/sitemap.xml` is an
 * index of parts (`/sitemap/1.xml`, …). A small site has one part; 50,000 questions need two.
 */
export const SITEMAP_MAX_URLS = 50_000;

export type SitemapEntry = { path: string; lastModified?: string };

/**
 * Every page a search engine should index, once: listings with all their pages, and each question by its own URL,
 * except those only named elsewhere, with no text of their own (`namedOnly`).
 */
export function sitemapEntries<A extends Listed & ({ lead: string } | { answerText: string })>(site: CatalogOf<A>): SitemapEntry[] {
  const pages = (path: (n: number) => string, total: number) => Array.from({ length: pageCount(total) }, (_, i) => ({ path: path(i + 1) }));
  return [
    { path: homePath() },
    { path: topicsPath() },
    ...site.topics().flatMap((topic) => pages((n) => topicPath(topic.slug, n), site.topicArticles(topic.slug).length)),
    { path: regionsPath() },
    { path: glossaryPath() },
    { path: toolsPath() },
    { path: privacyPath() },
    ...site.regions().flatMap((region) => pages((n) => regionPath(region.slug, n), site.regionArticles(region.slug).length)),
    // Merged questions' old URLs are not listed: their canonical URL is the article's own.
    ...site.articles().flatMap((article) => {
      if (namedOnly(article)) return [];
      const date = knownDate(article);
      return [{ path: questionPath(article.slug), ...(date ? { lastModified: date } : {}) }];
    }),
  ];
}

/** The entries cut into parts of at most `max`; always at least one part, so the index is never empty. */
export function sitemapParts<T>(entries: readonly T[], max: number = SITEMAP_MAX_URLS): T[][] {
  const parts: T[][] = [];
  for (let start = 0; start < entries.length; start += max) parts.push(entries.slice(start, start + max));
  return parts.length > 0 ? parts : [[]];
}

export const sitemapPartPath = (part: number) => `/sitemap/${part}.xml`;

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export function urlsetXml(entries: readonly SitemapEntry[], base?: string): string {
  const urls = entries.map(({ path, lastModified }) => {
    const lastmod = lastModified ? `<lastmod>${escapeXml(lastModified)}</lastmod>` : '';
    return `<url><loc>${escapeXml(absoluteUrl(path, base))}</loc>${lastmod}</url>`;
  });
  return `${XML_HEAD}<urlset xmlns="${NS}">\n${urls.join('\n')}\n</urlset>\n`;
}

export function sitemapIndexXml(partCount: number, base?: string): string {
  const parts = Array.from({ length: partCount }, (_, i) => `<sitemap><loc>${escapeXml(absoluteUrl(sitemapPartPath(i + 1), base))}</loc></sitemap>`);
  return `${XML_HEAD}<sitemapindex xmlns="${NS}">\n${parts.join('\n')}\n</sitemapindex>\n`;
}
