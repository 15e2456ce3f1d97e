import { ENCLOSED_COUNTERS, enclosedValue } from './counters';
import { listMarker, toNumber } from './markers';
import type { Line } from './parse-page';

/**
 * A scraper that flattens a page into one paragraph keeps its numbering inline:
 * `一、提供以下资料：（1）患者的《农合证》；（2）…；（3）诊断证明`. Where such marks run in order — 1, 2, 3… of one
 * family, at least two — the paragraph is split before each, so the structure reads them as the headings and
 * list items they were. A number inside a figure is never a mark: 1.5, 2025.1, 第1.2条, 0.5%.
 */

type Family = 'cn' | 'paren' | 'paren-cn' | 'circled' | 'number' | 'enclosed' | 'ordinal';
type Mark = { family: Family; value: number; at: number; length: number };

const CN = '[一二三四五六七八九十]{1,3}';
const FAMILIES: { family: Family; re: RegExp; value: (m: RegExpMatchArray) => number }[] = [
  // `一、` used as a heading: not after another numeral (`十一、` is one mark) nor in a word like `统一、`.
  { family: 'cn', re: new RegExp(`(?<![一二三四五六七八九十第统唯之其])(${CN})、`, 'g'), value: (m) => toNumber(m[1] ?? '') },
  { family: 'paren', re: /[（(]([0-9０-９]{1,2})[)）]/g, value: (m) => toNumber(m[1] ?? '') },
  { family: 'paren-cn', re: new RegExp(`[（(](${CN})[)）]`, 'g'), value: (m) => toNumber(m[1] ?? '') },
  { family: 'circled', re: /[\u2460-\u2473]/g, value: (m) => (m[0].codePointAt(0) ?? 0x2460) - 0x2460 + 1 },
  // `1.` `1、` `1．`: not inside a figure (a digit or point before, a digit after), not `第1、`.
  { family: 'number', re: /(?<![0-9０-９.．第%％])([0-9０-９]{1,2})[.．、](?![0-9０-９])/g, value: (m) => toNumber(m[1] ?? '') },
  // ❶ ➊ ㈠ ⒜ and the other counters drawn as one character (counters.ts): each a mark wherever it stands.
  { family: 'enclosed', re: new RegExp(`[${ENCLOSED_COUNTERS}]`, 'gu'), value: (m) => enclosedValue(m[0]) ?? 0 },
  // `第一是…，第二是…` `第一种是…` `第一，…`: an ordinal that says what comes, not `第一次` or `第二年`.
  { family: 'ordinal', re: /第([一二三四五六七八九十])(?=[^，,。；;！!？?\s]{0,3}是|[，,、：:])/g, value: (m) => toNumber(m[1] ?? '') },
];
/** Families whose pieces the structure reads as items only once they are drawn as bullets (`• ❶ 身份证`). */
const DRAWN_AS_BULLETS = new RegExp(`^(?:[${ENCLOSED_COUNTERS}]|第[一二三四五六七八九十]|[（(]${CN}[)）](?=.*[。；;！!]))`, 'u');

/** The text between two marks must say something: `1、2、3级医院` is a range, not a list. */
const MIN_ITEM_CHARS = 2;

/** Marks of one family that run 1, 2, 3… in order, with words between them; other marks stay text. */
function runsOf(text: string, family: (typeof FAMILIES)[number]): Mark[] {
  const marks: Mark[] = [...text.matchAll(family.re)].map((m) => ({ family: family.family, value: family.value(m), at: m.index, length: m[0].length }));
  const kept: Mark[] = [];
  let run: Mark[] = [];
  const close = () => {
    if (run.length >= 2) kept.push(...run);
    run = [];
  };
  for (const m of marks) {
    const last = run[run.length - 1];
    if (last && m.value === last.value + 1 && text.slice(last.at + last.length, m.at).trim().length >= MIN_ITEM_CHARS) run.push(m);
    else if (m.value === 1) {
      close();
      run = [m];
    }
  }
  close();
  return kept;
}

/** Where a flattened text splits: before each mark of every in-order run, beyond its very start. */
/** A text with none of these has no mark of any family. */
const ANY_MARK = new RegExp(`[0-9０-９\u2460-\u2473${ENCLOSED_COUNTERS}]|[一二三四五六七八九十][、)）]|第[一二三四五六七八九十]`, 'u');

export function inlineSplitPoints(text: string): number[] {
  if (!ANY_MARK.test(text)) return [];
  const points = new Set<number>();
  for (const f of FAMILIES) for (const m of runsOf(text, f)) if (m.at > 0) points.add(m.at);
  return [...points].sort((a, b) => a - b);
}

/**
 * A flattened heading keeps the space that stood for its line end: `一、个人缴费标准 普通城乡居民…` is the heading
 * `一、个人缴费标准` and a paragraph. A title is short and holds no sentence punctuation.
 */
const CN_TITLE_THEN_TEXT = new RegExp(`^(${CN}、\\s*[^\\s。；;！!？?，,]{1,20})\\s+(\\S.*)$`);

/** One text → its pieces at the in-order marks (the text itself when it has none). */
export function splitInline(text: string): string[] {
  const points = inlineSplitPoints(text);
  if (points.length === 0) return [text];
  const out: string[] = [];
  let from = 0;
  for (const p of [...points, text.length]) {
    const piece = text.slice(from, p).trim();
    from = p;
    if (piece === '') continue;
    const titled = CN_TITLE_THEN_TEXT.exec(piece);
    if (titled?.[1] && titled[2]) out.push(titled[1], titled[2]);
    else out.push(DRAWN_AS_BULLETS.test(piece) && listMarker(piece) === undefined ? `• ${piece}` : piece);
  }
  return out;
}

/** An arrow drawn between the steps of a process: any arrow sign (→ ⇒ ➜ ⇨), or `->`. Not `>`, a breadcrumb's. */
const ARROW = /\s*(?:[\u2190-\u21FF\u27A1-\u27BF\u27F0-\u27FF\u2B95]|-+>)\s*/u;
/** A step of an arrow chain is a few words: a longer piece is a sentence that happens to hold an arrow. */
const MAX_STEP_CHARS = 20;

/**
 * `申请 ⇨ 审核 ⇨ 缴费`: a process drawn on one line, three steps or more joined by one kind of arrow, each a few
 * words with no sentence in them, is a numbered list of its steps (`1. 申请` …); any other line is undefined.
 */
export function arrowSteps(text: string): string[] | undefined {
  const arrow = ARROW.exec(text);
  if (!arrow) return undefined;
  const sign = arrow[0].trim();
  const steps = text.split(sign).map((p) => p.trim());
  if (steps.length < 3 || steps.some((p) => p === '' || p.length > MAX_STEP_CHARS || /[。；;！!，,？?]/.test(p) || ARROW.test(p))) return undefined;
  return steps.map((p, i) => `${i + 1}. ${p}`);
}

/** Answer lines → the same lines with each flattened sequence split into one line per heading or item. */
export function splitInlineSequences(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const l of lines) {
    const pieces = arrowSteps(l.text.trim()) ?? splitInline(l.text.trim());
    if (pieces.length < 2) out.push(l);
    else for (const text of pieces) out.push({ text, line: l.line });
  }
  return out;
}
