/**
 * `npm test`: type check, lint, unit tests, build, browser tests — then one closing line
 * `N passed, N failed` summed over the unit and browser tests. A check that is not a test
 * (type check, lint, build, finding a browser) counts as one failure when it fails, so the
 * closing line never reads clean over a broken step.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { ensureChromium } from '@/lib/dev/chromium';
import { removeFixtureSite } from '@/lib/dev/fixture-site';

const RESULTS = 'test-results';
let passed = 0;
let failed = 0;
const failures: string[] = [];

function run(label: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } });
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

function check(label: string, command: string, args: string[], env?: Record<string, string>): boolean {
  const ok = run(label, command, args, env);
  if (!ok) {
    failed += 1;
    failures.push(label);
  }
  return ok;
}

const vitestReport = z.object({ numPassedTests: z.number(), numFailedTests: z.number() });
const playwrightReport = z.object({ stats: z.object({ expected: z.number(), unexpected: z.number(), flaky: z.number() }) });

function readJson(file: string): unknown {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

/** Counts tests from a runner's JSON report; a runner that crashed before writing one counts as one failure. */
function countTests(label: string, ok: boolean, file: string, parse: (raw: unknown) => { passed: number; failed: number }) {
  const raw = readJson(file);
  if (raw === undefined) {
    failed += 1;
    failures.push(`${label} (no report written)`);
    return;
  }
  const counts = parse(raw);
  passed += counts.passed;
  failed += counts.failed;
  if (!ok && counts.failed === 0) {
    failed += 1;
    failures.push(`${label} (runner exited non-zero)`);
  } else if (counts.failed > 0) failures.push(`${label}: ${counts.failed} failed`);
}

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

// The browser tests' fixture site builds from the start, beside the type check, lint and unit tests, which each keep
// one core busy of two (tsc and eslint by nature, vitest by its default on this machine), instead of inside the
// browser tests, where it would compete with them. Its outcome is read by the specs that use it: a failed build
// fails them, with its output.
const fixtureRun = mkdtempSync(path.join(os.tmpdir(), 'yibao-fixture-run-'));
const fixtureStarted = Date.now();
const fixtureLog = path.join(fixtureRun, 'build.log');
const fixtureBuild = new Promise<string>((resolve) => {
  // Its output goes to a file, not a pipe: this process is blocked in the steps below meanwhile and reads nothing.
  const log = openSync(fixtureLog, 'w');
  const child = spawn('npx', ['tsx', 'scripts/build-fixture-site.ts', fixtureRun], { stdio: ['ignore', log, log], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  child.on('close', () => {
    closeSync(log);
    resolve(readFileSync(fixtureLog, 'utf8').trim());
  });
});

check('type check', 'npx', ['tsc', '--noEmit']);
check('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);

const unitOk = run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${RESULTS}/vitest.json`]);
countTests('unit tests', unitOk, `${RESULTS}/vitest.json`, (raw) => {
  const r = vitestReport.parse(raw);
  return { passed: r.numPassedTests, failed: r.numFailedTests };
});

let chromium: string | undefined;
try {
  chromium = ensureChromium();
  console.log(`\nChromium: ${chromium}`);
} catch (error) {
  console.error(`\n✘ ${error instanceof Error ? error.message : String(error)}`);
  failed += 1;
  failures.push('finding Chromium');
}

const built = check('build', 'npm', ['run', 'build']);

const fixtureOutput = await fixtureBuild;
console.log(`\nFixture site (started before the type check, done ${((Date.now() - fixtureStarted) / 1000).toFixed(1)} s after): ${fixtureOutput.split('\n').slice(-1)[0] ?? ''}`);

if (chromium && built) {
  const e2eOk = run('browser tests', 'npx', ['playwright', 'test'], { CHROMIUM_PATH: chromium, FIXTURE_SITE_DIR: fixtureRun });
  countTests('browser tests', e2eOk, `${RESULTS}/playwright.json`, (raw) => {
    const { stats } = playwrightReport.parse(raw);
    return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
  });
} else {
  failed += 1;
  failures.push('browser tests (not run: no Chromium or no build)');
}

removeFixtureSite(fixtureRun);

if (failures.length > 0) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
