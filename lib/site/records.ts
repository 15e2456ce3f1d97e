import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { cache } from 'react';
import { articleSchema, catalogDataSchema, glossarySchema, type Article, type CatalogData, type GlossaryEntry } from '@/lib/content/schema';
import { createCatalog, type Catalog } from './catalog';

/** Where the content step writes what the site reads. */
export const GENERATED_DIR = path.join(process.cwd(), 'generated');
export const CATALOG_FILE = path.join(GENERATED_DIR, 'catalog.json');
export const ARTICLES_DIR = path.join(GENERATED_DIR, 'articles');
export const GLOSSARY_FILE = path.join(GENERATED_DIR, 'glossary.json');

let cache_: CatalogData | undefined;
let catalogCache: Catalog | undefined;
let loadedMtime: number | undefined;

const missing = (file: string) =>
  new Error(`${path.relative(process.cwd(), file)} is missing: run \`npm run content\` (or \`npm run build\`) first.`);

/** `npm run dev` rewrites the records while the server runs (scripts/dev.ts); a build reads them once. */
function dropIfRewritten(): void {
  if (process.env.NODE_ENV !== 'development') return;
  let mtime: number;
  try {
    mtime = statSync(CATALOG_FILE).mtimeMs;
  } catch {
    return;
  }
  if (mtime !== loadedMtime) {
    cache_ = undefined;
    catalogCache = undefined;
    loadedMtime = mtime;
  }
}

/**
 * Every article's summary, with the topics and regions, as written by `npm run content`: read and validated once
 * per build worker. Pages never parse `content/` themselves, and no worker holds every answer (see `fullArticle`).
 */
function catalogData(): CatalogData {
  dropIfRewritten();
  if (!cache_) {
    let raw: string;
    try {
      raw = readFileSync(CATALOG_FILE, 'utf8');
    } catch {
      throw missing(CATALOG_FILE);
    }
    cache_ = catalogDataSchema.parse(JSON.parse(raw));
  }
  return cache_;
}

/** Lookups, orderings and groupings over the summaries; see lib/site/catalog.ts. */
export function catalog(): Catalog {
  dropIfRewritten();
  catalogCache ??= createCatalog(catalogData());
  return catalogCache;
}

/**
 * One article's whole record, for its own page: read when the page renders, once per render (React's `cache`
 * shares it between the page and its metadata). `slug` must come from the catalog, which validated it as ASCII.
 */
export const fullArticle = cache((slug: string): Article => articleSchema.parse(readGenerated(path.join(ARTICLES_DIR, `${slug}.json`))));

/** The 医保名词解释 entries (every lexicon concept and the questions naming it), as written by `npm run content`. */
export const glossary = cache((): GlossaryEntry[] => glossarySchema.parse(readGenerated(GLOSSARY_FILE)));

/** A JSON file the content step wrote, or an error saying to run it. */
function readGenerated(file: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    throw missing(file);
  }
  return JSON.parse(raw);
}
