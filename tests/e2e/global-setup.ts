import { mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { removeFixtureSite } from '@/lib/dev/fixture-site';

/**
 * A folder for this run's fixture site (lib/dev/fixture-site.ts), known to every worker through the environment; the
 * teardown removes it and the copy built into it. A folder given in FIXTURE_SITE_DIR is kept: `npm test` builds the
 * site there beside the unit tests and removes it itself, and while working on those specs
 * `FIXTURE_SITE_DIR=/tmp/some-folder` keeps the built site between runs (delete the folder when the site's code or
 * fixtures change).
 */
export default function globalSetup(): (() => void) | undefined {
  const kept = process.env.FIXTURE_SITE_DIR;
  if (kept) {
    mkdirSync(kept, { recursive: true });
    return undefined;
  }
  const run = mkdtempSync(path.join(os.tmpdir(), 'yibao-fixture-run-'));
  process.env.FIXTURE_SITE_DIR = run;
  return () => removeFixtureSite(run);
}
