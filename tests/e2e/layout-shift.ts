import type { Page } from '@playwright/test';

/** Every layout shift the page has had since it started loading, summed (the CLS a reader felt so far). */
export function layoutShiftSoFar(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
        // The buffered entries are delivered in the next task.
        setTimeout(() => resolve(total), 0);
      }),
  );
}
