import type { Page } from '@playwright/test';
import { PREFS_KEY, type ReadingPrefs } from '@/lib/site/reading-prefs';

/**
 * Saves a choice the way a previous visit would have, before any page script runs: once, so that a choice made
 * later (by a control, or `savePrefs`) is what a reload then finds.
 */
export async function rememberPrefs(page: Page, prefs: ReadingPrefs): Promise<void> {
  await page.addInitScript(([key, value]) => {
    if (window.localStorage.getItem(key) === null) window.localStorage.setItem(key, value);
  }, [PREFS_KEY, JSON.stringify(prefs)] as const);
}

/** Replaces the saved choice in an open page, as the controls would; it applies from the next load. */
export async function savePrefs(page: Page, prefs: ReadingPrefs): Promise<void> {
  await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [PREFS_KEY, JSON.stringify(prefs)] as const);
}
