/**
 * Finds a Chromium for the browser tests, in this order: an explicit path from the
 * environment (CHROMIUM_PATH), the system's Chromium, Playwright's own download.
 * On a Debian-like machine where none exists and we are root, installs Debian's
 * `chromium` (and a CJK font, so Chinese is not drawn as empty boxes) with apt-get.
 * Anywhere else it stops with a message that says exactly what to install. `npx tsx scripts/find-chromium.ts`
 * prints the path it finds.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

function playwrightOwnChromium(): string | undefined {
  try {
    // playwright-core knows where `npx playwright install` would have put its browser.
    const out = execFileSync(process.execPath, ['-e', "process.stdout.write(require('playwright-core').chromium.executablePath())"], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return out && existsSync(out) ? out : undefined;
  } catch {
    return undefined;
  }
}

export function locateChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  return SYSTEM_PATHS.find((p) => existsSync(p)) ?? playwrightOwnChromium();
}

function hasCjkFont(): boolean {
  const result = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim().length > 0;
}

function canApt(): boolean {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

function aptInstall(packages: string[]) {
  console.log(`Installing ${packages.join(', ')} with apt-get …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', ...packages]]) {
    const result = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed with exit code ${result.status}.`);
  }
}

/** Returns a Chromium path, installing one with apt-get when that is possible. */
export function ensureChromium(): string {
  let found = locateChromium();
  const missing: string[] = [];
  if (!found) missing.push('chromium');
  if (!hasCjkFont()) missing.push('fonts-noto-cjk');
  if (missing.length > 0 && canApt()) {
    aptInstall(missing);
    found = locateChromium();
  }
  if (!found) {
    throw new Error(
      [
        'No Chromium found for the browser tests.',
        'Install one, then run the tests again:',
        '  Debian/Ubuntu:  sudo apt-get install chromium fonts-noto-cjk',
        '  macOS:          brew install --cask chromium',
        '  anywhere with internet:  npx playwright install chromium',
        'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
      ].join('\n'),
    );
  }
  return found;
}
