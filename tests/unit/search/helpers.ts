import { readFileSync } from 'node:fs';
import { buildSite } from '@/lib/content/build';
import { loadContentDir } from '@/lib/content/load';
import type { Article, SiteData } from '@/lib/content/schema';
import type { BuildOptions } from '@/lib/search/index/build-index';
import { openInMemory } from '@/lib/search/index/memory';
import { readSearchWordsFile, type SearchWordsFile } from '@/lib/content/search-words';
import { searchConcepts, type SearchWords } from '@/lib/search/index/tables';
import { searchWords } from '@/lib/search/index/files';

/** The synonyms editors maintain, as the build reads them. */
export function realSynonyms(): string[][] {
  return realSearchWordsFile().groups;
}

function realSearchWordsFile(): SearchWordsFile {
  const read = readSearchWordsFile(readFileSync('content/synonyms.yaml', 'utf8'), 'content/synonyms.yaml');
  if (!read.ok) throw new Error(read.problems.map((p) => p.message).join('; '));
  return read.value;
}

/** The site's records made from the real content/ files by the content step's own code. */
export function realSiteData(): SiteData {
  const { siteData, report } = buildSite(loadContentDir('content'));
  if (!siteData) throw new Error(`content/ does not build: ${report.errors.map((e) => e.message).join('; ')}`);
  return siteData;
}

let realIndex: ReturnType<typeof openIndex> | undefined;

/**
 * The engine on the index of the real content/ with the real vocabulary, built once per test worker and shared by
 * the files that only query it (vitest keeps a worker's modules between files: vitest.config.ts, `isolate: false`;
 * isolated, each file would build its own, as before). Queries change nothing in it that a result depends on.
 */
export function openRealIndex(): ReturnType<typeof openIndex> {
  realIndex ??= openIndex(realSiteData());
  return realIndex;
}

/** The generic words editors maintain. */
export function realGeneric(): string[] {
  return realSearchWordsFile().generic;
}

/**
 * Builds the index in memory and opens an engine on it; `fetched` records every file the engine asked for.
 * `words`: synonym groups (each its own concept, with the real generic words) or a whole vocabulary; by default
 * the real one (lexicon, synonyms, generic words) as the build reads it.
 */
export async function openIndex(data: SiteData, words: string[][] | SearchWords = searchWords(), options?: BuildOptions) {
  const vocabulary = Array.isArray(words) ? { concepts: searchConcepts([], words), generic: realGeneric() } : words;
  return openInMemory(data, vocabulary, options);
}

/** A small article for fixtures; only what a test cares about has to be given. */
export function article(slug: string, question: string, answerText: string, extra: Partial<Article> = {}): Article {
  return {
    slug,
    kind: 'full',
    question,
    altTitles: [],
    answerHtml: '',
    answerText,
    sections: [],
    years: [],
    topics: ['basics'],
    regions: [],
    related: [],
    listedBy: [],
    origins: [{ file: `${slug}.txt`, line: 1 }],
    ...extra,
  };
}

export function siteOf(articles: Article[]): SiteData {
  return {
    articles,
    topics: [
      { slug: 'basics', name: '医保基础', description: '', count: articles.length },
      { slug: 'remote-care', name: '异地就医', description: '', count: 0 },
    ],
    regions: [{ slug: 'guangzhou', name: '广州市', shortName: '广州', level: 'city', province: 'guangdong', code: '440100', count: 0 }],
  };
}
