/**
 * Counters a line may open with, of any family a feed numbers sections or items with: Chinese numerals (一二三),
 * their financial forms (壹贰叁), the heavenly stems (甲乙丙), letters (a b c, A B C), Roman numerals (Ⅰ Ⅱ, ⅰ ⅱ),
 * and the enclosed forms Unicode draws in rows (㈠㈡, ❶❷, ➀➁, ➊➋, ⒜⒝, Ⓐⓑ). A family is a row of characters in
 * order, so a new one is one more row here, not a new pattern: what makes a line a heading or an item is that such
 * counters run 1, 2, 3… down the answer (line-shape.ts), never the form of one line alone.
 */

type Family = { name: string; chars: readonly string[]; enclosed: boolean };

const row = (from: number, count: number): string[] => Array.from({ length: count }, (_, i) => String.fromCodePoint(from + i));

const FAMILIES: readonly Family[] = [
  { name: 'cn', chars: [...'一二三四五六七八九十'], enclosed: false },
  { name: 'financial', chars: [...'壹贰叁肆伍陆柒捌玖拾'], enclosed: false },
  { name: 'stem', chars: [...'甲乙丙丁戊己庚辛壬癸'], enclosed: false },
  { name: 'latin', chars: [...'ABCDEFGH'], enclosed: false },
  { name: 'latin-small', chars: [...'abcdefgh'], enclosed: false },
  // Roman numerals are drawn as one character each, so they need no separator after them.
  { name: 'roman', chars: row(0x2160, 12), enclosed: true },
  { name: 'roman-small', chars: row(0x2170, 12), enclosed: true },
  { name: 'paren-cn', chars: row(0x3220, 10), enclosed: true },
  { name: 'circled-cn', chars: row(0x3280, 10), enclosed: true },
  { name: 'dingbat-negative', chars: row(0x2776, 10), enclosed: true },
  { name: 'dingbat-circled', chars: row(0x2780, 10), enclosed: true },
  { name: 'dingbat-sans-negative', chars: row(0x278a, 10), enclosed: true },
  { name: 'paren-latin', chars: row(0x249c, 26), enclosed: true },
  { name: 'circled-latin', chars: row(0x24b6, 26), enclosed: true },
  { name: 'circled-latin-small', chars: row(0x24d0, 26), enclosed: true },
  { name: 'negative-circled', chars: row(0x24eb, 10), enclosed: true },
];

/** Where each counter character sits: its family and its place in the row (1-based). */
const PLACE = new Map<string, { family: Family; value: number }>();
for (const family of FAMILIES) family.chars.forEach((ch, i) => PLACE.set(ch, { family, value: i + 1 }));

/** Brackets a counter may stand in: `【壹】` `〔一〕` `（甲）` `[a]`. */
const BRACKETS: Record<string, string> = { '【': '】', '〔': '〕', '〖': '〗', '［': '］', '[': ']', '（': '）', '(': ')', '「': '」', '《': '》' };
/**
 * What may part a bare counter from its text: a stop, a comma of enumeration, a colon, a bar, a slash, a closing
 * parenthesis, or a space. A letter or a Han character right after it makes a word (`甲类`, `一些`, `Apple`).
 */
const SEPARATOR = /^(?:\s*[、.．:：｜|丨/／)）·]\s*|\s+)/u;

export type Counter = {
  family: string;
  value: number;
  /** How it is written (`【】`, `、`, ` `, none): a run keeps one form, so `一、` and `一｜` are two runs. */
  form: string;
  /** The line's words after the counter and its separator. */
  rest: string;
};

/** The first characters any counter line may open with: most lines are settled by one look-up. */
const FIRST = new Set<string>([...PLACE.keys(), ...Object.keys(BRACKETS)]);

export function mayOpenWithCounter(text: string): boolean {
  return FIRST.has(text.charAt(0));
}

/** A line that opens with a counter → the counter, its form and the rest; undefined for any other line. */
export function counterOf(text: string): Counter | undefined {
  const first = text.charAt(0);
  const close = BRACKETS[first];
  if (close !== undefined) {
    const place = PLACE.get(text.charAt(1));
    if (!place || text.charAt(2) !== close) return undefined;
    const rest = text.slice(3).trim();
    return rest === '' ? undefined : { family: place.family.name, value: place.value, form: first + close, rest };
  }
  const place = PLACE.get(first);
  if (!place) return undefined;
  const after = text.slice(1);
  const sep = SEPARATOR.exec(after);
  if (!sep && !place.family.enclosed) return undefined;
  const rest = after.slice(sep ? sep[0].length : 0).trim();
  return rest === '' ? undefined : { family: place.family.name, value: place.value, form: sep ? sep[0].trim() || ' ' : '', rest };
}

/** Every counter drawn as one enclosed character (㈠ ❶ ➀ ➊ ⒜ Ⓐ Ⅰ): a mark by itself, even inside running text. */
export const ENCLOSED_COUNTERS = FAMILIES.filter((f) => f.enclosed && !f.name.startsWith('roman')).flatMap((f) => f.chars).join('');

/** The place of an enclosed counter in its row (❸ → 3), or undefined for any other character. */
export function enclosedValue(ch: string): number | undefined {
  const place = PLACE.get(ch);
  return place?.family.enclosed ? place.value : undefined;
}
