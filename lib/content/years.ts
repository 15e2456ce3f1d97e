/** The span of years a Q&A about current policy can talk about; anything else is an amount or a code. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2099;

// `2024年`, `2025年度`, `2024灵活就业` (a year glued to Chinese), unless the Chinese is a unit (`2000元`, `2024人`).
const YEAR_BEFORE_CJK = /(?<![\d.\-/:])(20\d{2})(?!\d)\s*(?=[\u4e00-\u9fff])(?![元万亿千百块个人次岁天日号户档份家名例项台张米克斤字分秒多余以左平点倍届位间所辆件条篇页周月])/g;
// `2024-2025`, `2024～2025`, `2024至2025`: both ends, when it is a span of years and not part of a phone number.
const YEAR_RANGE = /(?<![\d.\-/:])(20\d{2})\s*(?:-|–|—|~|～|至|到)\s*(20\d{2})(?![\d\-])/g;
// `24年灵活就业…` at the very start of a question is the feed's shorthand for 2024. Elsewhere `15年` is a duration
// (`缴费满15年`), so two-digit years are read nowhere else.
const SHORT_YEAR_AT_START = /^(\d{2})年(?![度限龄底内以后前来])/;

/**
 * Years the question or the answer talks about, ascending and unique. Dates on source lines are not passed in:
 * they say when a page was scraped, not which year's policy it describes.
 */
export function detectYears(question: string, body: string): number[] {
  const years = new Set<number>();
  const add = (y: number) => {
    if (y >= FIRST_YEAR && y <= LAST_YEAR) years.add(y);
  };
  const short = SHORT_YEAR_AT_START.exec(question.trim());
  if (short) add(2000 + Number(short[1]));
  for (const text of [question, body]) {
    for (const m of text.matchAll(YEAR_RANGE)) {
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (b > a && b - a <= 10) {
        add(a);
        add(b);
      }
    }
    for (const m of text.matchAll(YEAR_BEFORE_CJK)) add(Number(m[1]));
  }
  return [...years].sort((a, b) => a - b);
}
