/**
 * The last touches on a fresh export, before it is swapped into out/ (scripts/finish-export.ts, part of `npm run build`):
 *
 * 1. Drops Next's client-navigation payloads (`index.txt`, `__next.*.txt` beside each page).
 *    Every link on the site is a plain <a> and the search box navigates with a full page load,
 *    so no browser ever asks for them; they were more than half of each page's bytes.
 * 2. Takes Next's runtime scripts and flight data out of every page and writes its Content-Security-Policy
 *    `<meta>` (finish-page.ts): the interactive parts are islands (lib/islands/), nothing hydrates.
 * 3. Drops every file under `_next/` that no finished page names: Next's runtime chunks and build manifests,
 *    which no page loads any more (the stylesheet stays). A host is then sent only what a reader can fetch.
 * 4. Writes the `.br`/`.gz` siblings of each finished page from memory, and of the other text files in its
 *    folders (the search index, sitemaps), so compressing needs no second read of the export
 *    (precompress.ts; `npm run build` compresses what is left, such as the stylesheet, afterwards).
 *
 * Hashing a page's scripts means tokenizing the whole page (2.4 ms a page), and 10,000 questions are 10,550 pages:
 * so each process takes a share of the folders (finishExport, one process per core) and the shares are joined after
 * (joinParts).
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { finishPage } from './finish-page';
import { addTally, emptyTally, worthCompressing, writeSiblingsSync, type Precompressed } from './precompress';

const RSC_PAYLOAD = /^(index|__next\..+)\.txt$/;

/** `compressed`: the siblings written, and the seconds of one process's time that took (summed over processes). */
export type FinishedExport = { pages: number; payloadsRemoved: number; compressed: Precompressed; compressSeconds: number };

/** What one share of the folders found, with the `/_next/` files its pages name. */
export type FinishedPart = FinishedExport & { nextFiles: string[] };

const NEXT_FILE = /\/_next\/[^"'\s)?#]+/g;

/** Which share of the folders one process takes: every `of`-th folder, starting at `index`. */
export type Part = { index: number; of: number };

/** `compress: false` leaves the siblings to a later pass (the scale bench measures the difference). */
export function finishExport(dir: string, part: Part = { index: 0, of: 1 }, { compress = true } = {}): FinishedPart {
  const result: FinishedExport = { pages: 0, payloadsRemoved: 0, compressed: emptyTally(), compressSeconds: 0 };
  const siblings = (file: string, data: Buffer) => {
    if (!compress) return;
    const started = performance.now();
    writeSiblingsSync(file, data, result.compressed);
    result.compressSeconds += (performance.now() - started) / 1000;
  };
  const named = new Set<string>();
  let folderNumber = 0;
  const visit = (folder: string) => {
    const entries = readdirSync(folder, { withFileTypes: true });
    const mine = folderNumber % part.of === part.index;
    folderNumber += 1;
    // Only beside a page: a `index.txt` elsewhere would be a real file of the site.
    const isPageFolder = existsSync(path.join(folder, 'index.html')) || entries.some((e) => e.name === '__next._tree.txt');
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '_next') visit(full);
      } else if (!mine) {
        continue;
      } else if (entry.name.endsWith('.html')) {
        const page = finishPage(readFileSync(full, 'utf8'));
        writeFileSync(full, page);
        siblings(full, Buffer.from(page));
        for (const [url] of page.matchAll(NEXT_FILE)) named.add(url);
        result.pages += 1;
      } else if (isPageFolder && RSC_PAYLOAD.test(entry.name)) {
        rmSync(full);
        result.payloadsRemoved += 1;
      } else if (compress && worthCompressing(entry.name, statSync(full).size)) {
        siblings(full, readFileSync(full));
      }
    }
  };
  visit(dir);
  return { ...result, nextFiles: [...named] };
}

/** Deletes the files under `dir/_next/` whose URL is not in `named`; returns how many. */
export function dropUnnamedNextFiles(dir: string, named: ReadonlySet<string>): number {
  let dropped = 0;
  const visit = (folder: string, url: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) visit(full, `${url}${entry.name}/`);
      else if (!named.has(url + entry.name)) {
        rmSync(full);
        dropped += 1;
      }
    }
    if (readdirSync(folder).length === 0) rmSync(folder, { recursive: true });
  };
  if (existsSync(path.join(dir, '_next'))) visit(path.join(dir, '_next'), '/_next/');
  return dropped;
}

/** The whole export, once every share is finished: the tallies summed, and the `_next/` files no page names dropped. */
export type FinishedSite = FinishedExport & { unusedNextFiles: number };

export function joinParts(dir: string, results: readonly FinishedPart[]): FinishedSite {
  const unusedNextFiles = dropUnnamedNextFiles(dir, new Set(results.flatMap((r) => r.nextFiles)));
  return {
    pages: results.reduce((sum, r) => sum + r.pages, 0),
    payloadsRemoved: results.reduce((sum, r) => sum + r.payloadsRemoved, 0),
    compressed: results.reduce((sum, r) => addTally(sum, r.compressed), emptyTally()),
    compressSeconds: results.reduce((sum, r) => sum + r.compressSeconds, 0),
    unusedNextFiles,
  };
}

export function finishedLine({ pages, payloadsRemoved, unusedNextFiles, compressed, compressSeconds }: FinishedSite): string {
  const siblings = compressed.files > 0 ? ` .br/.gz siblings of ${compressed.files} files written on the way (${compressSeconds.toFixed(1)} s of process time).` : '';
  return `Content-Security-Policy written into ${pages} pages; ${payloadsRemoved} navigation payload files and ${unusedNextFiles} unused Next files dropped.${siblings}`;
}
