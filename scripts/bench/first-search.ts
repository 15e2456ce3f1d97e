/**
 * The first search from a question page, cold, as a person does it: a site of N generated questions (default 10,000)
 * served on loopback, a question page opened in headless Chromium with an empty cache, the header box focused and a
 * query typed one character at a time. Measured from the first keystroke to the first frame that shows an answer in
 * the drop-down (results, or the honest 「没有找到」: an answer to an older keystroke that comes after a newer one is
 * never shown), unthrottled and at 4× CPU slowdown, each run in a fresh browser context.
 * Then, for one run of each query, the timeline of that search: every request from the focus on (path, bytes over
 * the wire, start and end) and the steps the search worker and the page mark (`performance.mark('search:…')`).
 *
 *   npx tsx scripts/bench/first-search.ts [--n 10000] [--site DIR …] [--runs 5]
 *
 * The CPU slowdown (CDP Emulation.setCPUThrottlingRate) slows the page's thread only: Chromium refuses it for a
 * dedicated worker ("Operation is only supported for pages, not workers"), so at 4× the search worker's own steps
 * still run at full speed, and the figure flatters a slow phone by about three times the worker's busy time.
 *
 * Without --site it builds a throw-away copy of the project with the generated corpus (scripts/bench/scale.ts) and
 * keeps it, printing how to reuse it: --site takes that copy (or its out/) and builds nothing. Several --site are
 * measured side by side (before and after a change, in one run).
 */
import { existsSync, readdirSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from '@playwright/test';
import { ensureChromium } from '@/lib/dev/chromium';
import { createSiteServer } from '@/lib/server/static-server';
import { buildGeneratedCopy } from './scale';
import { median } from '@/lib/eval/stats';

const QUERIES = process.env.FS_QUERY ? [process.env.FS_QUERY] : [
  // The natural question of issue 29: at most 150 KB for its first search.
  '门诊慢特病怎么申请',
  '生育津贴',
  // A long, chatty question a resident asked (../shared/real-questions/dev.tsv).
  '我以前在单位交的医保，现在换单位了，中间有三个月没交，如果以后生病影响报销吗？',
];
const RATES = process.env.FS_RATE ? [Number(process.env.FS_RATE)] : [1, 4];
/** Between two characters, as a quick typist (or a voice keyboard's stream) enters them. */
const KEY_DELAY_MS = 60;
/** The search is over when nothing has been requested or answered for this long after the last keystroke. */
const QUIET_MS = 1000;

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

type Mark = { name: string; at: number; where: 'page' | 'worker' };
type Fetch = { path: string; bytes: number; start: number; end: number };
/** `indexBytes`, `indexRequests`: the search index's files only (/search/), without the worker's script, which the page may have fetched before the focus. */
type Run = { firstResultMs: number; said: string; firstBytes: number; totalBytes: number; indexBytes: number; indexRequests: number; requests: Fetch[]; marks: Mark[]; keystroke: number };

/** Wall-clock marks of the page or of its search worker (both name their steps `search:…`). */
function readMarks(): { origin: number; marks: { name: string; startTime: number }[] } {
  return {
    origin: performance.timeOrigin,
    marks: performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('search:'))
      .map((m) => ({ name: m.name, startTime: m.startTime })),
  };
}

/**
 * Puts on the page what the bench reads back: the wall-clock time of the focus, of the first keystroke, and of the
 * first frame that shows an answer to a typed query (the box's status line says what was found, or that nothing was),
 * with that line.
 */
function watchFirstResult(): void {
  type Watch = { focus?: number; key?: number; painted?: number; said?: string };
  const watch: Watch = {};
  (window as unknown as { firstSearch: Watch }).firstSearch = watch;
  // No named helper in here: tsx would wrap it in a __name() call that the page does not have.
  const input = document.querySelector('input[role="combobox"]');
  input?.addEventListener('focus', () => (watch.focus ??= performance.timeOrigin + performance.now()), { once: true });
  input?.addEventListener('input', () => (watch.key ??= performance.timeOrigin + performance.now()), { once: true });
  const status = input?.closest('[data-island="search-box"]')?.querySelector('[role="status"]');
  if (!status) return;
  const observer = new MutationObserver(() => {
    if (!status.textContent) return;
    observer.disconnect();
    watch.said = status.textContent;
    // The frame that shows it: requestAnimationFrame runs just before the paint, a task queued there just after.
    requestAnimationFrame(() => setTimeout(() => (watch.painted = performance.timeOrigin + performance.now())));
  });
  observer.observe(status, { childList: true, subtree: true, characterData: true });
}

const mark = (name: string, at: number): Mark => ({ name, at, where: 'page' });

