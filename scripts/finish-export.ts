/**
 * The last touches on a fresh export, before it is swapped into out/:
 *   npx tsx scripts/finish-export.ts DIR
 *
 * 1. Drops Next's client-navigation payloads (`index.txt`, `__next.*.txt` beside each page).
 *    Every link on the site is a plain <a> and the search box navigates with a full page load,
 *    so no browser ever asks for them; they were more than half of each page's bytes.
 * 2. Writes the Content-Security-Policy `<meta>` into every page (lib/export/csp.ts).
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withContentSecurityPolicy } from '../lib/export/csp';

const RSC_PAYLOAD = /^(index|__next\..+)\.txt$/;

export type FinishedExport = { pages: number; payloadsRemoved: number };

export function finishExport(dir: string): FinishedExport {
  const result: FinishedExport = { pages: 0, payloadsRemoved: 0 };
  const visit = (folder: string) => {
    const entries = readdirSync(folder, { withFileTypes: true });
    // Only beside a page: a `index.txt` elsewhere would be a real file of the site.
    const isPageFolder = existsSync(path.join(folder, 'index.html')) || entries.some((e) => e.name === '__next._tree.txt');
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '_next') visit(full);
      } else if (entry.name.endsWith('.html')) {
        writeFileSync(full, withContentSecurityPolicy(readFileSync(full, 'utf8')));
        result.pages += 1;
      } else if (isPageFolder && RSC_PAYLOAD.test(entry.name)) {
        rmSync(full);
        result.payloadsRemoved += 1;
      }
    }
  };
  visit(dir);
  return result;
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: tsx scripts/finish-export.ts DIR');
    process.exit(2);
  }
  const { pages, payloadsRemoved } = finishExport(dir);
  console.log(`Content-Security-Policy written into ${pages} pages; ${payloadsRemoved} navigation payload files dropped.`);
}
