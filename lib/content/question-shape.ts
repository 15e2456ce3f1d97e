/**
 * Does a heading read as a question? Pages from 政策问答 feeds hold several questions, each a heading over its
 * answer (`1.问:新生儿怎么参保?` → 新生儿怎么参保?); search finds them and links to their section. Browser-safe.
 */
const ASKS = /[？?]\s*$|(?:吗|么|呢)\s*$|怎么|怎样|如何|什么|哪些|哪里|哪儿|多少|多久|几[个月年天]|能否|是否|可否|能不能|可不可以|是不是|有没有|要不要/u;

export function readsAsQuestion(heading: string): boolean {
  return ASKS.test(heading.trim());
}
