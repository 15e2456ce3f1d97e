import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { finishPage } from '@/lib/export/finish-page';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const HEAD = '(function(){document.documentElement.dataset.x="1"})()';

const page = [
  '<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<script src="/_next/static/chunks/main.js" async=""></script>',
  `<script data-site="">${HEAD}</script>`,
  '<script data-site="" type="module" src="/islands/main-X.js"></script>',
  '<script src="/_next/static/chunks/polyfill.js" noModule=""></script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>',
  '</head><body><h1>医保</h1>',
  '<script type="application/ld+json">{"@type":"Article"}</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"医保"])</script>',
  '</body></html>',
].join('');

describe('finishing a page', () => {
  it("drops Next's scripts, preload hints and flight data, and keeps the layout's scripts, data blocks and styles", () => {
    const html = finishPage(page);
    expect(html).not.toMatch(/_next\/static\/chunks\/[a-z]+\.js|__next_f|TURBOPACK/);
    expect(html).toContain(`<script data-site="">${HEAD}</script>`);
    expect(html).toContain('<script data-site="" type="module" src="/islands/main-X.js"></script>');
    expect(html).toContain('<script type="application/ld+json">');
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"');
    expect(html).toContain('<h1>医保</h1>');
  });

  it('allows exactly the one inline script left, by hash', () => {
    const html = finishPage(page);
    const policy = /Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(policy).toContain(`script-src 'self' ${sha(HEAD)};`);
    expect(policy.match(/sha256-/g)).toHaveLength(1);
    expect(finishPage(html)).toBe(html);
  });
});
