import { describe, expect, it } from 'vitest';
import { allPageSegments, LIST_PAGE_SIZE, listingPage, listingParams, pageCount, pageFromSegments, pagerLinks, pageSegments, pageSlice } from '@/lib/site/pagination';
import { regionPath, topicPath } from '@/lib/core/urls';

describe('pages of a listing', () => {
  it('counts pages, with one page for an empty or short list', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(LIST_PAGE_SIZE)).toBe(1);
    expect(pageCount(LIST_PAGE_SIZE + 1)).toBe(2);
    expect(pageCount(10, 3)).toBe(4);
  });

  it('slices each page and loses no item across pages', () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    expect(pageSlice(items, 1, 3)).toEqual([0, 1, 2]);
    expect(pageSlice(items, 4, 3)).toEqual([9]);
    expect([1, 2, 3, 4].flatMap((p) => pageSlice(items, p, 3))).toEqual(items);
  });

  it('names page 1 by the listing URL and later pages under page/<n>/', () => {
    expect(topicPath('remote-care')).toBe('/topics/remote-care/');
    expect(topicPath('remote-care', 1)).toBe('/topics/remote-care/');
    expect(topicPath('remote-care', 3)).toBe('/topics/remote-care/page/3/');
    expect(regionPath('nanjing', 2)).toBe('/regions/nanjing/page/2/');
    expect(allPageSegments(3)).toEqual([[], ['page', '2'], ['page', '3']]);
    expect(pageSegments(1)).toEqual([]);
  });

  it('reads the page from the URL segments and refuses any other shape', () => {
    expect(pageFromSegments(undefined, 3)).toBe(1);
    expect(pageFromSegments([], 3)).toBe(1);
    expect(pageFromSegments(['page', '3'], 3)).toBe(3);
    for (const bad of [['page', '1'], ['page', '4'], ['page', '02'], ['page', 'x'], ['2'], ['page', '2', 'x'], ['p', '2']]) {
      expect(pageFromSegments(bad, 3), bad.join('/')).toBeUndefined();
    }
  });
});

describe('paged listing routes', () => {
  it('makes route params for every page of every listing', () => {
    expect(listingParams([{ slug: 'a', total: 0 }, { slug: 'b', total: LIST_PAGE_SIZE * 2 + 1 }])).toEqual([
      { slug: 'a', page: [] },
      { slug: 'b', page: [] },
      { slug: 'b', page: ['page', '2'] },
      { slug: 'b', page: ['page', '3'] },
    ]);
  });

  it('resolves a URL to its page and the page count, or to nothing', () => {
    expect(listingPage(undefined, 120)).toEqual({ page: 1, count: 3 });
    expect(listingPage(['page', '3'], 120)).toEqual({ page: 3, count: 3 });
    expect(listingPage(['page', '4'], 120)).toBeUndefined();
    expect(listingPage(['page', '2'], 10)).toBeUndefined();
  });
});

describe('the pager', () => {
  const shown = (current: number, count: number) => pagerLinks(current, count).map((l) => ('gap' in l ? '…' : l.page)).join(' ');

  it('shows every page of a short listing', () => {
    expect(shown(1, 1)).toBe('1');
    expect(shown(2, 4)).toBe('1 2 3 4');
  });

  it('shows the ends and the current page’s neighbours, with a gap for longer runs', () => {
    expect(shown(1, 20)).toBe('1 2 … 20');
    expect(shown(10, 20)).toBe('1 … 9 10 11 … 20');
    expect(shown(20, 20)).toBe('1 … 19 20');
  });

  it('shows a lone missing page instead of a gap that hides just one page', () => {
    expect(shown(4, 20)).toBe('1 2 3 4 5 … 20');
  });
});
