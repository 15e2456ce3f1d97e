import { expect, type APIRequestContext } from '@playwright/test';

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');

/**
 * The sitemap as a crawler reads it: /sitemap.xml is an index, and each part it names is fetched from the same
 * server (`base`, or the test's baseURL when empty). Returns every part's text and every page URL, in order.
 */
export async function readSitemap(request: APIRequestContext, base = ''): Promise<{ parts: string[]; urls: string[] }> {
  const index = await request.get(`${base}/sitemap.xml`);
  expect(index.status()).toBe(200);
  const indexXml = await index.text();
  expect(indexXml).toContain('<sitemapindex');
  const parts: string[] = [];
  for (const part of locs(indexXml)) {
    const response = await request.get(`${base}${new URL(part).pathname}`);
    expect(response.status(), part).toBe(200);
    expect(response.headers()['content-type']).toContain('xml');
    parts.push(await response.text());
  }
  return { parts, urls: parts.flatMap(locs) };
}
