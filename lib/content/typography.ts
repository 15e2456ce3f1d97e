/**
 * Careful Chinese typesetting for scraped text: half-width `,` `:` `;` `?` `!` `(` `)` that sit next to Chinese
 * become their full-width forms, and the stray spaces a scraper left around them go. Numbers (`13,000`, `12:30`),
 * Latin text, URLs and phone numbers are left exactly as written.
 */

const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };
const URL = /(?:https?:\/\/|www\.)[\w./?%&=#:~+-]+/gi;
const HALF_WIDTH = /[,:;?!()]/;

/** Chinese characters, CJK and full-width punctuation, curly quotes, dashes and the ellipsis. */
function isCjkCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff01 && c <= 0xff5e) ||
    (c >= 0x2018 && c <= 0x201d) ||
    c === 0x2026 ||
    c === 0x2014
  );
}
const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;

export function typeset(text: string): string {
  if (!HALF_WIDTH.test(text)) return text;
  // URLs are cut out first so their `:` `?` `(` never change.
  if (!/https?:\/\/|www\./i.test(text)) return typesetRun(text);
  const parts: string[] = [];
  let last = 0;
  for (const m of text.matchAll(URL)) {
    parts.push(typesetRun(text.slice(last, m.index)), m[0]);
    last = m.index + m[0].length;
  }
  parts.push(typesetRun(text.slice(last)));
  return parts.join('');
}

function typesetRun(run: string): string {
  const n = run.length;
  // Code units suffice: every character this looks at is in the Basic Multilingual Plane.
  const neighbour = (i: number, step: -1 | 1): number => {
    let j = i + step;
    while (j >= 0 && j < n && run.charCodeAt(j) === 0x20) j += step;
    return j >= 0 && j < n ? run.charCodeAt(j) : -1;
  };
  const cjkAt = (i: number, step: -1 | 1) => isCjkCode(neighbour(i, step));
  const nextToCjk = (i: number) => cjkAt(i, -1) || cjkAt(i, 1);
  const convert = new Set<number>();

  // Parentheses change as a pair, so `社保(SSI)` never ends up half full-width.
  const open: number[] = [];
  for (let i = 0; i < n; i++) {
    const ch = run[i];
    if (ch === '(') open.push(i);
    else if (ch === ')') {
      const start = open.pop();
      if (start === undefined) {
        if (nextToCjk(i)) convert.add(i);
        continue;
      }
      // Chinese inside, or Chinese right before the opening one: `官网(www.12333sb.com)` → `官网（www.12333sb.com）`.
      // Latin inside after a non-Chinese character stays, so `[这里](javascript:…)` keeps its characters.
      let innerCjk = false;
      for (let k = start + 1; k < i && !innerCjk; k++) innerCjk = isCjkCode(run.charCodeAt(k));
      if (cjkAt(start, -1) || innerCjk) convert.add(start).add(i);
    } else if (ch === ',' || ch === ':' || ch === ';' || ch === '?' || ch === '!') {
      // `13,000` and `12:30` are numbers, not Chinese punctuation.
      if (isDigitCode(run.charCodeAt(i - 1)) && isDigitCode(run.charCodeAt(i + 1))) continue;
      if (nextToCjk(i)) convert.add(i);
    }
  }
  for (const start of open) if (cjkAt(start, -1)) convert.add(start);
  if (convert.size === 0) return run;

  let out = '';
  for (let i = 0; i < n; i++) {
    const ch = run[i] ?? '';
    if (!convert.has(i)) {
      out += ch;
      continue;
    }
    // Full-width punctuation carries its own spacing; a space is dropped only where it would sit between it and
    // Chinese, so `364.52（基本医疗保险） + 8` keeps the space before the Latin/number side.
    if (ch !== '(' || cjkAt(i, -1)) out = out.replace(/ +$/, '');
    out += FULL[ch] ?? ch;
    if (ch !== ')' || cjkAt(i, 1) || neighbour(i, 1) === -1) while (run[i + 1] === ' ') i++;
  }
  return out;
}
