/**
 * `npm run content`, second step: generated/site-data.json → static search files in public/search/.
 * Small and loud: any problem throws and the command exits non-zero. `--data FILE --out DIR`
 * let the benches index generated corpora without touching the site's own files.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { articleSchema, siteDataSchema } from '@/lib/content/schema';
import { writeSearchIndex } from '@/lib/search/build-index';
import { formatProblem } from '@/lib/core/problems';
import { loadDataFile } from '@/lib/core/load-data-file';
import { scopeFileSchema } from '@/lib/content/scope';
import { parseLexicon } from '@/lib/lexicon/lexicon';
import { searchWordsSchema } from '@/lib/search/synonyms';
import { buildTables, searchConcepts, type SearchWords } from '@/lib/search/tables';

export const SYNONYMS_FILE = path.join('content', 'synonyms.yaml');
export const LEXICON_FILE = path.join('content', 'lexicon.yaml');

/**
 * The records as the index needs them. Validating with the fields picked drops the rest (answer HTML, link
 * lists, origins: most of the file) as soon as it is parsed, so at 50,000 questions they are not kept twice.
 */
const searchSourceSchema = siteDataSchema.extend({
  articles: articleSchema.pick({ slug: true, kind: true, question: true, altTitles: true, answerText: true, topics: true, regions: true, newestYear: true, sections: true }).array(),
});

export function buildSearchIndexFiles(dataFile: string, outDir: string, synonymsFile = SYNONYMS_FILE, lexiconFile = LEXICON_FILE): { files: number; bytes: number } {
  const data = searchSourceSchema.parse(JSON.parse(readFileSync(dataFile, 'utf8')));
  const words = searchWords(synonymsFile, lexiconFile);

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

/** The lexicon's concepts with the editors' synonym groups over them, the generic words, the filler and the scope rules. */
export function searchWords(synonymsFile = SYNONYMS_FILE, lexiconFile = LEXICON_FILE, scopeFile = path.join(path.dirname(lexiconFile), 'scope.yaml')): SearchWords {
  const { groups, generic, filler } = loadDataFile(synonymsFile, searchWordsSchema);
  const lexicon = parseLexicon(lexiconFile, readFileSync(lexiconFile, 'utf8'));
  if (!lexicon.ok) throw new Error(lexicon.problems.map(formatProblem).join('\n'));
  const scope = loadDataFile(scopeFile, scopeFileSchema);
  const exclude = scope.exclude.map((e) => ({ id: e.id, patterns: e.patterns, unless: e.unless ?? [], unlessCore: e.unless_core ?? false }));
  return { concepts: searchConcepts(lexicon.value.concepts, groups), generic, filler, scope: { weights: scope.evidence, exclude } };
}

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? process.argv[i + 1] : undefined;
  if (i >= 0 && !value) throw new Error(`${name} needs a value`);
  return value ?? fallback;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const dataFile = flag('--data', path.join('generated', 'site-data.json'));
  const outDir = flag('--out', path.join('public', 'search'));
  const started = Date.now();
  const { files, bytes } = buildSearchIndexFiles(dataFile, outDir, flag('--synonyms', SYNONYMS_FILE));
  console.log(`search index: ${files} files, ${(bytes / 1024).toFixed(0)} KB → ${outDir} (${Date.now() - started} ms)`);
}
