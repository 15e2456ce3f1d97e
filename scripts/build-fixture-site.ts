/**
 * Builds the browser tests' fixture site into a run folder (lib/dev/fixture-site.ts), or waits for the build already
 * under way there:
 *
 *   npx tsx scripts/build-fixture-site.ts /tmp/fixture-run
 *
 * `npm test` runs it beside the unit tests and hands the folder to Playwright as FIXTURE_SITE_DIR.
 */
import { fixtureSiteRoot } from '@/lib/dev/fixture-site';

const run = process.argv[2];
if (!run) {
  console.error('usage: npx tsx scripts/build-fixture-site.ts RUN_FOLDER');
  process.exit(2);
}
const started = performance.now();
try {
  const root = await fixtureSiteRoot(run);
  console.log(`The fixture site is built in ${root} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
