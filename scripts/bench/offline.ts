/**
 * The service worker's cost and saving: the install-time precache (gzip), and the bytes the server sends for
 * a repeat visit to a question page, with the worker and, in the same run, with the browser's HTTP cache only.
 * Bytes are counted at the server's sockets (headers and bodies, gzip as served), so nothing the browser
 * reports about its caches is taken on trust. Three runs each; needs a built out/ (`npm run build`).
 */
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { locateChromium } from '@/lib/dev/chromium';
import { siteFiles } from '@/lib/export/check-out';
import { CACHES } from '@/lib/offline/policy';
import { createSiteServer } from '@/lib/server/static-server';
import { shellFiles } from '../build-sw';

const RUNS = 3;

function startCountingServer(root: string) {
  const server = createSiteServer({ root });
  const sockets = new Set<Socket>();
  let closedBytes = 0;
  const requests: string[] = [];
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      closedBytes += socket.bytesWritten;
      sockets.delete(socket);
    });
  });
  server.on('request', (req, res) => res.on('finish', () => requests.push(`${res.statusCode} ${req.url}`)));
  return {
    server,
    requests,
    bytesSent: () => closedBytes + [...sockets].reduce((sum, s) => sum + s.bytesWritten, 0),
  };
}

type Visit = { first: number; repeat: number; repeatRequests: string[] };

async function visitTwice(browser: Browser, origin: string, url: string, counting: ReturnType<typeof startCountingServer>, worker: boolean): Promise<Visit> {
  const context = await browser.newContext({ serviceWorkers: worker ? 'allow' : 'block' });
  const page = await context.newPage();
  const start = counting.bytesSent();
  await page.goto(`${origin}${url}`, { waitUntil: 'networkidle' });
  if (worker) {
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // The first visit's own page is saved once the worker is ready (lib/islands/service-worker.ts).
    await page.waitForFunction(
      ([name, p]) => caches.match(new URL(p, location.origin).href, { cacheName: name }).then(Boolean),
      [CACHES.pages, url] as const,
    );
  }
  await page.waitForTimeout(500);
  const between = counting.bytesSent();
  const before = counting.requests.length;
  // A later visit: a new navigation from elsewhere, as when a reader comes back to the page.
  await page.goto('about:blank');
  await page.goto(`${origin}${url}`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  const end = counting.bytesSent();
  const repeatRequests = counting.requests.slice(before);
  await context.close();
  return { first: between - start, repeat: end - between, repeatRequests };
}

export async function benchOffline(root = path.resolve('out')) {
  const shell = shellFiles(root).map((file) => ({ file, gzip: gzipSync(readFileSync(path.join(root, file)), { level: 9 }).length }));
  console.log('\nInstall-time precache (the shell), gzip');
  for (const { file, gzip } of shell) console.log(`  ${(gzip / 1024).toFixed(1).padStart(6)} KB  /${file}`);
  const total = shell.reduce((sum, f) => sum + f.gzip, 0);
  console.log(`  ${(total / 1024).toFixed(1).padStart(6)} KB  total (budget 100 KB); sw.js ${(gzipSync(readFileSync(path.join(root, 'sw.js'))).length / 1024).toFixed(1)} KB gzip`);

  const page = siteFiles(root).find((f) => f.startsWith('/q/') && f.endsWith('/index.html'));
  if (!page) throw new Error(`No question page in ${root}: run \`npm run build\` first.`);
  const url = page.slice(0, -'index.html'.length);
  const counting = startCountingServer(root);
  await new Promise<void>((resolve) => counting.server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(counting.server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: locateChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const runs: { worker: Visit; httpCache: Visit }[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      runs.push({ httpCache: await visitTwice(browser, origin, url, counting, false), worker: await visitTwice(browser, origin, url, counting, true) });
    }
    const range = (values: number[]) => {
      const [lo, hi] = [Math.min(...values), Math.max(...values)];
      return lo === hi ? `${lo}` : `${lo}–${hi}`;
    };
    console.log(`\nBytes the server sent for ${url} (${RUNS} runs, headers and bodies)`);
    console.log(`  ${'first visit, no worker'.padEnd(36)} ${range(runs.map((r) => r.httpCache.first))} B`);
    console.log(`  ${'first visit, worker installs'.padEnd(36)} ${range(runs.map((r) => r.worker.first))} B`);
    console.log(`  ${'repeat visit, HTTP cache only'.padEnd(36)} ${range(runs.map((r) => r.httpCache.repeat))} B`);
    console.log(`  ${'repeat visit, with the worker'.padEnd(36)} ${range(runs.map((r) => r.worker.repeat))} B (goal < 2048)`);
    console.log(`  requests on a repeat visit with the worker: ${runs[0]?.worker.repeatRequests.join(', ')}`);
    console.log(`  requests on a repeat visit, HTTP cache only: ${runs[0]?.httpCache.repeatRequests.join(', ')}`);
  } finally {
    await browser.close();
    counting.server.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) await benchOffline();
