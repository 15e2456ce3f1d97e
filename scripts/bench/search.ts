/**
 * Search bench: index size, what the first query downloads, and per-keystroke latency in Node
 * and in Chromium, for the seeds and for generated corpora.
 *
 *   npx tsx scripts/bench/search.ts [--sizes seeds,10000,50000] [--work DIR]
 *
 * Generated corpora (scripts/generate-corpus.ts → scripts/build-content.ts) are kept in the work
 * folder (default: the OS temp folder) and reused while the code and data that made them are unchanged;
 * the index is rebuilt every run. Keystrokes are
 * every prefix of the realistic query set; latency is measured with the shards already fetched
 * (what a person typing feels; median of three passes per keystroke), the first query separately
 * with nothing cached.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { z } from 'zod';
import { locateChromium } from '@/lib/dev/chromium';
import { readSet } from '@/lib/eval/real-questions';
import { NONSENSE_SET } from '@/lib/eval/sets/nonsense-set';
import { QUERY_SET } from '@/lib/eval/sets/query-set';
import { median, percentile } from '@/lib/eval/stats';
import { SearchEngine } from '@/lib/search/engine/query';
import { present } from '@/lib/search/engine/results';
import { buildSearchIndexFiles } from '@/lib/search/index/files';
import { createSiteServer } from '@/lib/server/static-server';

declare global {
  /** What the harness page (HARNESS below) puts on window for the bench to call. */
  interface Window {
    benchFirst?: (query: string, limit: number) => Promise<{ ms: number; bytes: number; requests: number }>;
    benchKeys?: (strokes: string[], limit: number) => Promise<number[][]>;
  }
}

const DROPDOWN_LIMIT = 6;
const QUERIES = QUERY_SET.map((c) => c.query);
// Whole questions as residents ask them: the first search of a long question must not cost more bytes.
const NATURAL = ['../shared/real-questions/dev.tsv', 'tests/fixtures/real-questions/public.tsv'].filter((f) => existsSync(f)).flatMap((f) => readSet(f).map((q) => q.question));

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const WORK = path.resolve(flag('--work') ?? path.join(tmpdir(), 'yibao-search-bench'));
const SIZES = (flag('--sizes') ?? 'seeds,10000,50000').split(',').map((s) => s.trim());

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

/**
 * What a kept corpus and its site data were made by: the generator, the content step and the seeds' data. A
 * corpus made by other code (an older checkout, another worktree) is made again rather than read wrongly.
 */
function madeBy(): string {
  const hash = createHash('sha256');
  for (const root of ['lib/content', 'lib/core', 'lib/lexicon', 'lib/dev/generate-corpus.ts', 'content']) {
    const files = statSync(root).isDirectory() ? [...walk(root)].sort().map((rel) => path.join(root, rel)) : [root];
    for (const file of files) hash.update(file).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/** site-data.json for a corpus, generating and building it once for the code that makes it. */
function siteDataFor(size: string): string {
  const data = path.join(WORK, `data-${size}`);
  const file = path.join(data, 'site-data.json');
  if (size === 'seeds') {
    run('npx', ['tsx', 'scripts/build-content.ts', '--content', 'content', '--out', data, '--quiet']);
    return file;
  }
  const stampFile = path.join(WORK, `made-by-${size}`);
  const stamp = madeBy();
  const fresh = existsSync(file) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp;
  if (!fresh) {
    const corpus = path.join(WORK, `corpus-${size}`);
    rmSync(corpus, { recursive: true, force: true });
    rmSync(data, { recursive: true, force: true });
    run('npx', ['tsx', 'scripts/generate-corpus.ts', size, corpus]);
    run('npx', ['tsx', 'scripts/build-content.ts', '--content', corpus, '--out', data, '--quiet']);
    mkdirSync(WORK, { recursive: true });
    writeFileSync(stampFile, stamp);
  }
  return file;
}

function* walk(dir: string, prefix = ''): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) yield* walk(path.join(dir, entry.name), rel);
    else yield rel;
  }
}

// The bench shares its machine; each keystroke is timed in several passes and its median kept, so one
// scheduler hiccup does not decide the p95.
const TIMED_PASSES = 3;

function medianOfPasses(passes: readonly number[][]): number[] {
  return (passes[0] ?? []).map((_, i) => median(passes.map((pass) => pass[i] ?? 0)));
}

/** Every prefix of each query, one code point more each time: what the box sees per keystroke. */
function keystrokes(queries: readonly string[]): string[] {
  return queries.flatMap((q) => {
    const chars = Array.from(q);
    return chars.map((_, i) => chars.slice(0, i + 1).join('')).filter((p) => p.trim() !== '');
  });
}

type Row = {
  corpus: string;
  docs: number;
  files: number;
  bytes: number;
  gzip: number;
  metaGzip: number;
  buildMs: number;
  firstGzip: number[];
  naturalGzip: number[];
  nodeFirstMs: number[];
  /** Nonsense queries for which search said nothing is close. */
  honest: number;
  nodeKeyMs: number[];
  chromeFirstBytes: number[];
  chromeFirstRequests: number[];
  chromeFirstMs: number[];
  chromeKeyMs: number[];
};

