/**
 * Long listings (a topic's or a region's questions) are split into pages of `LIST_PAGE_SIZE`, so a topic with
 * thousands of questions is still a light page on a cheap phone. Page 1 keeps the listing's own URL; later pages
 * live at `<listing>/page/<n>/` (lib/core/urls.ts).
 */

/** Questions on one listing page. */
export const LIST_PAGE_SIZE = 50;

export function pageCount(total: number, size: number = LIST_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The items of page `page` (1-based). */
export function pageSlice<T>(items: readonly T[], page: number, size: number = LIST_PAGE_SIZE): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** The route segments of page `page` under a listing's optional catch-all: none for page 1, `['page', 'n']` after. */
export function pageSegments(page: number): string[] {
  return page <= 1 ? [] : ['page', String(page)];
}

/**
 * The page a listing URL's segments name, or undefined when they name none: `[]` is page 1, `['page', '2']` is 2.
 * `page/1` is not a page (it would duplicate the listing's own URL), nor is anything past `count`.
 */
export function pageFromSegments(segments: readonly string[] | undefined, count: number): number | undefined {
  if (!segments || segments.length === 0) return 1;
  const [word, number] = segments;
  if (segments.length !== 2 || word !== 'page' || !number || !/^[1-9]\d*$/.test(number)) return undefined;
  const page = Number(number);
  return page >= 2 && page <= count ? page : undefined;
}

/** Every page of a listing as route params, page 1 first. */
export function allPageSegments(count: number): string[][] {
  return Array.from({ length: count }, (_, i) => pageSegments(i + 1));
}

/** `generateStaticParams` of a paged listing route (`[slug]/[[...page]]`): every page of every listing. */
export function listingParams(listings: readonly { slug: string; total: number }[]): { slug: string; page: string[] }[] {
  return listings.flatMap(({ slug, total }) => allPageSegments(pageCount(total)).map((page) => ({ slug, page })));
}

/** The page a listing URL names and the listing's page count, or undefined for a URL that names no page of it. */
export function listingPage(segments: readonly string[] | undefined, total: number): { page: number; count: number } | undefined {
  const count = pageCount(total);
  const page = pageFromSegments(segments, count);
  return page === undefined ? undefined : { page, count };
}

export type PageLink = { page: number } | { gap: true };

/**
 * The numbers a pager shows: the first and last page, and the current one with `around` neighbours on each side;
 * a gap stands for any run it leaves out, unless the run is a single page (then that page is shown instead).
 */
export function pagerLinks(current: number, count: number, around = 1): PageLink[] {
  const shown = new Set([1, count]);
  for (let p = current - around; p <= current + around; p += 1) if (p >= 1 && p <= count) shown.add(p);
  const pages = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  pages.forEach((page, i) => {
    const previous = pages[i - 1];
    if (previous !== undefined && page - previous === 2) links.push({ page: page - 1 });
    else if (previous !== undefined && page - previous > 2) links.push({ gap: true });
    links.push({ page });
  });
  return links;
}
