import type { Metadata } from 'next';
import type { Article } from '@/lib/content/schema';
import { knownDate, namedOnly } from './catalog';
import { LOCALE, OG_LOCALE, SITE_NAME, siteUrl } from '@/lib/core/config';
import { absoluteUrl } from '@/lib/core/urls';

/** Search engines show about 120 Chinese characters of a description. */
const DESCRIPTION_LENGTH = 120;

/**
 * A meta description from the opening of a text: whitespace collapsed, cut at the last sentence end
 * that keeps at least half the budget, else at the budget with an ellipsis.
 */
export function describe(text: string, max: number = DESCRIPTION_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const head = flat.slice(0, max);
  const lastStop = Math.max(...['。', '！', '？', '；'].map((stop) => head.lastIndexOf(stop)));
  return lastStop >= max / 2 ? head.slice(0, lastStop + 1) : `${head.slice(0, max - 1).trimEnd()}…`;
}

export type PageMeta = {
  /** The page's own title; the layout's template adds the site name. */
  title: string;
  description: string;
  path: string;
  /** Open Graph type: `article` for question pages. */
  type?: 'website' | 'article';
  publishedTime?: string;
};

/**
 * Metadata every page gets: title, description, canonical URL and Open Graph. Built here so each
 * page's Open Graph block is complete (Next replaces, not merges, a child's `openGraph`).
 */
export function pageMetadata({ title, description, path, type = 'website', publishedTime }: PageMeta): Metadata {
  const url = absoluteUrl(path);
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: {
      title,
      description,
      url,
      siteName: SITE_NAME,
      locale: OG_LOCALE,
      ...(type === 'article' ? { type, ...(publishedTime ? { publishedTime } : {}) } : { type }),
    },
  };
}

/**
 * A question page's description: a full answer's 要点 (its own summary or direct-answer sentence), else the opening
 * of the answer; an excerpt's says it is one.
 */
export function questionDescription(article: Pick<Article, 'kind' | 'answerText' | 'keyPoint'>): string {
  if (namedOnly(article)) return describe('这个问题列在其他页面的相关问题里，本站还没有它的解答。');
  if (article.kind === 'excerpt') return describe(`摘要：${article.answerText}`);
  return describe(article.keyPoint?.text ?? article.answerText);
}

export function questionMetadata(article: Article, path: string): Metadata {
  const metadata = pageMetadata({
    title: article.question,
    description: questionDescription(article),
    path,
    type: 'article',
    publishedTime: knownDate(article),
  });
  // No answer on it yet: readers who follow a link get the page, search engines are asked not to list it.
  return namedOnly(article) ? { ...metadata, robots: { index: false, follow: true } } : metadata;
}

export type Crumb = { name: string; path: string };

type JsonLd = Record<string, unknown>;

/** The 医保名词解释 page as a schema.org DefinedTermSet: each concept with its gloss and its anchor on the page. */
export function glossaryJsonLd(name: string, path: string, terms: readonly { id: string; term: string; gloss: string; forms: readonly string[] }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    name,
    url: absoluteUrl(path),
    hasDefinedTerm: terms.map((t) => ({
      '@type': 'DefinedTerm',
      name: t.term,
      ...(t.forms.length > 0 ? { alternateName: t.forms } : {}),
      description: t.gloss,
      url: `${absoluteUrl(path)}#${t.id}`,
    })),
  };
}

export function breadcrumbJsonLd(crumbs: readonly Crumb[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}

/**
 * `Article`, not `QAPage` or `FAQPage` (see issue 4). Dates only when known: published and modified from the site's
 * own record of the page (its file's history or front matter), else the date the text states.
 */
export function articleJsonLd(article: Article, path: string): JsonLd {
  const url = absoluteUrl(path);
  const date = article.siteDates?.published ?? knownDate(article);
  const modified = article.siteDates?.updated;
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: article.question,
    description: questionDescription(article),
    inLanguage: LOCALE,
    url,
    mainEntityOfPage: url,
    ...(article.altTitles.length > 0 ? { alternativeHeadline: article.altTitles.join('；') } : {}),
    ...(date ? { datePublished: date } : {}),
    ...(modified ? { dateModified: modified } : {}),
    ...(article.source ? { author: { '@type': 'Organization', name: article.source.name } } : {}),
    publisher: { '@type': 'Organization', name: SITE_NAME, url: `${siteUrl()}/` },
  };
}

/**
 * JSON for a `<script type="application/ld+json">`. The text comes from untrusted files, so every
 * `<` (and `>`, `&`, and the JS line separators) is written as a `\u` escape: the JSON parses to
 * the same value, and no `</script>` or `<!--` can ever appear in the HTML.
 */
export function serializeJsonLd(value: JsonLd | JsonLd[]): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
