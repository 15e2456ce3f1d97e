/**
 * Writes the Content-Security-Policy `<meta>` into every exported page of a folder:
 *   npx tsx scripts/write-csp.ts out
 * `npm run build` does this before swapping the export into out/.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withContentSecurityPolicy } from '../lib/export/csp';

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full);
    else if (entry.name.endsWith('.html')) yield full;
  }
}

/** Returns the number of pages written. */
export function writeCsp(dir: string): number {
  let pages = 0;
  for (const file of htmlFiles(dir)) {
    writeFileSync(file, withContentSecurityPolicy(readFileSync(file, 'utf8')));
    pages += 1;
  }
  return pages;
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: tsx scripts/write-csp.ts DIR');
    process.exit(2);
  }
  console.log(`Content-Security-Policy written into ${writeCsp(dir)} pages.`);
}
