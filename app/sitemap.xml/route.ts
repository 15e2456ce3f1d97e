import { catalog } from '@/lib/site/records';
import { sitemapEntries, sitemapIndexXml, sitemapParts } from '@/lib/site/sitemap';

export const dynamic = 'force-static';

/** The sitemap index robots.txt names: one part per `SITEMAP_MAX_URLS` pages (lib/site/sitemap.ts). */
export function GET(): Response {
  const parts = sitemapParts(sitemapEntries(catalog()));
  return new Response(sitemapIndexXml(parts.length), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
