import type { Page, Request } from '@playwright/test';

/**
 * What a page does while a test looks at it, recorded from the first request on: the scripts it asks for, its console
 * errors, and the Content-Security-Policy violations it reports. Shared by the specs that check a page's load.
 */

/** The search worker's script or a file of the search index: what no page may fetch before someone means to search. */
export const isEngineOrIndex = (url: string) => /\/islands\/engine-|\/search\/(meta\.json|t\/|d\/)/.test(new URL(url).pathname);

/** The scripts (and search files) a page asks for, by path. */
export function scriptRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request: Request) => {
    if (request.resourceType() === 'script' || isEngineOrIndex(request.url())) seen.push(new URL(request.url()).pathname);
  });
  return seen;
}

/** Console errors and uncaught exceptions, except the 404 page's own status line. */
export function watchErrors(page: Page, { expect404 = false } = {}): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (expect404 && /status of 404/.test(message.text())) return;
    errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Every CSP violation the page reports, from the first script on: the console's and the page's events. */
export async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const messages: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) messages.push(m.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () => [...messages, ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations))];
}
