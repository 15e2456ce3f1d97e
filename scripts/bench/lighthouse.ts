/**
 * Lighthouse (mobile preset: a mid-range phone on slow 4G, simulated) on the home page,
 * a question page and a topic page of the built site, served on loopback. Prints the four
 * category scores and the layout shift. Needs a built out/ (`npm run build`).
 */
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { siteFiles } from '../../lib/export/check-out';
import { ensureChromium } from '../find-chromium';
import { createSiteServer } from '../serve';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

function firstPage(files: string[], prefix: string): string {
  const page = files.find((f) => f.startsWith(prefix) && f !== `${prefix}index.html` && f.endsWith('/index.html'));
  if (!page) throw new Error(`No page under ${prefix} in out/: run \`npm run build\` first.`);
  return page.slice(0, -'index.html'.length);
}

export async function benchLighthouse(root = path.resolve('out')) {
  const files = siteFiles(root);
  const targets = [
    ['home', '/'],
    ['question', firstPage(files, '/q/')],
    ['topic', '/topics/family-copay/'],
  ] as const;
  const server = createSiteServer({ root });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const chrome = await chromeLauncher.launch({
    chromePath: ensureChromium(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const rows: string[][] = [];
  try {
    for (const [name, url] of targets) {
      const result = await lighthouse(`http://127.0.0.1:${port}${url}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { categories, audits } = result.lhr;
      const score = (id: string) => String(Math.round((categories[id]?.score ?? 0) * 100));
      const failing = Object.values(audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id);
      rows.push([name, url, ...CATEGORIES.map(score), String(audits['cumulative-layout-shift']?.numericValue ?? '?'), failing.join(' ') || '-']);
    }
  } finally {
    await chrome.kill();
    server.close();
  }
  console.log('\nLighthouse 12, mobile (simulated slow 4G, mid-range phone)');
  console.log(['page', 'url', 'perf', 'a11y', 'best', 'seo', 'CLS', 'failing audits'].join('\t'));
  for (const row of rows) console.log(row.join('\t'));
  return rows;
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  benchLighthouse().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
