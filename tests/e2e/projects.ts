import { test } from '@playwright/test';

/**
 * Marks the tests of the enclosing file or `describe` as independent of the window: what they check (response
 * headers, the page policy, which scripts load, the offline worker's caches, what is stored or sent, what a search
 * finds) is the same at 390 and at 1280 px. They run in the phone project, the one most readers use, and the desktop
 * project skips them. Tests of how a page looks or is used — layout, targets, keyboard, axe — run in both. A single
 * test is marked by an untitled `test.describe(() => { sameInEveryWindow(); test(…) })` around it.
 */
export function sameInEveryWindow(): void {
  test.skip(({ isMobile }) => !isMobile, 'the same in every window: the phone project runs it');
}
