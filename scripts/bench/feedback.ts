/**
 * Load on POST /api/feedback: 50 connections for 10 s of JSON reports with the site's own Origin, on loopback,
 * against a fresh PGlite folder (and, with BENCH_DATABASE_URL, a PostgreSQL server too, in a schema of its own).
 * The rate limit is lifted (FEEDBACK_RATE_LIMIT=off in serve.ts terms) so the figure is the store's throughput,
 * not the limiter's refusals. Then checks that the rows stored are the 2xx autocannon saw plus the few in flight
 * when its clock stopped (at most one per connection), and that nothing else came back: 0 errors, 0 timeouts,
 * 0 non-2xx. Needs a built out/ (`npm run build`); builds nothing itself.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { FEEDBACK_API_PATH, type Feedback } from '@/lib/core/feedback';
import { siteFiles } from '@/lib/export/check-out';
import { openFeedbackStore, type FeedbackStore } from '@/lib/server/feedback-store';
import { createSiteServer } from '@/lib/server/static-server';

const CONNECTIONS = 50;
const SECONDS = 10;

type Backend = { name: string; open(): Promise<FeedbackStore>; cleanup(): Promise<void> };

function pgliteFolder(): Backend {
  const parent = mkdtempSync(path.join(tmpdir(), 'bench-feedback-'));
  return {
    name: 'PGlite (fresh folder)',
    open: () => openFeedbackStore({ dataDir: path.join(parent, 'feedback') }),
    cleanup: async () => rmSync(parent, { recursive: true, force: true }),
  };
}

function postgres(url: string): Backend {
  const schema = `feedback_bench_${process.pid}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  const scoped = new URL(url);
  scoped.searchParams.set('options', `-c search_path=${schema}`);
  return {
    name: `PostgreSQL (${new URL(url).host})`,
    async open() {
      await admin(`drop schema if exists ${schema} cascade; create schema ${schema}`);
      return openFeedbackStore({ databaseUrl: scoped.href });
    },
    cleanup: () => admin(`drop schema if exists ${schema} cascade`),
  };
}

async function benchOne(root: string, page: string, backend: Backend): Promise<boolean> {
  const opened = await backend.open();
  // Counts the reports the server handed to the store: autocannon stops its clock with up to one request per
  // connection in flight, stored (or still being stored) but never counted on its side.
  let added = 0;
  let pending = 0;
  const store: FeedbackStore = {
    ...opened,
    async add(feedback, at) {
      pending += 1;
      try {
        const stored = await opened.add(feedback, at);
        added += 1;
        return stored;
      } finally {
        pending -= 1;
      }
    },
  };
  const server = createSiteServer({ root, feedback: store, rateLimit: 'off' });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  let closed = false;
  const { port } = server.address() as AddressInfo;
  const report: Feedback = { page, helpful: false, reason: 'outdated', note: '这里说的缴费比例是去年的，今年已经调整了。' };
  try {
    const result = await autocannon({
      url: `http://127.0.0.1:${port}${FEEDBACK_API_PATH}`,
      method: 'POST',
      connections: CONNECTIONS,
      duration: SECONDS,
      headers: { 'content-type': 'application/json', origin: `http://127.0.0.1:${port}` },
      body: JSON.stringify(report),
    });
    // Let the reports in flight reach the store before counting.
    await new Promise<void>((resolve) => server.close(() => resolve()));
    closed = true;
    while (pending > 0) await new Promise((resolve) => setTimeout(resolve, 20));
    const stored = await opened.count();
    const ok2xx = result['2xx'];
    const inFlight = stored - ok2xx;
    const checks: [string, boolean][] = [
      [`rows stored (${stored}) = reports the server stored (${added})`, stored === added],
      [`rows stored = 2xx seen by autocannon (${ok2xx}) + in flight when its clock stopped (${inFlight}, at most one per connection)`, inFlight >= 0 && inFlight <= CONNECTIONS],
      [`errors ${result.errors}, timeouts ${result.timeouts}`, result.errors === 0 && result.timeouts === 0],
      [`non-2xx ${result.non2xx}`, result.non2xx === 0],
    ];
    const rows: [string, string][] = [
      ['store', backend.name],
      ['requests/s (mean)', result.requests.average.toFixed(0)],
      ['latency p50 (ms)', String(result.latency.p50)],
      ['latency p99 (ms)', String(result.latency.p99)],
      ['requests total', String(result.requests.total)],
      ['2xx (autocannon)', String(ok2xx)],
      ['rows stored', String(stored)],
      ['non-2xx', String(result.non2xx)],
      ['errors', String(result.errors)],
      ['timeouts', String(result.timeouts)],
    ];
    console.log(`\nPOST ${FEEDBACK_API_PATH} under load (autocannon, ${CONNECTIONS} connections, ${SECONDS} s, JSON, rate limit off)`);
    for (const [k, v] of rows) console.log(`  ${k.padEnd(20)} ${v}`);
    for (const [what, ok] of checks) console.log(`  ${ok ? '✔' : '✘'} ${what}`);
    return checks.every(([, ok]) => ok);
  } finally {
    if (!closed) await new Promise<void>((resolve) => server.close(() => resolve()));
    await opened.close();
    await backend.cleanup();
  }
}

export async function benchFeedback(root = path.resolve('out')): Promise<boolean> {
  if (!existsSync(path.join(root, 'index.html'))) throw new Error(`${root}/index.html is missing: run \`npm run build\` first.`);
  const answer = siteFiles(root).find((f) => /^\/q\/[A-Za-z0-9-]+\/index\.html$/.test(f));
  const page = answer ? answer.slice(0, -'index.html'.length) : '/q/bench/';
  const backends = [pgliteFolder(), ...(process.env.BENCH_DATABASE_URL ? [postgres(process.env.BENCH_DATABASE_URL)] : [])];
  let ok = true;
  for (const backend of backends) ok = (await benchOne(root, page, backend)) && ok;
  return ok;
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  benchFeedback().then(
    (ok) => process.exit(ok ? 0 : 1),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