async function measureNode(indexDir: string, gzipOf: Map<string, number>) {
  const cache = new Map<string, string>();
  const read = (file: string) => {
    let text = cache.get(file);
    if (text === undefined) {
      text = readFileSync(path.join(indexDir, file), 'utf8');
      cache.set(file, text);
    }
    return text;
  };
  const firstGzip: number[] = [];
  const firstMs: number[] = [];
  const naturalGzip: number[] = [];
  for (const [query, into] of [...QUERIES.map((q) => [q, firstGzip] as const), ...NATURAL.map((q) => [q, naturalGzip] as const)]) {
    let fetched = 0;
    const started = performance.now();
    const engine = await SearchEngine.open(async (file) => {
      fetched += gzipOf.get(file) ?? 0;
      return readFileSync(path.join(indexDir, file), 'utf8');
    });
    present(engine, await engine.search(query, DROPDOWN_LIMIT));
    if (into === firstGzip) firstMs.push(performance.now() - started);
    into.push(fetched);
  }

  const engine = await SearchEngine.open(async (file) => read(file));
  let honest = 0;
  for (const query of NONSENSE_SET) {
    // No results at all is honest too (and all an engine without the closeness verdict can offer).
    const result = await engine.search(query, DROPDOWN_LIMIT);
    if (result.closeness === 'nothing-close' || result.hits.length === 0) honest += 1;
  }
  const strokes = keystrokes(QUERIES);
  // The warm-up pass fetches every shard and display record the timed pass will use.
  for (const q of strokes) present(engine, await engine.search(q, DROPDOWN_LIMIT));
  const passes: number[][] = [];
  for (let pass = 0; pass < TIMED_PASSES; pass += 1) {
    const times: number[] = [];
    for (const q of strokes) {
      const started = performance.now();
      present(engine, await engine.search(q, DROPDOWN_LIMIT));
      times.push(performance.now() - started);
    }
    passes.push(times);
  }
  return { firstGzip, firstMs, naturalGzip, honest, keyMs: medianOfPasses(passes) };
}

const HARNESS = `
import { SearchEngine } from '@/lib/search/engine/query';
import { present } from '@/lib/search/engine/results';

async function load(file, cache) {
  const response = await fetch('/search/' + file, { cache });
  if (!response.ok) throw new Error(file + ': ' + response.status);
  return response.text();
}

function indexEntries() {
  return performance.getEntriesByType('resource').filter((e) => e.name.includes('/search/'));
}

window.benchFirst = async (query, limit) => {
  performance.clearResourceTimings();
  const started = performance.now();
  const engine = await SearchEngine.open((file) => load(file, 'no-store'));
  present(engine, await engine.search(query, limit));
  const ms = performance.now() - started;
  await new Promise((r) => setTimeout(r, 0));
  const entries = indexEntries();
  return { ms, bytes: entries.reduce((sum, e) => sum + e.transferSize, 0), requests: entries.length };
};

window.benchKeys = async (strokes, limit) => {
  const engine = await SearchEngine.open((file) => load(file, 'default'));
  for (const q of strokes) present(engine, await engine.search(q, limit));
  const passes = [];
  for (let pass = 0; pass < ${TIMED_PASSES}; pass += 1) {
    const times = [];
    for (const q of strokes) {
      const started = performance.now();
      present(engine, await engine.search(q, limit));
      times.push(performance.now() - started);
    }
    passes.push(times);
  }
  return passes;
};
`;

