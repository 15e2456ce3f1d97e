/**
 * The index build's edge with the disk: generated/site-data.json and generated/search-words.json (what the content
 * step wrote) → the static search files in public/search/ (`npm run content`, scripts/build-search-index.ts; `npm run dev`).
 * Small and loud: any problem throws. Benches and tests that index records of their own read the vocabulary
 * straight from a content folder instead (searchWords).
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatProblem } from '@/lib/core/problems';
import { loadRules } from '@/lib/content/build';
import { loadDataTexts } from '@/lib/content/load';
import { articleSchema, siteDataSchema } from '@/lib/content/schema';
import { SEARCH_WORDS_JSON, type SearchWordsData } from '@/lib/content/search-words';
import { writeSearchIndex } from './build-index';
import { buildTables, searchWordsFrom, type SearchWords } from './tables';

/**
 * The records as the index needs them. Validating with the fields picked drops the rest (answer HTML, link
 * lists, origins: most of the file) as soon as it is parsed, so at 50,000 questions they are not kept twice.
 */
const searchSourceSchema = siteDataSchema.extend({
  articles: articleSchema.pick({ slug: true, kind: true, question: true, altTitles: true, answerText: true, topics: true, regions: true, newestYear: true, sections: true }).array(),
});

export function buildSearchIndexFiles(dataFile: string, outDir: string, wordsFile = path.join(path.dirname(dataFile), SEARCH_WORDS_JSON)): { files: number; bytes: number } {
  const data = searchSourceSchema.parse(JSON.parse(readFileSync(dataFile, 'utf8')));
  // Written by the same content step from validated files: a JSON parse is all it needs.
  const words = searchWordsFrom(JSON.parse(readFileSync(wordsFile, 'utf8')) as SearchWordsData);

  // Write beside the target and swap, so a failed build never leaves half an index behind.
  const staging = `${outDir}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  let files = 0;
  let bytes = 0;
  const folders = new Set<string>();
  writeSearchIndex(data, buildTables(data, words), (file, text) => {
    const target = path.join(staging, file);
    const folder = path.dirname(target);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    writeFileSync(target, text);
    files += 1;
    bytes += Buffer.byteLength(text);
  });
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(path.dirname(outDir), { recursive: true });
  renameSync(staging, outDir);
  return { files, bytes };
}

/**
 * The vocabulary as the content step reads it from a content folder (lexicon, synonyms, scope rules), for the
 * benches and tests that index records of their own; the build itself reads generated/search-words.json.
 */
export function searchWords(contentDir = process.env.CONTENT_DIR ?? 'content'): SearchWords {
  const { rules, problems } = loadRules(loadDataTexts(contentDir));
  if (!rules) throw new Error(problems.map(formatProblem).join('\n'));
  return searchWordsFrom(rules.searchWords);
}
