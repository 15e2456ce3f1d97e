/**
 * Lets the browser paint and answer a tap between two steps of opening the index or of a search, so that no step
 * joins the next into one long task (on a ¥500 phone, each step of opening the index takes tens of milliseconds).
 * `scheduler.yield()` where there is one: the rest of the search comes back before other queued work. Elsewhere
 * (older browsers, the tests) a timer tick.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
