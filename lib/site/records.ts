import { readFileSync } from 'node:fs';
import path from 'node:path';
import { siteDataSchema, type Article, type Region, type SiteData, type Topic } from '@/lib/content/schema';
import { createCatalog, type Catalog } from './catalog';

/** Where the content step writes what the site reads. */
export const GENERATED_DIR = path.join(process.cwd(), 'generated');
export const SITE_DATA_FILE = path.join(GENERATED_DIR, 'site-data.json');

let cache: SiteData | undefined;
let catalogCache: Catalog | undefined;

/**
 * The records written by `npm run content`, read and validated once per build worker.
 * Pages never parse `content/` themselves.
 */
export function siteData(): SiteData {
  if (!cache) {
    let raw: string;
    try {
      raw = readFileSync(SITE_DATA_FILE, 'utf8');
    } catch {
      throw new Error(`${path.relative(process.cwd(), SITE_DATA_FILE)} is missing: run \`npm run content\` (or \`npm run build\`) first.`);
    }
    cache = siteDataSchema.parse(JSON.parse(raw));
  }
  return cache;
}

/** Lookups, orderings and groupings over the records; see lib/site/catalog.ts. */
export function catalog(): Catalog {
  catalogCache ??= createCatalog(siteData());
  return catalogCache;
}

export function allArticles(): Article[] {
  return siteData().articles;
}

export function articleBySlug(slug: string): Article | undefined {
  return catalog().article(slug);
}

export function allTopics(): Topic[] {
  return siteData().topics;
}

export function allRegions(): Region[] {
  return siteData().regions;
}
