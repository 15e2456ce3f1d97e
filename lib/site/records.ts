import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { siteDataSchema, type Article, type Region, type SiteData, type Topic } from '@/lib/content/schema';
import { createCatalog, type Catalog } from './catalog';

/** Where the content step writes what the site reads. */
export const GENERATED_DIR = path.join(process.cwd(), 'generated');
export const SITE_DATA_FILE = path.join(GENERATED_DIR, 'site-data.json');

let cache: SiteData | undefined;
let catalogCache: Catalog | undefined;
let loadedMtime: number | undefined;

/** `npm run dev` rewrites the records while the server runs (scripts/dev.ts); a build reads them once. */
function dropIfRewritten(): void {
  if (process.env.NODE_ENV !== 'development') return;
  let mtime: number;
  try {
    mtime = statSync(SITE_DATA_FILE).mtimeMs;
  } catch {
    return;
  }
  if (mtime !== loadedMtime) {
    cache = undefined;
    catalogCache = undefined;
    loadedMtime = mtime;
  }
}

/**
 * The records written by `npm run content`, read and validated once per build worker.
 * Pages never parse `content/` themselves.
 */
export function siteData(): SiteData {
  dropIfRewritten();
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
  dropIfRewritten();
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
