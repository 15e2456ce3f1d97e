import type { SiteData } from '@/lib/content/schema';
import { buildSearchIndex, type BuildOptions } from './build-index';
import { SearchEngine } from '@/lib/search/engine/query';
import { buildTables, type SearchWords } from './tables';

/**
 * The index built in memory and an engine opened on it, for tests and benches that search a site without writing
 * `public/search/`. `fetched` records every file the engine asked for, in order.
 */
export async function openInMemory(data: SiteData, words: SearchWords, options?: BuildOptions) {
  const files = buildSearchIndex(data, buildTables(data, words), options);
  const fetched: string[] = [];
  const engine = await SearchEngine.open(async (path) => {
    fetched.push(path);
    const text = files.get(path);
    if (text === undefined) throw new Error(`no index file ${path}`);
    return text;
  });
  return { engine, files, fetched };
}
