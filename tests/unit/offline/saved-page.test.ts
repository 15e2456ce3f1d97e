import { describe, expect, it } from 'vitest';
import { isHashedAsset, isListedSavedPage, isPagePath, pageKey, SAVED_AT_HEADER, SAVED_TITLE_HEADER, searchFile } from '@/lib/offline/policy';
import { isExpired, pageAssets, pageTitle, savedCopyNotice, savedHeaders, savedList, savedPage, withSavedCopyNotice } from '@/lib/offline/saved-page';

// The shape of an exported page after the finishing step: CSP first, one stylesheet, the islands' module.
const page = [
  '<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/>',
  '<meta http-equiv="Content-Security-Policy" content="default-src \'self\'"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/0azdq47e0kr40.css" data-precedence="next"/>',
  '<title>灵活就业医保&amp;生育 · 医保问答</title>',
  '<script data-site="">document.documentElement.dataset.x=1</script>',
  '<script data-site="" type="module" src="/islands/main-AB12CD34.js"></script>',
  '<link rel="icon" href="/favicon.svg"/></head>',
  '<body class="flex"><a href="#main">跳到正文</a><main id="main" tabindex="-1" class="mx-auto"><h1>问题</h1></main></body></html>',
].join('');

describe('what the worker keeps', () => {
  it('tells pages from hashed files and the search index', () => {
    expect(isHashedAsset('/_next/static/chunks/0azdq47e0kr40.css')).toBe(true);
    expect(isHashedAsset('/islands/main-AB12CD34.js')).toBe(true);
    expect(isHashedAsset('/islands/main.js')).toBe(false);
    expect(isHashedAsset('/favicon.svg')).toBe(false);
    expect(searchFile('/search/meta.json')).toBe('meta');
    expect(searchFile('/search/t/1z.json')).toBe('part');
    expect(searchFile('/search/d/0.json')).toBe('part');
    expect(searchFile('/search/s/sounds.json')).toBe('part');
    expect(searchFile('/search/')).toBeUndefined();
    for (const path of ['/', '/q/abc-123/', '/topics/family-copay/page/2/', '/regions/', '/search/', '/offline/']) expect(isPagePath(path), path).toBe(true);
    for (const path of ['/sw.js', '/manifest.webmanifest', '/icons/icon-192.png', '/sitemap.xml', '/search/meta.json', '/_next/static/x.js'])
      expect(isPagePath(path), path).toBe(false);
  });

  it('keeps one copy of a page whatever query or fragment it was opened with', () => {
    expect(pageKey('http://127.0.0.1:4116/search/?q=生育津贴#r')).toBe('/search/');
    expect(pageKey('/q/abc/')).toBe('/q/abc/');
  });

  it('lists readable pages only: not the offline page itself, not the search page', () => {
    expect(isListedSavedPage('/q/abc/')).toBe(true);
    expect(isListedSavedPage('/offline/')).toBe(false);
    expect(isListedSavedPage('/search/')).toBe(false);
  });
});

describe('a saved page', () => {
  it('reads its title without the site name, entities decoded', () => {
    expect(pageTitle(page)).toBe('灵活就业医保&生育');
    expect(pageTitle('<html><head></head></html>')).toBe('医保问答');
  });

  it('names the hashed files it loads, and only those', () => {
    expect(pageAssets(page)).toEqual(['/_next/static/chunks/0azdq47e0kr40.css', '/islands/main-AB12CD34.js']);
  });

  it('is stamped with when it was saved and its title, in headers a browser accepts', () => {
    const at = new Date('2026-12-01T09:30:00Z');
    const headers = savedHeaders(page, at);
    expect(headers[SAVED_AT_HEADER]).toBe('2026-12-01T09:30:00.000Z');
    expect(headers[SAVED_TITLE_HEADER]).toMatch(/^[\x20-\x7e]+$/);
    expect(savedPage('/q/abc/', new Headers(headers))).toEqual({ path: '/q/abc/', title: '灵活就业医保&生育', savedAt: at });
    // A response the worker never stamped is not a saved page.
    expect(savedPage('/q/abc/', new Headers({ 'content-type': 'text/html' }))).toBeUndefined();
  });

  it('served from the cache, says first thing in <main> that it is a copy and from which day', () => {
    const at = new Date(2026, 11, 1, 8, 0);
    expect(savedCopyNotice(at)).toBe('离线浏览：这是 2026年12月1日 保存的内容，政策可能已更新');
    const served = withSavedCopyNotice(page, at);
    expect(served).toContain('<main id="main" tabindex="-1" class="mx-auto"><p data-saved-copy=');
    expect(served).toContain('离线浏览：这是 2026年12月1日 保存的内容，政策可能已更新</p><h1>问题</h1>');
    // Only the notice is added.
    expect(served.replace(/<p data-saved-copy[^]*?<\/p>/, '')).toBe(page);
  });
});

describe('the offline page list', () => {
  const now = new Date('2026-12-01T12:00:00Z');
  const day = 24 * 60 * 60 * 1000;
  const saved = (path: string, ageDays: number) => ({ path, title: path, savedAt: new Date(now.getTime() - ageDays * day) });

  it('is newest first and drops what is past 30 days or not a page to read', () => {
    const list = savedList([saved('/q/old/', 29), saved('/q/new/', 0.5), saved('/q/too-old/', 31), saved('/offline/', 0), undefined, saved('/topics/x/', 3)], now);
    expect(list.map((p) => p.path)).toEqual(['/q/new/', '/topics/x/', '/q/old/']);
    expect(isExpired(new Date(now.getTime() - 30 * day - 1000), now)).toBe(true);
    expect(isExpired(new Date(now.getTime() - 29 * day), now)).toBe(false);
  });
});
