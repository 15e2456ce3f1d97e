/**
 * `npx tsx scripts/build-islands.ts`: bundles the islands with esbuild into `public/islands/`,
 * content-hashed, and writes `generated/islands.json` naming the entry the layout loads.
 *
 * Two bundles, so that a content page loads exactly one small script:
 *   engine-<hash>.js  the search worker's script: lib/search/engine/worker.ts and all it needs (tokenizer, query,
 *                     valibot, FlexSearch) in one classic script, started the first time someone starts to
 *                     search (lib/islands/search-engine.ts), so none of it runs on the page's thread;
 *   main-<hash>.js    lib/islands/main.ts: the loader and every island, and none of lib/search's engine
 *                     (checked below: an import of it would quietly put the engine into every page).
 * Fast (well under a second), so `npm run build` runs it every time and `npm run dev` on every change to lib/.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, type BuildOptions, type Metafile } from 'esbuild';
import { ISLANDS_DIR, ISLANDS_MANIFEST, ISLANDS_URL } from '../lib/site/islands';

const common: BuildOptions = {
  bundle: true,
  format: 'esm',
  // Every browser that runs ES modules runs this; older ones get the plain HTML pages.
  target: ['es2020'],
  minify: true,
  outdir: ISLANDS_DIR,
  entryNames: '[name]-[hash]',
  chunkNames: '[name]-[hash]',
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
};

function entryUrl(metafile: Metafile, source: string): string {
  const output = Object.entries(metafile.outputs).find(([, o]) => o.entryPoint === source)?.[0];
  if (!output) throw new Error(`esbuild wrote no entry for ${source}`);
  return `${ISLANDS_URL}${path.basename(output)}`;
}

/**
 * Islands only a few pages show, each its own module that their markup names (`data-island-src`, lib/site/islands.ts
 * `lazyIsland`): the calculators are 2.9 KB gzip that every other page would load for nothing.
 */
export const LAZY_ISLANDS = { calculator: 'lib/islands/calculator.ts' } as const;

/** What the page's thread must never load with the islands: the engine and what only it needs. */
const ENGINE_ONLY = /^(lib\/search\/(client|query|index-files|flex|score|worker)\.ts|node_modules\/(flexsearch|valibot)\/)/;

export async function buildIslands(): Promise<{ entry: string; engine: string; files: number }> {
  rmSync(ISLANDS_DIR, { recursive: true, force: true });
  // A classic script, which every browser with workers starts; FlexSearch's own worker mode names a Node module
  // the site never uses, so it stays an unresolved import.
  const engineBuild = await build({ ...common, format: 'iife', metafile: true, entryPoints: { engine: 'lib/search/engine/worker.ts' }, external: ['worker_threads'] });
  const engine = entryUrl(engineBuild.metafile, 'lib/search/engine/worker.ts');
  const mainBuild = await build({ ...common, metafile: true, entryPoints: { main: 'lib/islands/main.ts' } });
  const entry = entryUrl(mainBuild.metafile, 'lib/islands/main.ts');
  const imports = Object.values(mainBuild.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
  if (imports.length > 0) throw new Error(`main.js must be one file, but imports ${imports.join(', ')}`);
  const engineInMain = Object.keys(mainBuild.metafile.inputs).filter((input) => ENGINE_ONLY.test(input));
  if (engineInMain.length > 0) throw new Error(`main.js must not carry the search engine, which runs in its worker, but includes ${engineInMain.join(', ')}`);
  const lazyInMain = Object.values(LAZY_ISLANDS).filter((source) => source in mainBuild.metafile.inputs);
  if (lazyInMain.length > 0) throw new Error(`main.js must not carry ${lazyInMain.join(', ')}, which only the pages that show it load`);
  const lazyBuild = await build({ ...common, metafile: true, entryPoints: LAZY_ISLANDS });
  const lazy = Object.fromEntries(Object.entries(LAZY_ISLANDS).map(([name, source]) => [name, entryUrl(lazyBuild.metafile, source)]));
  mkdirSync(path.dirname(ISLANDS_MANIFEST), { recursive: true });
  writeFileSync(ISLANDS_MANIFEST, `${JSON.stringify({ entry, engine, lazy }, null, 2)}\n`);
  const files = [engineBuild, mainBuild, lazyBuild].reduce((n, b) => n + Object.keys(b.metafile.outputs).length, 0);
  return { entry, engine, files };
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const { entry, engine, files } = await buildIslands();
  console.log(`Islands: ${files} files in ${path.relative(process.cwd(), ISLANDS_DIR)}/, entry ${entry}, search engine ${engine}`);
}
