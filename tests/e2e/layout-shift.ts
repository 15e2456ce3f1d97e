import type { Page } from '@playwright/test';

export type Shifts = {
  /** Every layout shift since the page started loading, summed (the CLS a reader felt so far). */
  total: number;
  /** What moved, for a failure to say: element, its text, where it was and where it went. */
  moved: string[];
};

export function layoutShiftSoFar(page: Page): Promise<Shifts> {
  return page.evaluate(
    () =>
      new Promise<Shifts>((resolve) => {
        type Source = { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly };
        const found: Shifts = { total: 0, moved: [] };
        const at = (r: DOMRectReadOnly) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { value: number; startTime: number; sources: Source[] }[]) {
            found.total += entry.value;
            for (const s of entry.sources) {
              const node = s.node instanceof Element ? `<${s.node.tagName.toLowerCase()} class="${s.node.className}">` : String(s.node?.nodeName);
              found.moved.push(`${Math.round(entry.startTime)} ms ${node} “${(s.node?.textContent ?? '').slice(0, 20)}” ${at(s.previousRect)} → ${at(s.currentRect)}`);
            }
          }
        }).observe({ type: 'layout-shift', buffered: true });
        // The buffered entries are delivered in the next task.
        setTimeout(() => resolve(found), 0);
      }),
  );
}
