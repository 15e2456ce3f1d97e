/**
 * `npm run content`, second step: generated/site-data.json → static search files in public/search/.
 * Small and loud: any problem throws and the command exits non-zero. `--data FILE --out DIR`
 * let the benches index generated corpora without touching the site's own files.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { siteDataSchema } from '@/lib/content/schema';
import { buildSearchIndex } from '@/lib/search/build-index';
import { parseSynonyms } from '@/lib/search/synonyms';
import { buildTables } from '@/lib/search/tables';

export const SYNONYMS_FILE = path.join('content', 'synonyms.yaml');

export function buildSearchIndexFiles(dataFile: string, outDir: string, synonymsFile = SYNONYMS_FILE): { files: number; bytes: number } {
  const data = siteDataSchema.parse(JSON.parse(readFileSync(dataFile, 'utf8')));
  const synonyms = parseSynonyms(readFileSync(synonymsFile, 'utf8'), synonymsFile);
  const files = buildSearchIndex(data, buildTables(data, synonyms));

  // Write beside the target and swap, so a failed build never leaves half an index behind.
  const staging = `${outDir}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  let bytes = 0;
  for (const [file, text] of files) {
    const target = path.join(staging, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
    bytes += Buffer.byteLength(text);
  }
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(path.dirname(outDir), { recursive: true });
  renameSync(staging, outDir);
  return { files: files.size, bytes };
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
