/**
 * `npm run content`, second step: generated/site-data.json and generated/search-words.json → static search files in
 * public/search/ (lib/search/index/files.ts). It reads nothing in content/: the content step wrote all it needs.
 * Small and loud: any problem throws and the command exits non-zero. `--data FILE --out DIR`
 * let the benches index generated corpora without touching the site's own files.
 */
import path from 'node:path';
import { buildSearchIndexFiles } from '@/lib/search/index/files';

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? process.argv[i + 1] : undefined;
  if (i >= 0 && !value) throw new Error(`${name} needs a value`);
  return value ?? fallback;
}

const dataFile = flag('--data', path.join('generated', 'site-data.json'));
const outDir = flag('--out', path.join('public', 'search'));
const started = Date.now();
const { files, bytes } = buildSearchIndexFiles(dataFile, outDir);
console.log(`search index: ${files} files, ${(bytes / 1024).toFixed(0)} KB → ${outDir} (${Date.now() - started} ms)`);
