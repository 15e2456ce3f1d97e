import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync, type BrotliOptions } from 'node:zlib';

/**
 * `.br` and `.gz` siblings for every text file of the export worth compressing, so a host that serves
 * precompressed files (nginx `gzip_static`/`brotli_static`, an object store behind a CDN, lib/server/static-server.ts)
 * never compresses on the fly. Levels are chosen for the build's time, not the last byte: brotli 5 makes these
 * pages 28.3 % of their size against 28.2 % at 6, in about two thirds of the time (brotli 9–11 gain a few per cent
 * more at over ten times the cost); gzip 6 is within 0.5 % of gzip 9.
 *
 * Two ways in, one result: the finishing step (finish-export.ts) compresses each page from memory as it
 * writes it, in its one process per core, and `precompress` then does whatever has no fresh siblings yet (the
 * stylesheet, the service worker, anything written after). Reading 10,000 pages back from disk for a second pass
 * was most of what precompressing cost.
 */
export const COMPRESSIBLE = /\.(html|css|js|json|xml|txt|svg|webmanifest)$/;
/** Below this a compressed response saves less than its headers cost. */
export const MIN_BYTES = 1024;
export const BROTLI_QUALITY = 5;
export const GZIP_LEVEL = 6;

export type Precompressed = { files: number; bytes: number; brotliBytes: number; gzipBytes: number };

export function emptyTally(): Precompressed {
  return { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
}

export function addTally(into: Precompressed, from: Precompressed): Precompressed {
  into.files += from.files;
  into.bytes += from.bytes;
  into.brotliBytes += from.brotliBytes;
  into.gzipBytes += from.gzipBytes;
  return into;
}

/** Whether a file of this name and size gets siblings. */
export function worthCompressing(file: string, size: number): boolean {
  return size > MIN_BYTES && COMPRESSIBLE.test(file);
}

function brotliOptions(size: number): BrotliOptions {
  return { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: size, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } };
}

function count(tally: Precompressed, bytes: number, br: Buffer, gz: Buffer) {
  tally.files += 1;
  tally.bytes += bytes;
  tally.brotliBytes += br.length;
  tally.gzipBytes += gz.length;
}

/** Writes `file`'s siblings from its contents, already in memory; nothing when it is not worth it. */
export function writeSiblingsSync(file: string, data: Buffer, tally: Precompressed): void {
  if (!worthCompressing(file, data.length)) return;
  const br = brotliCompressSync(data, brotliOptions(data.length));
  const gz = gzipSync(data, { level: GZIP_LEVEL });
  writeFileSync(`${file}.br`, br);
  writeFileSync(`${file}.gz`, gz);
  count(tally, data.length, br, gz);
}

/** Both siblings exist and are no older than the file: it was compressed after its last change. */
export function hasFreshSiblings(file: string, mtimeMs = statSync(file).mtimeMs): boolean {
  for (const sibling of [`${file}.br`, `${file}.gz`]) {
    const found = statSync(sibling, { throwIfNoEntry: false });
    if (!found || found.mtimeMs < mtimeMs) return false;
  }
  return true;
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

async function* filesUnder(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full);
    else if (COMPRESSIBLE.test(entry.name)) yield full;
  }
}

/** The eligible files among `paths`: a folder stands for every file under it, a missing path for none. */
async function* files(paths: readonly string[]): AsyncGenerator<string> {
  for (const entry of paths) {
    const found = await stat(entry).catch(() => undefined);
    if (found?.isDirectory()) yield* filesUnder(entry);
    else if (found?.isFile() && COMPRESSIBLE.test(entry)) yield entry;
  }
}

async function compressOne(file: string, tally: Precompressed): Promise<void> {
  const { size, mtimeMs } = await stat(file);
  if (!worthCompressing(file, size) || hasFreshSiblings(file, mtimeMs)) return;
  const data = await readFile(file);
  const [br, gz] = await Promise.all([brotli(data, brotliOptions(data.length)), gzipAsync(data, { level: GZIP_LEVEL })]);
  await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
  count(tally, data.length, br, gz);
}

/**
 * Compresses every eligible file under `dir` (or in `paths` of it) that has no fresh siblings. zlib's async calls run
 * on libuv's thread pool, so keeping a few files per core in flight uses every core from one process, without
 * worker start-up.
 */
export async function precompress(dir: string, { paths = ['.'], inFlight = availableParallelism() * 2 }: { paths?: readonly string[]; inFlight?: number } = {}): Promise<Precompressed> {
  const tally = emptyTally();
  const running = new Set<Promise<void>>();
  for await (const file of files(paths.map((p) => path.join(dir, p)))) {
    const job = compressOne(file, tally).finally(() => running.delete(job));
    running.add(job);
    if (running.size >= inFlight) await Promise.race(running);
  }
  await Promise.all(running);
  return tally;
}

/**
 * What the finishing step leaves to compress: it visits every folder of the export but `_next/` (the stylesheet and
 * any other file Next names), and the service worker is written after it. Walking the rest again to find nothing
 * cost about 3 s at 10,000 questions; tests/e2e/out.spec.ts checks that no eligible file of a build lacks siblings.
 */
export const LEFT_AFTER_FINISHING = ['_next', 'sw.js'] as const;
