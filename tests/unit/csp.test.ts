import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes, withContentSecurityPolicy } from '@/lib/export/csp';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const page = [
  '<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/>',
  '<script src="/_next/static/chunks/main.js" async=""></script>',
  '<script>self.__next_f.push([1,"医保"])</script>',
  '<script type="application/ld+json">{"@type":"Article","headline":"\\u003cscript>"}</script>',
  '</head><body><script>self.__next_f.push([2])</script></body></html>',
].join('');

describe('Content-Security-Policy', () => {
  it('hashes exactly the inline executable scripts, as the browser does', () => {
    expect(inlineScriptHashes(page)).toEqual([sha('self.__next_f.push([1,"医保"])'), sha('self.__next_f.push([2])')].sort());
  });

  it('never allows unsafe-inline or unsafe-eval for scripts', () => {
    const policy = contentSecurityPolicy(inlineScriptHashes(page));
    expect(policy).not.toMatch(/unsafe-(inline|eval)/);
    expect(policy).toContain("object-src 'none'");
  });

  it('places the policy before the first script and replaces an older one', () => {
    const once = withContentSecurityPolicy(page);
    const twice = withContentSecurityPolicy(once);
    expect(twice).toBe(once);
    expect(once.indexOf('Content-Security-Policy')).toBeLessThan(once.indexOf('<script'));
    expect(once.indexOf('<meta charSet="utf-8"/>')).toBeLessThan(once.indexOf('Content-Security-Policy'));
  });
});
