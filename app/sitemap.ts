import type { MetadataRoute } from 'next';
import { knownDate } from '@/lib/site/catalog';
import { catalog } from '@/lib/site/records';
import { absoluteUrl, homePath, questionPath, regionPath, regionsPath, topicPath, topicsPath } from '@/lib/site/urls';

export const dynamic = 'force-static';

/** Every page the export builds; a last-modified date only where the text states one. */
export default function sitemap(): MetadataRoute.Sitemap {
  const site = catalog();
  return [
    { url: absoluteUrl(homePath()) },
    { url: absoluteUrl(topicsPath()) },
    ...site.topics().map((topic) => ({ url: absoluteUrl(topicPath(topic.slug)) })),
    { url: absoluteUrl(regionsPath()) },
    ...site.regions().map((region) => ({ url: absoluteUrl(regionPath(region.slug)) })),
    ...site.articles().map((article) => {
      const date = knownDate(article);
      return { url: absoluteUrl(questionPath(article.slug)), ...(date ? { lastModified: date } : {}) };
    }),
  ];
}
