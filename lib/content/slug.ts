import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';
import { questionKey } from './parse-page';

/**
 * Article slugs: the toneless pinyin syllables of the question, hyphen-joined and cut on a syllable boundary at
 * 60 characters, then `-` and the first 6 hex digits of the SHA-1 of the question's comparison key
 * (`医保共济缴费扣的是哪里的钱` → `yi-bao-gong-ji-jiao-fei-kou-de-shi-na-li-de-qian-3f2c1a`).
 * The slug depends on the question's words only — not the file name, order or neighbours — so a page keeps its URL
 * when files are renamed, added or removed; questions that differ only in spacing, width or punctuation share one.
 * The hash keeps two questions with the same pinyin (同音词) apart. A front-matter `slug` overrides it.
 */
const MAX_WORDS_CHARS = 60;

/** Slugs that would shadow a route or a generated file if they were ever used at a top level. */
export const RESERVED_SLUGS = new Set(['q', 'topics', 'regions', 'search', 'glossary', 'index', 'sitemap', 'robots', 'not-found', '404', '500', 'api', 'static', 'next', 'favicon']);

export function questionHash(question: string): string {
  return createHash('sha1').update(questionKey(question)).digest('hex').slice(0, 6);
}

export function articleSlug(question: string): string {
  const words = pinyin(question.normalize('NFKC'), { toneType: 'none', v: true, type: 'array', nonZh: 'consecutive' })
    .flatMap((w) => w.toLowerCase().split(/[^a-z0-9]+/))
    .filter(Boolean);
  let head = '';
  for (const w of words) {
    const next = head === '' ? w.slice(0, MAX_WORDS_CHARS) : `${head}-${w}`;
    if (next.length > MAX_WORDS_CHARS) break;
    head = next;
  }
  const hash = questionHash(question);
  return head === '' ? `q-${hash}` : `${head}-${hash}`;
}
