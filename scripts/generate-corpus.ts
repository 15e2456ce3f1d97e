/**
 * Writes a deterministic corpus in the seeds' format, for benchmarks and scale tests (lib/dev/generate-corpus.ts):
 *
 *   npx tsx scripts/generate-corpus.ts 10000 /tmp/corpus-10000 [--seeds content]
 *
 * The same count always writes byte-identical files. Never point it at content/.
 */
import { generateCorpus } from '@/lib/dev/generate-corpus';

const [countArg, dir] = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--seeds');
const seedsAt = process.argv.indexOf('--seeds');
const count = Number(countArg);
if (!Number.isInteger(count) || count < 1 || !dir) {
  console.error('usage: npx tsx scripts/generate-corpus.ts COUNT DIR [--seeds content]');
  process.exitCode = 2;
} else {
  const started = performance.now();
  const { files, bytes } = generateCorpus(count, dir, seedsAt >= 0 ? (process.argv[seedsAt + 1] ?? 'content') : 'content');
  console.log(`Wrote ${files} files (${(bytes / 1024 / 1024).toFixed(1)} MB) to ${dir} in ${((performance.now() - started) / 1000).toFixed(2)} s`);
}
