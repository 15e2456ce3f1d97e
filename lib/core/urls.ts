import { siteUrl } from './config';

/**
 * Every internal path the site links to, decided once. ASCII only, always with the trailing slash the export uses.
 * Pages link with plain `<a href>`, not next/link: every page is static HTML, and next/link would hydrate a client
 * component per link and prefetch a payload for every link in view, which costs a cheap phone more than it saves.
 */
export const homePath = () => '/';
export const topicsPath = () => '/topics/';
export const regionsPath = () => '/regions/';
export const questionPath = (slug: string) => `/q/${slug}/`;
/** A listing's page `page`: page 1 is the listing itself, later pages `page/<n>/` under it (lib/site/pagination.ts). */
const listingPage = (base: string, page: number) => (page <= 1 ? base : `${base}page/${page}/`);
export const topicPath = (slug: string, page = 1) => listingPage(`/topics/${slug}/`, page);
export const regionPath = (slug: string, page = 1) => listingPage(`/regions/${slug}/`, page);
export const searchPath = () => '/search/';
/** The calculators, all on one page; `kind` is a calculator's anchor there (content/rates/<kind>.yaml). */
export const toolsPath = () => '/tools/';
export const toolPath = (kind: string) => `/tools/#${kind}`;
/** The 医保名词解释 page, and one concept on it (`id` is the lexicon's ASCII id). */
export const glossaryPath = () => '/glossary/';
export const glossaryTermPath = (id: string) => `/glossary/#${id}`;
/** What the service worker shows for a page that was never saved, when there is no connection (lib/offline/). */
export const offlinePath = () => '/offline/';
/** 隐私说明: what the feedback form keeps and what stays in the reader's browser. */
export const privacyPath = () => '/privacy/';

/** In-page anchor of a region's group on a topic page; the way topic pages narrow by region without script. */
export const regionAnchor = (slug: string) => `region-${slug}`;

/** An absolute URL on the configured site origin, for canonical links, Open Graph, JSON-LD and the sitemap. */
export function absoluteUrl(path: string, base: string = siteUrl()): string {
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}
