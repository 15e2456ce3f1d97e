/**
 * Load on the static server: 50 connections for 10 s against a question page, on loopback.
 * Prints requests/s, latency p50/p99 and errors. Needs a built out/ (`npm run build`).
 */
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import autocannon from 'autocannon';
import { siteFiles } from '@/lib/export/check-out';
import { createSiteServer } from '@/lib/server/static-server';

export async function benchServe(root = path.resolve('out')) {
  const page = siteFiles(root).find((f) => f.startsWith('/q/') && f.endsWith('/index.html'));
  if (!page) throw new Error(`No question page in ${root}: run \`npm run build\` first.`);
  const url = page.slice(0, -'index.html'.length);
  const server = createSiteServer({ root });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    const result = await autocannon({
      url: `http://127.0.0.1:${port}${url}`,
      connections: 50,
      duration: 10,
      headers: { 'accept-encoding': 'gzip' },
    });
    const rows: [string, string][] = [
      ['page', url],
      ['requests/s (mean)', result.requests.average.toFixed(0)],
      ['latency p50 (ms)', String(result.latency.p50)],
      ['latency p99 (ms)', String(result.latency.p99)],
      ['requests total', String(result.requests.total)],
      ['errors', String(result.errors)],
      ['timeouts', String(result.timeouts)],
      ['non-2xx responses', String(result.non2xx)],
    ];
    console.log('\nStatic server under load (autocannon, 50 connections, 10 s, gzip)');
    for (const [k, v] of rows) console.log(`  ${k.padEnd(20)} ${v}`);
    return result;
  } finally {
    server.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  benchServe().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
