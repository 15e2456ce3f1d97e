import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A folder for this run's fixture site (fixture-site.ts), known to every worker through the environment; the
 * teardown removes it and the copy built into it. While working on those specs, `FIXTURE_SITE_DIR=/tmp/some-folder`
 * keeps the built site between runs (delete the folder when the site's code or fixtures change).
 */
export default function globalSetup(): (() => void) | undefined {
  const kept = process.env.FIXTURE_SITE_DIR;
  if (kept) {
    mkdirSync(kept, { recursive: true });
    return undefined;
  }
  const run = mkdtempSync(path.join(os.tmpdir(), 'yibao-fixture-run-'));
  process.env.FIXTURE_SITE_DIR = run;
  return () => {
    const copy = path.join(run, 'root');
    if (existsSync(copy)) rmSync(readFileSync(copy, 'utf8'), { recursive: true, force: true });
    rmSync(run, { recursive: true, force: true });
  };
}
