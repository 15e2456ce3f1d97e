import { readFileSync } from 'node:fs';
import path from 'node:path';
import { siteDataSchema, type Article } from '@/lib/content/schema';
import { createCatalog, type CatalogOf } from '@/lib/site/catalog';
import { searchHref } from '@/lib/search/href';
import { questionPath, regionPath, topicPath } from '@/lib/core/urls';

/** The records the built site was made from: tests ask for what a reader should see, not for fixed strings. */
export function builtCatalog(): CatalogOf<Article> {
  const raw: unknown = JSON.parse(readFileSync(path.join(process.cwd(), 'generated', 'site-data.json'), 'utf8'));
  return createCatalog(siteDataSchema.parse(raw));
}

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the built site has no ${what}`);
  return value;
}

/** One page of every type, chosen from the records: the browser tests and the Lighthouse bench visit the same pages. */
export function samplePages(site: CatalogOf<Article> = builtCatalog()) {
  const full = must(
    site.articles().find((a) => a.kind === 'full' && site.related(a).length > 0),
    'full answer with related questions',
  );
  const excerpt = must(
    site.articles().find((a) => a.kind === 'excerpt' && site.listedBy(a).length > 0),
    'excerpt listed by a full answer',
  );
  const topic = must(site.topic('family-copay'), 'family-copay topic');
  const region = must(site.regions()[0], 'region');
  return {
    full,
    excerpt,
    topic,
    region,
    pages: [
      { name: 'home', path: '/' },
      { name: 'topics index', path: '/topics/' },
      { name: 'topic', path: topicPath(topic.slug) },
      { name: 'question (full)', path: questionPath(full.slug) },
      { name: 'question (excerpt)', path: questionPath(excerpt.slug) },
      { name: 'regions index', path: '/regions/' },
      { name: 'region', path: regionPath(region.slug) },
      { name: '404', path: '/no-such-page/' },
      // A shared link to a search: the results are filled in by the island.
      { name: 'search', path: searchHref('生育津贴') },
    ],
  };
}
