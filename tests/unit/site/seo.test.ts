import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildYear, siteUrl } from '@/lib/core/config';
import { formatDate } from '@/lib/core/dates';
import { articleJsonLd, breadcrumbJsonLd, describe as describeText, pageMetadata, questionMetadata, serializeJsonLd } from '@/lib/site/seo';
import { absoluteUrl, questionPath, regionPath, topicPath } from '@/lib/core/urls';
import { article } from './fixtures';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('site url', () => {
  it('defaults to localhost:3000 and drops a trailing slash', () => {
    expect(siteUrl({})).toBe('http://localhost:3000');
    expect(siteUrl({ SITE_URL: 'https://yibao.example.org/' })).toBe('https://yibao.example.org');
    expect(siteUrl({ SITE_URL: 'https://example.org/wenda/' })).toBe('https://example.org/wenda');
  });

  it('refuses a value that is not an http(s) URL, saying how to fix it', () => {
    expect(() => siteUrl({ SITE_URL: 'yibao.example.org' })).toThrow(/SITE_URL is not a URL/);
    expect(() => siteUrl({ SITE_URL: 'javascript:alert(1)' })).toThrow(/http or https/);
  });

  it('builds absolute ASCII URLs with trailing slashes on the configured origin', () => {
    vi.stubEnv('SITE_URL', 'https://yibao.example.org');
    expect(absoluteUrl(questionPath('yibao-gongji'))).toBe('https://yibao.example.org/q/yibao-gongji/');
    expect(absoluteUrl(topicPath('family-copay'))).toBe('https://yibao.example.org/topics/family-copay/');
    expect(absoluteUrl(regionPath('guangzhou'))).toBe('https://yibao.example.org/regions/guangzhou/');
  });
});

describe('meta description', () => {
  it('keeps a short text whole, with whitespace collapsed', () => {
    expect(describeText('医保  共济\n是什么。')).toBe('医保 共济 是什么。');
  });

  it('cuts a long text at a sentence end when one is late enough', () => {
    const text = `${'甲'.repeat(80)}。${'乙'.repeat(80)}`;
    expect(describeText(text, 120)).toBe(`${'甲'.repeat(80)}。`);
  });

  it('otherwise cuts at the budget with an ellipsis', () => {
    const result = describeText('丙'.repeat(300), 120);
    expect(result).toHaveLength(120);
    expect(result.endsWith('…')).toBe(true);
  });
});

describe('page metadata', () => {
  it('gives every page a canonical URL and a complete Open Graph block', () => {
    vi.stubEnv('SITE_URL', 'https://yibao.example.org');
    const meta = pageMetadata({ title: '家庭共济', description: '说明', path: topicPath('family-copay') });
    expect(meta.alternates?.canonical).toBe('https://yibao.example.org/topics/family-copay/');
    expect(meta.openGraph).toMatchObject({ title: '家庭共济', url: 'https://yibao.example.org/topics/family-copay/', siteName: '医保问答', locale: 'zh_CN', type: 'website' });
  });

  it('describes an excerpt as a summary and dates it only when the text does', () => {
    const dated = questionMetadata(article('a', { kind: 'excerpt', answerText: '388元', source: { name: '健康新闻', date: '2025-03-18' } }), questionPath('a'));
    expect(dated.description).toBe('摘要：388元');
    expect(dated.openGraph).toMatchObject({ type: 'article', publishedTime: '2025-03-18' });
    const undated = questionMetadata(article('b'), questionPath('b'));
    expect(undated.openGraph).not.toHaveProperty('publishedTime');
    expect(dated.robots).toBeUndefined();
  });

  it('says a question only named elsewhere has no answer yet, and asks search engines not to index it', () => {
    const named = questionMetadata(article('c', { kind: 'excerpt', answerText: '' }), questionPath('c'));
    expect(named.description).toBe('这个问题列在其他页面的相关问题里，本站还没有它的解答。');
    expect(named.robots).toEqual({ index: false, follow: true });
  });
});

describe('JSON-LD', () => {
  const hostile = '</script><script>alert(1)</script><!-- {{x}} & \u2028';

  it('stays inert: no "<" survives, and it parses back to the same text', () => {
    const json = serializeJsonLd(articleJsonLd(article('x', { question: hostile, answerText: hostile }), questionPath('x')));
    expect(json).not.toMatch(/[<>]/);
    expect(json).not.toContain('\u2028');
    const parsed: unknown = JSON.parse(json);
    expect(parsed).toMatchObject({ '@type': 'Article', headline: hostile });
  });

  it('has dates only where the text states one', () => {
    const withDate = articleJsonLd(article('a', { source: { name: '健康新闻', date: '2025-03-18' } }), questionPath('a'));
    expect(withDate).toMatchObject({ datePublished: '2025-03-18', author: { '@type': 'Organization', name: '健康新闻' } });
    const withoutDate = articleJsonLd(article('b'), questionPath('b'));
    expect(withoutDate).not.toHaveProperty('datePublished');
    expect(withoutDate).not.toHaveProperty('dateModified');
  });

  it('numbers breadcrumb items from 1 with absolute URLs', () => {
    vi.stubEnv('SITE_URL', 'https://yibao.example.org');
    expect(breadcrumbJsonLd([{ name: '首页', path: '/' }, { name: '家庭共济', path: topicPath('family-copay') }])).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: '首页', item: 'https://yibao.example.org/' },
        { '@type': 'ListItem', position: 2, name: '家庭共济', item: 'https://yibao.example.org/topics/family-copay/' },
      ],
    });
  });
});

describe('formatting', () => {
  it('writes dates the Chinese way', () => {
    expect(formatDate('2025-03-08')).toBe('2025年3月8日');
  });

  it('takes the build year from the clock it is given', () => {
    expect(buildYear(new Date('2027-06-01T00:00:00Z'))).toBe(2027);
  });
});
