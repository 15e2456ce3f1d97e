import { WRITTEN_DATE } from './markers';

/**
 * What a list of other pages' titles prints around each title: the sign it is drawn with (`▶` `·` `◎`), the date
 * before it (`2025-01-09 …`, `[2024.11.02] …`) and the counts after it (`… 58 个回答`, `… · 1.1万赞`,
 * `… | 阅读 2.4w`, `…（316人看过）`). None of it is the title. Which words name a count is a hint only: after a
 * separator (`·` `|`) or inside parentheses any number with its unit is a count.
 */

const LEADING_SIGN = /^(?:\p{Extended_Pictographic}\uFE0F?|[\p{So}\p{Sm}•·・∙⋅])\s*(?=\S)/u;
const LEADING_DATE = new RegExp(String.raw`^(?:[\[【〔（(]${WRITTEN_DATE}[\]】〕）)]\s*|${WRITTEN_DATE}\s+)(?=\S)`);
/** Words a platform puts before or after a count: `阅读 2.4w`, `58 个回答`, `1.1万赞`. */
const COUNT_WORD = '(?:个?回答|次?浏览|次?阅读|人?看过|人?赞同|评论|收藏|点赞|赞|喜欢|转发|回复|关注|播放)';
const NUMBER = String.raw`\d[\d,.]*\s*[万千kKwW]?\+?`;
const SEPARATOR = String.raw`\s*[·•・∙⋅|｜丨]\s*`;
const COUNT_AFTER_SEPARATOR = new RegExp(`${SEPARATOR}(?:${COUNT_WORD}\\s*)?${NUMBER}\\s*(?:[条个次人]?${COUNT_WORD})?$|${SEPARATOR}${WRITTEN_DATE}$`);
const COUNT_AFTER_SPACE = new RegExp(`\\s+(?:${COUNT_WORD}\\s*${NUMBER}|${NUMBER}\\s*[条个次人]?${COUNT_WORD})$`);
const COUNT_IN_PARENS = new RegExp(`\\s*[（(](?:${COUNT_WORD}\\s*)?${NUMBER}\\s*(?:[条个次人]?${COUNT_WORD})?[)）]$`);

export type TitleMark = 'date' | 'count' | `sign ${string}`;

/** How a listed title is marked, when it is: the sign it is drawn with, a date before it, or a count after it. */
export function titleMark(text: string): TitleMark | undefined {
  const sign = LEADING_SIGN.exec(text);
  if (sign) return `sign ${sign[0].trim()}`;
  if (LEADING_DATE.test(text)) return 'date';
  return hasCount(text) ? 'count' : undefined;
}

function hasCount(text: string): boolean {
  return COUNT_AFTER_SEPARATOR.test(text) || COUNT_AFTER_SPACE.test(text) || COUNT_IN_PARENS.test(text);
}

/** A listed title without its sign, its date and its counts. */
export function bareTitle(text: string): string {
  return text.trim().replace(LEADING_SIGN, '').replace(LEADING_DATE, '').replace(COUNT_AFTER_SEPARATOR, '').replace(COUNT_IN_PARENS, '').replace(COUNT_AFTER_SPACE, '').trim();
}
