/**
 * Does a heading read as a question of its own? Pages from 政策问答 feeds hold several questions, each a heading over
 * its answer (`1.问:新生儿怎么参保?` → 新生儿怎么参保?); search finds them and links to their section. A heading
 * that asks with a question mark, or asks in a whole sentence, is one; a short section heading of an ordinary answer
 * (二、能报多少, 四、异地能不能用) is a fragment that needs its page's title to mean anything. Browser-safe.
 */
const MARKED = /[？?]\s*$/u;
const ASKS = /(?:吗|么|呢)$|怎么|怎样|如何|什么|哪些|哪里|哪儿|多少|多久|能否|是否|可否|能不能|可不可以|是不是|有没有|要不要/u;
// Numbering a heading may open with: 一、 1. (1) ① Q1:
const NUMBERING = /^(?:[一二三四五六七八九十]+[、.．]|\d+[、.．)）]|[（(]\d+[)）]|[①-⑳]|Q\d*[:：])\s*/u;
/** A question in a whole sentence: at least this many characters besides its numbering. */
const SENTENCE = 8;

export function readsAsQuestion(heading: string): boolean {
  const text = heading.trim().replace(NUMBERING, '');
  return MARKED.test(text) || (Array.from(text).length >= SENTENCE && ASKS.test(text));
}
