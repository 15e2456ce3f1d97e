import { defineConfig, devices } from '@playwright/test';
import { locateChromium } from './lib/dev/chromium';

const port = Number(process.env.E2E_PORT ?? 4173);

// `npm test` makes sure a Chromium exists before Playwright starts (lib/dev/chromium.ts).
const executablePath = locateChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Two, one per core here; E2E_WORKERS tries another number.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  // A folder for the fixture site that the specs beyond the seeds share (tests/e2e/fixture-site.ts).
  globalSetup: './tests/e2e/global-setup.ts',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [
    // Checks over the exported files themselves (links, paths, HTML validity): no browser, run once.
    { name: 'static', testMatch: /out\.spec\.ts$/ },
    { name: 'phone', testIgnore: [/out\.spec\.ts$/, /editor-dev\.spec\.ts$/], use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, browserName: 'chromium' } },
    { name: 'desktop', testIgnore: [/out\.spec\.ts$/, /editor-dev\.spec\.ts$/], use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } },
    // An editor's `npm run dev` on a copy of the project: a project of its own, so it can be run alone (--project=editor).
    // It runs last: started first, beside the phone tests, it took 110 s instead of 48 s (a clean-clone run).
    { name: 'editor', testMatch: /editor-dev\.spec\.ts$/, use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } },
  ],
  webServer: {
    command: `npx tsx scripts/serve.ts --dir ${process.env.E2E_DIR ?? 'out'} --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
    // Feedback from the tests goes to a throwaway in-memory store, never to data/feedback or a DATABASE_URL
    // set in the shell; E2E_DATABASE_URL points the server at a PostgreSQL server instead.
    env: { FEEDBACK_DATA: 'memory://', DATABASE_URL: process.env.E2E_DATABASE_URL ?? '' },
  },
});
