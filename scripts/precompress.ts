/**
 * `npx tsx scripts/precompress.ts DIR [--after-finishing]`: writes the `.br` and `.gz` siblings of DIR's text files
 * that have none fresh (lib/export/precompress.ts); with the flag, only of what the finishing step leaves, as
 * `npm run build` does on the staging folder before the swap.
 */
import path from 'node:path';
import { LEFT_AFTER_FINISHING, precompress } from '../lib/export/precompress';

const AFTER_FINISHING = '--after-finishing';

export function precompressedLine(result: Awaited<ReturnType<typeof precompress>>, seconds: number): string {
  const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  return `Precompressed ${result.files} files not yet compressed (${mib(result.bytes)} → brotli ${mib(result.brotliBytes)}, gzip ${mib(result.gzipBytes)}) in ${seconds.toFixed(1)} s.`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const [dir, flag] = process.argv.slice(2);
  if (!dir || (flag !== undefined && flag !== AFTER_FINISHING)) {
    console.error(`usage: tsx scripts/precompress.ts DIR [${AFTER_FINISHING}]   (the flag: only what the finishing step leaves, as npm run build does)`);
    process.exit(2);
  }
  const started = performance.now();
  const result = await precompress(dir, flag ? { paths: LEFT_AFTER_FINISHING } : {});
  console.log(precompressedLine(result, (performance.now() - started) / 1000));
}
