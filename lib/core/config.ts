/** Site-wide facts, decided once. Pages and builders read them from here. */

export const SITE_NAME = '医保问答';

/** What the site is, in one line: the home page's lead and the default meta description. */
export const SITE_TAGLINE = '医保、社保常见问题的清楚解答：家庭共济、异地就医、灵活就业参保、生育津贴。';

/** The national medical-insurance service hotline that has the final word on local rules. */
export const HOTLINE = '12393';

/**
 * Marks the layout's own scripts (the inline head script, the islands' entry): the finishing step keeps
 * these and drops every other script, which is Next's (lib/export/finish-page.ts).
 */
export const SITE_SCRIPT_ATTRIBUTE = 'data-site';

export const LOCALE = 'zh-CN';
export const OG_LOCALE = 'zh_CN';

export const DEFAULT_SITE_URL = 'http://localhost:3000';

/**
 * The public origin the site is served from (env `SITE_URL`), without a trailing slash.
 * Canonical URLs, Open Graph, JSON-LD and the sitemap are all built on it.
 */
export function siteUrl(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const raw = env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL is not a URL: ${JSON.stringify(raw)} — set it like https://example.org`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`SITE_URL must be http or https: ${JSON.stringify(raw)}`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * The year the pages are built in. Figures an answer gives for an earlier year are flagged as
 * possibly out of date, because the site is static and the build is the only "now" it knows.
 */
export function buildYear(now: Date = new Date()): number {
  return now.getFullYear();
}

/**
 * Where the feedback form posts (issue 30), decided at build time from env `FEEDBACK_URL`:
 * - unset: the site's own server, `/api/feedback` (`npm start`, `npm run serve`);
 * - an absolute http(s) URL: a deployed feedback server, for a static host (the CSP then allows that origin);
 * - `none`: no endpoint, so no form is rendered at all (a static host with no server behind it).
 * `null` means no endpoint.
 */
export function feedbackEndpoint(env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  const raw = env.FEEDBACK_URL?.trim();
  if (!raw) return '/api/feedback';
  if (raw === 'none') return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`FEEDBACK_URL is not a URL: ${JSON.stringify(raw)} — set it like https://example.org/api/feedback, or to none`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`FEEDBACK_URL must be http or https: ${JSON.stringify(raw)}`);
  return url.href;
}
