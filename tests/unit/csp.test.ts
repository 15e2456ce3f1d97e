import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { feedbackEndpoint } from '@/lib/core/config';
import { contentSecurityPolicy, inlineScriptHashes, sendSources, withContentSecurityPolicy } from '@/lib/export/csp';

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

describe('where a page may send data (connect-src, form-action)', () => {
  const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));

  it('is only the site itself when the feedback endpoint is its own (the default) or there is none', () => {
    for (const feedback of ['/api/feedback', null]) {
      const policy = contentSecurityPolicy([], feedback);
      expect(directive(policy, 'connect-src')).toBe("connect-src 'self'");
      expect(directive(policy, 'form-action')).toBe("form-action 'self'");
    }
  });

  it('adds exactly the origin of an absolute FEEDBACK_URL, no path, nothing else', () => {
    const policy = contentSecurityPolicy([], 'https://feedback.example.org:8443/api/feedback?x=1');
    expect(directive(policy, 'connect-src')).toBe("connect-src 'self' https://feedback.example.org:8443");
    expect(directive(policy, 'form-action')).toBe("form-action 'self' https://feedback.example.org:8443");
    expect(directive(policy, 'default-src')).toBe("default-src 'self'");
    expect(directive(policy, 'img-src')).toBe("img-src 'self' data:");
  });

  it('follows FEEDBACK_URL as the build sets it', () => {
    expect(sendSources(feedbackEndpoint({ FEEDBACK_URL: 'http://127.0.0.1:9000/api/feedback' }))).toBe("'self' http://127.0.0.1:9000");
    expect(sendSources(feedbackEndpoint({ FEEDBACK_URL: 'none' }))).toBe("'self'");
    expect(sendSources(feedbackEndpoint({}))).toBe("'self'");
  });
});
