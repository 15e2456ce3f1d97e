/**
 * `npx tsx scripts/precompress.ts DIR`: writes the `.br` and `.gz` siblings of DIR's text files
 * (lib/export/precompress.ts). `npm run build` runs it on the staging folder before the swap.
 */
import path from 'node:path';
import { precompress } from '../lib/export/precompress';

export function precompressedLine(result: Awaited<ReturnType<typeof precompress>>, seconds: number): string {
  const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  return `Precompressed ${result.files} files not yet compressed (${mib(result.bytes)} → brotli ${mib(result.brotliBytes)}, gzip ${mib(result.gzipBytes)}) in ${seconds.toFixed(1)} s.`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: tsx scripts/precompress.ts DIR');
    process.exit(2);
  }
  const started = performance.now();
  const result = await precompress(dir);
  console.log(precompressedLine(result, (performance.now() - started) / 1000));
}
