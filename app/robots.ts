import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/core/config';
import { absoluteUrl } from '@/lib/core/urls';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return {
    // Search result pages are endless combinations of the same questions; the questions themselves are indexed.
    rules: { userAgent: '*', allow: '/', disallow: '/search/' },
    sitemap: absoluteUrl('/sitemap.xml'),
    host: siteUrl(),
  };
}