async function measureChromium(siteDir: string) {
  const bundle = await build({
    stdin: { contents: HARNESS, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    write: false,
    logLevel: 'error',
  });
  writeFileSync(path.join(siteDir, 'bench.js'), bundle.outputFiles[0]?.text ?? '');
  writeFileSync(path.join(siteDir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>search bench</title><script type="module" src="/bench.js"></script>');

  const server = createSiteServer({ root: siteDir });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the bench server did not get a TCP port');
  const { port } = address;
  const browser = await chromium.launch({ executablePath: locateChromium(), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => 'benchKeys' in window);
    const firstSchema = z.object({ ms: z.number(), bytes: z.number(), requests: z.number() });
    const firstMs: number[] = [];
    const firstBytes: number[] = [];
    const firstRequests: number[] = [];
    for (const query of QUERIES) {
      const first = firstSchema.parse(await page.evaluate(([q, limit]) => window.benchFirst?.(q, limit), [query, DROPDOWN_LIMIT] as const));
      firstMs.push(first.ms);
      firstBytes.push(first.bytes);
      firstRequests.push(first.requests);
    }
    const keyMs = medianOfPasses(
      z.array(z.array(z.number())).parse(await page.evaluate(([strokes, limit]) => window.benchKeys?.(strokes, limit), [keystrokes(QUERIES), DROPDOWN_LIMIT] as const)),
    );
    return { firstMs, firstBytes, firstRequests, keyMs };
  } finally {
    await browser.close();
    server.close();
  }
}

async function bench(size: string): Promise<Row> {
  const dataFile = siteDataFor(size);
  const siteDir = path.join(WORK, `site-${size}`);
  const indexDir = path.join(siteDir, 'search');
  const started = performance.now();
  buildSearchIndexFiles(dataFile, indexDir);
  const buildMs = performance.now() - started;

  const gzipOf = new Map<string, number>();
  let bytes = 0;
  let gzip = 0;
  for (const file of walk(indexDir)) {
    const raw = readFileSync(path.join(indexDir, file));
    const packed = gzipSync(raw).length;
    gzipOf.set(file, packed);
    bytes += statSync(path.join(indexDir, file)).size;
    gzip += packed;
  }
  const meta = z.object({ docCount: z.number() }).parse(JSON.parse(readFileSync(path.join(indexDir, 'meta.json'), 'utf8')));
  const node = await measureNode(indexDir, gzipOf);
  const chrome = await measureChromium(siteDir);
  return {
    corpus: size === 'seeds' ? 'seeds (content/)' : `${Number(size).toLocaleString('en')} generated`,
    docs: meta.docCount,
    files: gzipOf.size,
    bytes,
    gzip,
    metaGzip: gzipOf.get('meta.json') ?? 0,
    buildMs,
    firstGzip: node.firstGzip,
    naturalGzip: node.naturalGzip,
    nodeFirstMs: node.firstMs,
    honest: node.honest,
    nodeKeyMs: node.keyMs,
    chromeFirstBytes: chrome.firstBytes,
    chromeFirstRequests: chrome.firstRequests,
    chromeFirstMs: chrome.firstMs,
    chromeKeyMs: chrome.keyMs,
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KB`;
const mb = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : kb(n));
const ms = (n: number) => n.toFixed(n < 10 ? 2 : 1);

mkdirSync(WORK, { recursive: true });
const rows: Row[] = [];
for (const size of SIZES) {
  console.error(`search bench: ${size}…`);
  rows.push(await bench(size));
}

console.log(`\nSearch bench — ${QUERIES.length} queries, ${keystrokes(QUERIES).length} keystrokes, dropdown limit ${DROPDOWN_LIMIT}; work folder ${WORK}\n`);
console.log('| corpus | questions | index files | index bytes (gzip) | meta.json gzip | first query fetched, gzip (median / max) | natural questions, first query, gzip (median / max) | Node first query ms (median) | Node keystroke p50 / p95 ms | Chromium first query transfer (median / max) | Chromium first query requests (median / max) | Chromium first query ms (median) | Chromium keystroke p50 / p95 ms | nonsense queries answered honestly |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(
    `| ${r.corpus} | ${r.docs.toLocaleString('en')} | ${r.files.toLocaleString('en')} | ${mb(r.bytes)} (${mb(r.gzip)}) | ${kb(r.metaGzip)} | ${kb(median(r.firstGzip))} / ${kb(Math.max(...r.firstGzip))} | ${kb(median(r.naturalGzip))} / ${kb(Math.max(...r.naturalGzip))} | ${ms(median(r.nodeFirstMs))} | ${ms(percentile(r.nodeKeyMs, 50))} / ${ms(percentile(r.nodeKeyMs, 95))} | ${kb(median(r.chromeFirstBytes))} / ${kb(Math.max(...r.chromeFirstBytes))} | ${median(r.chromeFirstRequests)} / ${Math.max(...r.chromeFirstRequests)} | ${ms(median(r.chromeFirstMs))} | ${ms(percentile(r.chromeKeyMs, 50))} / ${ms(percentile(r.chromeKeyMs, 95))} | ${r.honest}/${NONSENSE_SET.length} (${((100 * r.honest) / NONSENSE_SET.length).toFixed(0)} %) |`,
  );
}
const tenK = rows.find((r) => r.docs >= 10_000 && r.docs < 20_000);
if (tenK) {
  const p95 = percentile(tenK.chromeKeyMs, 95);
  const maxFirst = Math.max(...tenK.chromeFirstBytes);
  const heaviest = [...QUERIES.keys()].sort((a, b) => (tenK.chromeFirstBytes[b] ?? 0) - (tenK.chromeFirstBytes[a] ?? 0)).slice(0, 3);
  console.log(`\nHeaviest first queries at 10,000: ${heaviest.map((i) => `${QUERIES[i]} ${kb(tenK.chromeFirstBytes[i] ?? 0)} in ${tenK.chromeFirstRequests[i]} requests`).join('; ')}`);
  console.log(`\nGoals at 10,000: Chromium keystroke p95 ${ms(p95)} ms (< 10 ms: ${p95 < 10 ? 'met' : 'NOT met'}); first query ≤ ${kb(maxFirst)} transferred (< 150 KB: ${maxFirst < 150 * 1024 ? 'met' : 'NOT met'}).`);
}