/**
 * Bytes the server wrote for each request (headers and body, as they went over the socket), by path and query. Read on
 * the server: Chromium reports no sizes for the search worker's requests (Request.sizes() gives 0 for them).
 */
type Wire = Map<string, number[]>;

function countWire(server: ReturnType<typeof createSiteServer>): Wire {
  const wire: Wire = new Map();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    // HTTP/1.1 without pipelining: one response at a time per connection, so the socket's count tells this one's.
    const socket = req.socket;
    const before = socket.bytesWritten;
    res.on('finish', () => {
      const key = req.url ?? '';
      wire.set(key, [...(wire.get(key) ?? []), socket.bytesWritten - before]);
    });
  });
  return wire;
}

/** Bytes over the wire for a request: as Chromium tells them, or else as the server counted them (the oldest count for its URL not yet taken). */
async function wireBytes(request: Request, wire: Wire): Promise<number> {
  const { pathname, search } = new URL(request.url());
  const told = await request.sizes().then(
    (sizes) => sizes.responseBodySize + sizes.responseHeadersSize,
    () => 0,
  );
  if (told > 0) {
    wire.get(pathname + search)?.shift();
    return told;
  }
  // The response's last bytes may reach the bench a moment before the server's 'finish'.
  for (let tries = 0; tries < 20 && !(wire.get(pathname + search)?.length ?? 0); tries += 1) await new Promise((resolve) => setTimeout(resolve, 50));
  return wire.get(pathname + search)?.shift() ?? 0;
}

