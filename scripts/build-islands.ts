/**
 * `npx tsx scripts/build-islands.ts`: bundles the islands with esbuild into `public/islands/`,
 * content-hashed, and writes `generated/islands.json` naming the entry the layout loads.
 *
 * Two bundles, so that a content page loads exactly one small script:
 *   engine-<hash>.js  lib/search/client.ts and all it needs (tokenizer, query, zod/mini, FlexSearch) in one
 *                     file, fetched by `import()` the first time someone starts to search (one request,
 *                     not a chain of chunks, on the way to the index);
 *   main-<hash>.js    lib/islands/main.ts: the loader and every island, with the engine's `import()`
 *                     pointed at the file above instead of being split into chunks main would import.
 * Fast (well under a second), so `npm run build` runs it every time.
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

export async function buildIslands(): Promise<{ entry: string; engine: string; files: number }> {
  rmSync(ISLANDS_DIR, { recursive: true, force: true });
  // FlexSearch's worker mode names a Node module; the site never starts workers, so it stays an unresolved import.
  const engineBuild = await build({ ...common, metafile: true, entryPoints: { engine: 'lib/search/client.ts' }, external: ['worker_threads'] });
  const engine = entryUrl(engineBuild.metafile, 'lib/search/client.ts');
  const mainBuild = await build({
    ...common,
    metafile: true,
    entryPoints: { main: 'lib/islands/main.ts' },
    plugins: [
      {
        name: 'engine-by-url',
        setup(b) {
          b.onResolve({ filter: /^@\/lib\/search\/client$/ }, () => ({ path: engine, external: true }));
        },
      },
    ],
  });
  const entry = entryUrl(mainBuild.metafile, 'lib/islands/main.ts');
  const imports = Object.values(mainBuild.metafile.outputs).flatMap((o) => o.imports.filter((i) => !i.external).map((i) => i.path));
  if (imports.length > 0) throw new Error(`main.js must be one file, but imports ${imports.join(', ')}`);
  mkdirSync(path.dirname(ISLANDS_MANIFEST), { recursive: true });
  writeFileSync(ISLANDS_MANIFEST, `${JSON.stringify({ entry, engine }, null, 2)}\n`);
  return { entry, engine, files: Object.keys(engineBuild.metafile.outputs).length + Object.keys(mainBuild.metafile.outputs).length };
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const { entry, engine, files } = await buildIslands();
  console.log(`Islands: ${files} files in ${path.relative(process.cwd(), ISLANDS_DIR)}/, entry ${entry}, search engine ${engine}`);
}
