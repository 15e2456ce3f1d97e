import { expect, test, type Page } from '@playwright/test';
import { expectNoViolationsInBothSchemes } from './axe';
import type { ReadingPrefs } from '@/lib/site/reading-prefs';
import { islandsStarted, pageSettled } from './page-ready';
import { savePrefs } from './saved-prefs';
import { scriptRequests, watchErrors, watchViolations } from './watch';
import { builtCatalog, samplePages } from '@/lib/eval/sample-pages';

/**
 * One page of every type (lib/eval/sample-pages.ts), loaded once in a fresh context (the offline worker installs as
 * for a first visit), and everything that only reads that load checked on it, in the order the page gets there:
 *
 * - what it loads (phone only: the same in every window): one small island script, no framework runtime, no flight
 *   data, nothing of search before intent, no error — checked once every island has started;
 * - its Content-Security-Policy (phone only): strict, and no violation once the offline worker is in place;
 * - no console errors, and no axe violations in the light scheme (full) and the dark one (colour rules);
 * - then every elder reading mode, each a reload with the saved choice in place, scanned in full in one scheme and for
 *   colour in the other (tests/e2e/axe.ts).
 *
 * These were four tests a page (site, csp, islands and elder-mode specs), each loading the page afresh; every check
 * of theirs is here, at the same point of a load, and a failure still names its page, mode and scheme.
 */

const sample = samplePages(builtCatalog());

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const elderSwitch = (page: Page) => page.getByRole('button', { name: '长辈模式' });
const htmlAttribute = (page: Page, name: string) => page.evaluate((n) => document.documentElement.getAttribute(n), name);

const modes: { name: string; prefs: ReadingPrefs }[] = [
  { name: 'elder mode', prefs: { elder: true, size: 'large', highContrast: false } },
  { name: 'elder mode, high contrast', prefs: { elder: true, size: 'xlarge', highContrast: true } },
];

for (const { name, path } of sample.pages) {
  test(`${name}: loads one island script under a strict CSP, no console errors, no axe violations in any reading mode, light and dark`, async ({ page, isMobile }) => {
    // Three loads and six axe scans: three times the usual time.
    test.slow();
    const expect404 = name === '404';
    // What the page loads and its policy are the same in every window: the phone project checks them.
    const sameInEveryWindow = isMobile;
    // A link to results starts the search worker at once (islands.spec.ts checks that); the empty search page is
    // checked for what it loads in islands.spec.ts.
    const checkLoads = sameInEveryWindow && name !== 'search';
    const errors = watchErrors(page, { expect404 });
    const violations = await watchViolations(page);
    const scripts = scriptRequests(page);

    await page.emulateMedia({ colorScheme: 'light' });
    const response = await page.goto(path);
    expect(response?.status()).toBe(expect404 ? 404 : 200);
    if (checkLoads) expect((await response?.text()) ?? '').not.toMatch(/__next_f|TURBOPACK|\/_next\/static\/chunks\/[^"]+\.js/);
    if (sameInEveryWindow) {
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(policy).toContain("script-src 'self'");
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    }
    await expect(h1(page)).toBeVisible();
    await expect(page.getByRole('search').first()).toBeVisible();
    await expect(page.getByRole('contentinfo')).toContainText('免责声明');

    // Every island has started, so every script the page wants before a touch has been asked for.
    await islandsStarted(page);
    if (checkLoads) {
      expect(scripts).toHaveLength(1);
      expect(scripts[0]).toMatch(/^\/islands\/main-[A-Z0-9]+\.js$/);
      expect(await page.locator('script:not([src]):not([type="application/ld+json"])').count()).toBe(1);
      expect([...errors, ...(await violations())], 'errors and CSP violations once the islands started').toEqual([]);
    }

    // All of it: every island started, a shared link's results painted, the offline worker in place.
    await pageSettled(page);
    if (sameInEveryWindow) expect(await violations(), 'CSP violations once the page settled').toEqual([]);
    await expectNoViolationsInBothSchemes(page, name);
    expect(errors).toEqual([]);

    // Every elder reading mode: the first in the light scheme, the second in the dark one the first left.
    for (const [index, { name: mode, prefs }] of modes.entries()) {
      await savePrefs(page, prefs);
      if (index === 0) await page.emulateMedia({ colorScheme: 'light' });
      await page.reload();
      await expect(h1(page)).toBeVisible();
      await expect(elderSwitch(page)).toHaveAttribute('aria-pressed', 'true');
      expect(await htmlAttribute(page, 'data-contrast')).toBe(prefs.highContrast ? 'high' : null);
      await pageSettled(page);
      await expectNoViolationsInBothSchemes(page, `${name}, ${mode}`);
    }
  });
}
