/**
 * Page weight and Lighthouse (mobile preset: a mid-range phone on slow 4G, simulated) for every page type
 * of a built site, served on loopback two ways: compressed as a CDN serves it (the build's .br/.gz
 * siblings, or gzip on the fly where there are none) and by a plain static file server (no compression).
 *
 *   npx tsx scripts/bench/lighthouse.ts [--dir out] [--dir /other/out …] [--runs N] [--page NAME …]
 *
 * Several --dir print side by side (before/after in one run, on the same machine under the same load).
 * Per page: the gzip bytes of the HTML, CSS and scripts the page loads before anyone touches it (the
 * requests Lighthouse saw, each file gzipped at level 9 from disk, so both builds are weighed alike), the
 * number of script files, then performance, total blocking time, CLS and LCP in both modes (the range
 * over runs when N > 1, and for performance and TBT the median before it when N ≥ 3) and the other three category
 * scores. Runs interleave the builds, so a burst of load on the machine lands on all of them alike.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { z } from 'zod';
import { questionPath, regionPath, toolsPath, topicPath } from '@/lib/core/urls';
import { ensureChromium } from '@/lib/dev/chromium';
import { samplePages } from '@/lib/eval/sample-pages';
import { median } from '@/lib/eval/stats';
import { fileForPath } from '@/lib/export/check-out';
import { createSiteServer } from '@/lib/server/static-server';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Mode = 'compressed' | 'plain';
const MODES: Mode[] = ['compressed', 'plain'];

type Run = { perf: number; tbt: number; cls: number; lcp: number; a11y: number; best: number; seo: number; failing: string[]; requests: Request[] };
type Request = { url: string; resourceType: string };

function pagesToMeasure() {
  const sample = samplePages();
  // An answer that shows a calculator (generated/rates.json), which loads the calculator's own module.
  const withCalculator = Object.keys(z.object({ pages: z.record(z.string(), z.unknown()) }).parse(JSON.parse(readFileSync('generated/rates.json', 'utf8'))).pages)[0];
  return [
    ['home', '/'],
    ['question', questionPath(sample.full.slug)],
    ...(withCalculator ? [['question + calculator', questionPath(withCalculator)] as const] : []),
    ['tools', toolsPath()],
    ['excerpt', questionPath(sample.excerpt.slug)],
    ['topic', topicPath(sample.topic.slug)],
    ['region', regionPath(sample.region.slug)],
    // Lighthouse refuses to score a document answered with status 404; the same page by its own path.
    ['404', '/404.html'],
    ['search ?q=', `/search/?q=${encodeURIComponent('生育津贴')}`],
  ] as const;
}

async function measure(chromePort: number, url: string): Promise<Run> {
  const result = await lighthouse(url, { port: chromePort, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits } = result.lhr;
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  const items = (audits['network-requests']?.details as { items?: Request[] } | undefined)?.items ?? [];
  return {
    perf: score('performance'),
    tbt: audits['total-blocking-time']?.numericValue ?? NaN,
    cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
    lcp: audits['largest-contentful-paint']?.numericValue ?? NaN,
    a11y: score('accessibility'),
    best: score('best-practices'),
    seo: score('seo'),
    failing: Object.values(audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id),
    requests: items.map(({ url: u, resourceType }) => ({ url: u, resourceType })),
  };
}

/** gzip -9 bytes of what a page loaded, by kind, read from the files the requests name. */
function weight(root: string, requests: Request[]) {
  const sum = { html: 0, css: 0, js: 0, scripts: 0 };
  for (const { url, resourceType } of requests) {
    const kind = resourceType === 'Document' ? 'html' : resourceType === 'Stylesheet' ? 'css' : resourceType === 'Script' ? 'js' : undefined;
    if (!kind) continue;
    const { pathname } = new URL(url);
    const file = fileForPath(root, decodeURIComponent(pathname)) ?? (kind === 'html' ? path.join(root, '404.html') : undefined);
    if (!file) continue;
    sum[kind] += gzipSync(readFileSync(file), { level: 9 }).length;
    if (kind === 'js') sum.scripts += 1;
  }
  return sum;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const range = (values: number[], digits = 0) => {
  const low = Math.min(...values).toFixed(digits);
  const high = Math.max(...values).toFixed(digits);
  return low === high ? low : `${low}–${high}`;
};
/**
 * The median, then the range, of three runs or more: on a shared 2-core machine one run in several lands on a burst
 * of load elsewhere, and the range alone shows only that run.
 */
const spread = (values: number[]) => {
  if (values.length < 3) return range(values);
  const low = range(values);
  return low.includes('–') ? `${median(values).toFixed(0)} (${low})` : low;
};

export async function benchLighthouse(dirs: string[], runs: number, only: string[] = []) {
  const pages = pagesToMeasure().filter(([name]) => only.length === 0 || only.includes(name));
  const chrome = await chromeLauncher.launch({
    chromePath: ensureChromium(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const rows: string[][] = [];
  try {
    for (const [name, url] of pages) {
      const results = dirs.map((): Record<Mode, Run[]> => ({ compressed: [], plain: [] }));
      for (let run = 0; run < runs; run += 1) {
        // Every build and both modes in turn, so that a burst of load on the machine hits them alike.
        for (const [index, dir] of dirs.entries()) {
          for (const mode of MODES) {
            const server = createSiteServer({ root: path.resolve(dir), compress: mode === 'compressed' });
            await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
            const { port } = server.address() as AddressInfo;
            try {
              results[index]![mode].push(await measure(chrome.port, `http://127.0.0.1:${port}${url}`));
            } finally {
              server.close();
            }
          }
        }
      }
      for (const [index, dir] of dirs.entries()) {
        const { compressed, plain } = results[index]!;
        const first = compressed[0];
        if (!first) continue;
        const w = weight(path.resolve(dir), first.requests);
        const all = [...compressed, ...plain];
        rows.push([
          name,
          dir,
          kb(w.html),
          kb(w.css),
          kb(w.js),
          String(w.scripts),
          spread(compressed.map((r) => r.perf)),
          spread(compressed.map((r) => r.tbt)),
          spread(plain.map((r) => r.perf)),
          spread(plain.map((r) => r.tbt)),
          range(all.map((r) => r.cls), 3),
          range(compressed.map((r) => r.lcp / 1000), 1),
          range(plain.map((r) => r.lcp / 1000), 1),
          range(all.map((r) => r.a11y)),
          range(all.map((r) => r.best)),
          range(all.map((r) => r.seo)),
          [...new Set(all.flatMap((r) => r.failing))].join(' ') || '-',
        ]);
      }
      console.log(`  measured ${name}`);
    }
  } finally {
    await chrome.kill();
  }
  console.log(`\nLighthouse 12, mobile (simulated slow 4G, 4× CPU slowdown), ${runs} run(s) per mode; KB are gzip -9 of what the page loaded; perf and TBT as median (range) from 3 runs up`);
  console.log(['page', 'out', 'HTML KB', 'CSS KB', 'JS KB', 'scripts', 'perf (compressed)', 'TBT ms', 'perf (plain)', 'TBT ms', 'CLS', 'LCP s (compressed)', 'LCP s (plain)', 'a11y', 'best', 'seo', 'failing audits'].join('\t'));
  for (const row of rows) console.log(row.join('\t'));
  return rows;
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const args = process.argv.slice(2);
  const dirs = args.flatMap((a, i) => (args[i - 1] === '--dir' ? [a] : []));
  const only = args.flatMap((a, i) => (args[i - 1] === '--page' ? [a] : []));
  const runsFlag = args.indexOf('--runs');
  const runs = runsFlag >= 0 ? Number(args[runsFlag + 1]) : 1;
  benchLighthouse(dirs.length > 0 ? dirs : ['out'], Number.isInteger(runs) && runs > 0 ? runs : 1, only).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