async function firstSearch(browser: Browser, { url, wire }: { url: string; wire: Wire }, query: string, rate: number): Promise<Run> {
  const context: BrowserContext = await browser.newContext();
  try {
    const page: Page = await context.newPage();
    if (rate > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    // Counted from here: the page's own load is not the search's.
    wire.clear();

    const finished: Promise<Fetch>[] = [];
    let lastActivity = Date.now();
    let inFlight = 0;
    page.on('request', () => {
      inFlight += 1;
      lastActivity = Date.now();
    });
    const settle = (request: Request) => {
      inFlight -= 1;
      lastActivity = Date.now();
      finished.push(
        wireBytes(request, wire).then((bytes) => {
          const timing = request.timing();
          const { pathname, search } = new URL(request.url());
          return { path: decodeURIComponent(pathname) + search, bytes, start: timing.startTime, end: timing.startTime + Math.max(timing.responseEnd, 0) };
        }),
      );
    };
    page.on('requestfinished', settle);
    page.on('requestfailed', settle);

    await page.evaluate(watchFirstResult);
    const box = page.getByRole('combobox', { name: '搜索问题' });
    await box.pressSequentially(query, { delay: KEY_DELAY_MS });
    await page.waitForFunction(() => (window as unknown as { firstSearch: { painted?: number } }).firstSearch.painted !== undefined, undefined, { timeout: 60_000 });
    while (inFlight > 0 || Date.now() - lastActivity < QUIET_MS) await page.waitForTimeout(100);

    const watch = await page.evaluate(() => (window as unknown as { firstSearch: { focus: number; key: number; painted: number; said: string } }).firstSearch);
    const marks: Mark[] = [];
    const collect = (read: ReturnType<typeof readMarks>, where: Mark['where']) => {
      for (const m of read.marks) marks.push({ name: m.name.slice('search:'.length), at: read.origin + m.startTime, where });
    };
    collect(await page.evaluate(readMarks), 'page');
    for (const worker of page.workers()) collect(await worker.evaluate(readMarks), 'worker');
    const requests = (await Promise.all(finished)).filter((r) => r.start >= watch.focus - 1).sort((a, b) => a.start - b.start);
    return {
      firstResultMs: watch.painted - watch.key,
      said: watch.said,
      firstBytes: requests.filter((r) => r.start <= watch.painted).reduce((sum, r) => sum + r.bytes, 0),
      totalBytes: requests.reduce((sum, r) => sum + r.bytes, 0),
      indexBytes: requests.filter((r) => r.path.startsWith('/search/')).reduce((sum, r) => sum + r.bytes, 0),
      indexRequests: requests.filter((r) => r.path.startsWith('/search/')).length,
      requests,
      marks: [...marks.filter((m) => m.at >= watch.focus - 1), mark('focus', watch.focus), mark(`first answer painted: ${watch.said}`, watch.painted)].sort((a, b) => a.at - b.at),
      keystroke: watch.key,
    };
  } finally {
    await context.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => value.toFixed(0).padStart(6);

function printTimeline(query: string, rate: number, run: Run) {
  console.log(`\nTimeline of 「${query}」 at ${rate}× CPU, ms from the first keystroke (one run: first answer ${run.firstResultMs.toFixed(0)} ms, 「${run.said}」)`);
  type Line = { at: number; text: string };
  const lines: Line[] = [
    ...run.requests.map((r) => ({ at: r.start, text: `${ms(r.start - run.keystroke)} → ${ms(r.end - run.keystroke)}  GET ${r.path}  ${kb(r.bytes)}` })),
    ...run.marks.map((m) => ({ at: m.at, text: `${ms(m.at - run.keystroke)}           ${m.where.padEnd(6)} ${m.name}` })),
  ];
  for (const line of lines.sort((a, b) => a.at - b.at)) console.log(line.text);
  console.log(`${run.requests.length} requests, ${kb(run.totalBytes)} for the whole question (${kb(run.firstBytes)} before the first answer)`);
}

/** The built sites to measure: each --site (a copy or its out/), or else a copy built now. */
async function sites(): Promise<string[]> {
  const given = process.argv.flatMap((arg, i) => (process.argv[i - 1] === '--site' ? [arg] : []));
  if (given.length > 0) {
    return given.map((dir) => {
      const out = existsSync(path.join(dir, 'out', 'index.html')) ? path.join(dir, 'out') : dir;
      if (!existsSync(path.join(out, 'index.html'))) throw new Error(`--site ${dir}: no built site there (no index.html)`);
      return path.resolve(out);
    });
  }
  const count = Number(flag('--n') ?? 10_000);
  if (!Number.isInteger(count) || count <= 0) throw new Error(`--n ${flag('--n')}: not a number of questions`);
  console.log(`Building a copy with ${count.toLocaleString('en')} generated questions …`);
  const { project } = await buildGeneratedCopy(count, true, `yibao-first-search-${count}-`);
  console.log(`  kept: reuse with --site ${project}, remove with rm -rf ${project}`);
  return [path.join(project, 'out')];
}

async function serveSite(out: string) {
  const question = readdirSync(path.join(out, 'q'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()[0];
  if (!question) throw new Error(`${out} has no question pages`);
  const server = createSiteServer({ root: out, compress: true });
  const wire = countWire(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { out, server, wire, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/q/${question}/` };
}

async function main() {
  const served = await Promise.all((await sites()).map(serveSite));
  const runs = Number(flag('--runs') ?? 5);
  const browser = await chromium.launch({ executablePath: ensureChromium() });
  try {
    for (const site of served) console.log(`Site ${site.out}: from ${site.url}`);
    console.log(`${runs} runs per query, CPU rate and site (sites in turn, so that a burst of load hits them alike), keys ${KEY_DELAY_MS} ms apart`);
    const rows: string[][] = [];
    const timelines: [string, string, number, Run][] = [];
    for (const query of QUERIES) {
      for (const rate of RATES) {
        const results = served.map((): Run[] => []);
        for (let run = 0; run < runs; run += 1) for (const [i, site] of served.entries()) results[i]?.push(await firstSearch(browser, site, query, rate));
        for (const [i, site] of served.entries()) {
          const mine = results[i] ?? [];
          const times = mine.map((r) => r.firstResultMs);
          rows.push([
            query.length > 12 ? `${query.slice(0, 12)}…` : query,
            ...(served.length > 1 ? [site.out] : []),
            `${rate}×`,
            median(times).toFixed(0),
            `${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)}`,
            kb(median(mine.map((r) => r.firstBytes))),
            kb(median(mine.map((r) => r.totalBytes))),
            `${kb(median(mine.map((r) => r.indexBytes)))} (${kb(Math.min(...mine.map((r) => r.indexBytes)))}–${kb(Math.max(...mine.map((r) => r.indexBytes)))})`,
            String(median(mine.map((r) => r.indexRequests))),
            String(median(mine.map((r) => r.requests.length))),
          ]);
          console.log(`  measured 「${query}」 at ${rate}× on ${site.out}: ${times.map((t) => t.toFixed(0)).join(', ')} ms (${[...new Set(mine.map((r) => r.said))].join('; ')})`);
          const [first] = mine;
          if (first && (rate === 1 || query === QUERIES[0])) timelines.push([query, site.out, rate, first]);
        }
      }
    }
    console.log('\nFirst answer after the first keystroke, cold (median of the runs, range); bytes over the wire from the focus on');
    console.log("(4×: the page's thread only; the search worker runs at full speed, see the top of this file)");
    console.log(['query', ...(served.length > 1 ? ['site'] : []), 'CPU', 'median ms', 'range ms', 'bytes to 1st answer', 'bytes, whole question', 'index bytes, whole question (range)', 'index requests', 'requests'].join('\t'));
    for (const row of rows) console.log(row.join('\t'));
    for (const [query, out, rate, run] of timelines) printTimeline(served.length > 1 ? `${query}」 on 「${out}` : query, rate, run);
  } finally {
    await browser.close();
    for (const { server } of served) server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
