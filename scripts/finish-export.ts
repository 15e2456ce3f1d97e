/**
 * The last touches on a fresh export, before it is swapped into out/:
 *   npx tsx scripts/finish-export.ts DIR
 *
 * 1. Drops Next's client-navigation payloads (`index.txt`, `__next.*.txt` beside each page).
 *    Every link on the site is a plain <a> and the search box navigates with a full page load,
 *    so no browser ever asks for them; they were more than half of each page's bytes.
 * 2. Takes Next's runtime scripts and flight data out of every page and writes its Content-Security-Policy
 *    `<meta>` (lib/export/finish-page.ts): the interactive parts are islands (lib/islands/), nothing hydrates.
 * 3. Drops every file under `_next/` that no finished page names: Next's runtime chunks and build manifests,
 *    which no page loads any more (the stylesheet stays). A host is then sent only what a reader can fetch.
 * 4. Writes the `.br`/`.gz` siblings of each finished page from memory, and of the other text files in its
 *    folders (the search index, sitemaps), so compressing needs no second read of the export
 *    (lib/export/precompress.ts; `npm run build` compresses what is left, such as the stylesheet, afterwards).
 *
 * Hashing a page's scripts means tokenizing the whole page (2.4 ms a page), so the folders are shared out
 * over one process per core: 10,000 questions are 10,550 pages.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { finishPage } from '../lib/export/finish-page';
import { addTally, emptyTally, worthCompressing, writeSiblingsSync, type Precompressed } from '../lib/export/precompress';

const RSC_PAYLOAD = /^(index|__next\..+)\.txt$/;

/** `compressed`: the siblings written, and the seconds of one process's time that took (summed over processes). */
export type FinishedExport = { pages: number; payloadsRemoved: number; compressed: Precompressed; compressSeconds: number };

/** What one share of the folders found, with the `/_next/` files its pages name. */
type FinishedPart = FinishedExport & { nextFiles: string[] };

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

/** `finishExport` over all of `dir`, in `parts` processes running this file, each taking its share of the folders. */
export async function finishExportInParallel(
  dir: string,
  { parts = availableParallelism(), compress = true }: { parts?: number; compress?: boolean } = {},
): Promise<FinishedExport & { unusedNextFiles: number }> {
  const runs = Array.from(
    { length: parts },
    (_, index) =>
      new Promise<FinishedPart>((resolve, reject) => {
        // execArgv carries tsx's loader, so the child runs this TypeScript file as the parent does.
        const args = [...process.execArgv, import.meta.filename, dir, '--part', `${index}/${parts}`, ...(compress ? [] : [NO_COMPRESS])];
        const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
        let stdout = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
        child.on('error', reject);
        child.on('close', (code) => {
          if (code !== 0) reject(new Error(`finishing part ${index + 1} of ${parts} failed (exit ${code})`));
          else resolve(JSON.parse(stdout) as FinishedPart);
        });
      }),
  );
  const results = await Promise.all(runs);
  const unusedNextFiles = dropUnnamedNextFiles(dir, new Set(results.flatMap((r) => r.nextFiles)));
  return {
    pages: results.reduce((sum, r) => sum + r.pages, 0),
    payloadsRemoved: results.reduce((sum, r) => sum + r.payloadsRemoved, 0),
    compressed: results.reduce((sum, r) => addTally(sum, r.compressed), emptyTally()),
    compressSeconds: results.reduce((sum, r) => sum + r.compressSeconds, 0),
    unusedNextFiles,
  };
}

const NO_COMPRESS = '--no-compress';

function parsePart(text: string | undefined): Part {
  const match = /^(\d+)\/(\d+)$/.exec(text ?? '');
  const index = Number(match?.[1]);
  const of = Number(match?.[2]);
  if (!match || of < 1 || index >= of) throw new Error(`--part needs INDEX/COUNT like 0/2, not ${JSON.stringify(text)}`);
  return { index, of };
}

export function finishedLine({ pages, payloadsRemoved, unusedNextFiles, compressed, compressSeconds }: Awaited<ReturnType<typeof finishExportInParallel>>): string {
  const siblings = compressed.files > 0 ? ` .br/.gz siblings of ${compressed.files} files written on the way (${compressSeconds.toFixed(1)} s of process time).` : '';
  return `Content-Security-Policy written into ${pages} pages; ${payloadsRemoved} navigation payload files and ${unusedNextFiles} unused Next files dropped.${siblings}`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const args = process.argv.slice(2);
  const compress = !args.includes(NO_COMPRESS);
  const [dir, flag, value] = args.filter((a) => a !== NO_COMPRESS);
  if (!dir) {
    console.error(`usage: tsx scripts/finish-export.ts DIR [${NO_COMPRESS}]`);
    process.exit(2);
  }
  if (flag === '--part') {
    // A child of finishExportInParallel: its tally on stdout, nothing else.
    console.log(JSON.stringify(finishExport(dir, parsePart(value), { compress })));
  } else {
    console.log(finishedLine(await finishExportInParallel(dir, { compress })));
  }
}
