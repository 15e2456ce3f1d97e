import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { DATA_FILES, type BuildInput, type SourceFile } from './input';
import { LIMITS } from './limits';
import { RATES_DIR, type RateFileText } from './rates';
import { byteOrder } from '@/lib/core/order';

/**
 * The one place that reads content/: every `*.txt` file in any subfolder (sorted, paths relative to the folder and
 * written with `/`), plus the editor-maintained data files. A file over the size limit is read only up to the
 * limit, so a huge file costs bounded memory and still gets its clear error.
 */
export function loadContentDir(dir: string): BuildInput {
  const files: SourceFile[] = [];
  const walk = (sub: string) => {
    const entries = readdirSync(path.join(dir, sub), { withFileTypes: true }).sort((a, b) => byteOrder(a.name, b.name));
    for (const e of entries) {
      const rel = sub === '' ? e.name : `${sub}/${e.name}`;
      if (e.isDirectory()) walk(rel);
      else if (e.isFile() && e.name.toLowerCase().endsWith('.txt')) files.push(readBounded(path.join(dir, rel), rel));
    }
  };
  walk('');
  return { files, data: loadDataTexts(dir) };
}

/** The text of every data file in a content folder (DATA_FILES); a missing file reads as empty. */
export function loadDataTexts(dir: string): BuildInput['data'] {
  const data = (name: string) => {
    const file = path.join(dir, name);
    return existsSync(file) ? readFileSync(file, 'utf8') : '';
  };
  const keyPoint = data(DATA_FILES.keyPoint);
  return {
    topics: data(DATA_FILES.topics),
    scope: data(DATA_FILES.scope),
    regions: data(DATA_FILES.regions),
    lexicon: data(DATA_FILES.lexicon),
    furniture: data(DATA_FILES.furniture),
    synonyms: data(DATA_FILES.synonyms),
    ...(keyPoint ? { keyPoint } : {}),
  };
}

/** The calculators' rate files, `content/rates/*.yaml`, paths relative to the content folder (lib/content/rates.ts). */
export function loadRateFiles(dir: string): RateFileText[] {
  const folder = path.join(dir, RATES_DIR);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .sort(byteOrder)
    .map((name) => ({ path: `${RATES_DIR}/${name}`, text: readFileSync(path.join(folder, name), 'utf8') }));
}

function readBounded(file: string, rel: string): SourceFile {
  const size = statSync(file).size;
  if (size <= LIMITS.maxFileBytes) return { path: rel, bytes: readFileSync(file), size };
  const bytes = Buffer.alloc(LIMITS.maxFileBytes + 1);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, bytes, 0, bytes.length, 0);
  } finally {
    closeSync(fd);
  }
  return { path: rel, bytes, size };
}
