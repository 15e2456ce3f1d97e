/**
 * Prints the path of a Chromium for the browser tests, installing one where that is possible (lib/dev/chromium.ts);
 * says what to install and exits 1 where it is not.
 *
 *   npx tsx scripts/find-chromium.ts
 */
import { ensureChromium } from '@/lib/dev/chromium';

try {
  console.log(ensureChromium());
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
