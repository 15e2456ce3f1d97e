import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod/mini';

/** Where scripts/build-islands.ts writes the bundles (served as /islands/…) and the name of the entry. */
export const ISLANDS_DIR = path.join(process.cwd(), 'public', 'islands');
export const ISLANDS_URL = '/islands/';
export const ISLANDS_MANIFEST = path.join(process.cwd(), 'generated', 'islands.json');

const url = () => z.string().check(z.startsWith(ISLANDS_URL));
const manifestSchema = z.object({ entry: url(), engine: url(), lazy: z.record(z.string(), url()) });

let read: z.infer<typeof manifestSchema> | undefined;

/**
 * generated/islands.json, read once per process: every page's layout names both bundles. Under `npm run dev`
 * each time, since scripts/dev.ts rebuilds the search worker when lib/ changes.
 */
function manifest(): z.infer<typeof manifestSchema> {
  if (read && process.env.NODE_ENV !== 'development') return read;
  let raw: string;
  try {
    raw = readFileSync(ISLANDS_MANIFEST, 'utf8');
  } catch {
    throw new Error(`${path.relative(process.cwd(), ISLANDS_MANIFEST)} is missing: run \`npx tsx scripts/build-islands.ts\` (or \`npm run build\`) first.`);
  }
  read = manifestSchema.parse(JSON.parse(raw));
  return read;
}

/** The URL of the islands' entry script, for the layout's one `<script type="module">`. */
export function islandsEntry(): string {
  return manifest().entry;
}

/**
 * The URL of an island loaded only by the pages that show it (scripts/build-islands.ts `LAZY_ISLANDS`): its markup
 * names it in `data-island-src`, so every other page never downloads it.
 */
export function lazyIsland(name: string): string {
  const src = manifest().lazy[name];
  if (!src) throw new Error(`generated/islands.json names no lazy island "${name}": list it in LAZY_ISLANDS (scripts/build-islands.ts)`);
  return src;
}

/** The URL of the search worker's script: the head script starts it early on a link to results (lib/search/preload.ts), the islands on the first search. */
export function islandsEngine(): string {
  return manifest().engine;
}
