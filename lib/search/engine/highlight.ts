import type { PinyinTable } from '@/lib/search/pinyin';
import type { Matcher } from './query';
import { initialPairTerm, isHan, normalize, syllablePairTerm, type TradTable } from '@/lib/search/tokenize';

/** A piece of result text; `mark` pieces are shown highlighted. Rendered as React text, never as HTML. */
export type Segment = { text: string; mark: boolean };

type Context = { matcher: Matcher; trad: TradTable; table: PinyinTable };

// Normalised form of each character seen, per table (a page has one; tests have several).
const normalizedByTable = new WeakMap<TradTable, Map<string, string>>();

/**
 * Which characters of `text` the query matched, as half-open [start, end) ranges over the
 * original string. Matching runs on the normalised text (full-width, traditional, case) and
 * maps back, so the highlight lands on what the reader sees.
 */
export function matchRanges(text: string, { matcher, trad, table }: Context): [number, number][] {
  // One entry per code point: its normalised form and where it sits in `text`.
  let normalized = normalizedByTable.get(trad);
  if (!normalized) {
    normalized = new Map();
    normalizedByTable.set(trad, normalized);
  }
  const units: { norm: string; start: number; end: number }[] = [];
  let offset = 0;
  for (const char of text) {
    // String.normalize per character is the slow part; each character is worked out once.
    let norm = normalized.get(char);
    if (norm === undefined) {
      norm = normalize(char, trad);
      normalized.set(char, norm);
    }
    units.push({ norm, start: offset, end: offset + char.length });
    offset += char.length;
  }
  const marked = new Array<boolean>(units.length).fill(false);
  const markSpan = (from: number, to: number) => {
    for (let i = from; i < to; i += 1) marked[i] = true;
  };

  const hanAt = (i: number) => {
    const norm = units[i]?.norm ?? '';
    return norm.length === 1 && isHan(norm) ? norm : undefined;
  };
  const anyPair = (a: string, b: string, pair: (x: string, y: string) => string, set: ReadonlySet<string>) => {
    if (set.size === 0) return false;
    const second = table.readingsOf(b);
    return second.length > 0 && table.readingsOf(a).some((ra) => second.some((rb) => set.has(pair(ra, rb))));
  };

  for (let i = 0; i < units.length; i += 1) {
    const a = hanAt(i);
    if (!a) continue;
    if (matcher.terms.has(a)) markSpan(i, i + 1);
    const b = hanAt(i + 1);
    if (!b) continue;
    if (
      matcher.terms.has(a + b) ||
      anyPair(a, b, syllablePairTerm, matcher.syllablePairs) ||
      anyPair(a, b, (x, y) => initialPairTerm(x[0] ?? '', y[0] ?? ''), matcher.initialPairs)
    ) {
      markSpan(i, i + 2);
    }
  }

  // Other names of the query's concepts: whole occurrences on the normalised text, mapped back to code points,
  // and only in a text that does not have the name as typed (that is marked above, and is what was asked).
  if (matcher.concepts.length > 0) {
    let normText = '';
    const unitOf: number[] = [];
    units.forEach((unit, i) => {
      normText += unit.norm;
      for (let k = 0; k < unit.norm.length; k += 1) unitOf.push(i);
    });
    const phrases = matcher.concepts.filter((c) => !normText.includes(c.typed)).flatMap((c) => c.names);
    for (const phrase of phrases) {
      for (let at = normText.indexOf(phrase); at >= 0 && phrase; at = normText.indexOf(phrase, at + phrase.length)) {
        markSpan(unitOf[at] ?? 0, (unitOf[at + phrase.length - 1] ?? 0) + 1);
      }
    }
  }

  // Latin words and numbers match whole, as the index stores them.
  for (let i = 0; i < units.length; ) {
    if (!/^[a-z0-9]$/.test(units[i]?.norm ?? '')) {
      i += 1;
      continue;
    }
    let j = i;
    let word = '';
    while (j < units.length && /^[a-z0-9]$/.test(units[j]?.norm ?? '')) {
      word += units[j]?.norm ?? '';
      j += 1;
    }
    if (matcher.terms.has(word)) markSpan(i, j);
    i = j;
  }

  const ranges: [number, number][] = [];
  for (let i = 0; i < units.length; i += 1) {
    if (!marked[i]) continue;
    let j = i;
    while (j + 1 < units.length && marked[j + 1]) j += 1;
    ranges.push([units[i]?.start ?? 0, units[j]?.end ?? 0]);
    i = j;
  }
  return ranges;
}

/** Splits text into plain and marked segments. */
export function highlight(text: string, context: Context): Segment[] {
  return toSegments(text, matchRanges(text, context));
}

function toSegments(text: string, ranges: readonly [number, number][], from = 0, to = text.length): Segment[] {
  const segments: Segment[] = [];
  let at = from;
  for (const [start, end] of ranges) {
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    if (e <= s) continue;
    if (s > at) segments.push({ text: text.slice(at, s), mark: false });
    segments.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < to) segments.push({ text: text.slice(at, to), mark: false });
  return segments;
}

/**
 * A window of the answer around the densest cluster of matches, about `length` characters,
 * with an ellipsis where it was cut. Without a match it is the answer's opening.
 */
export function snippet(text: string, context: Context, length = 90): Segment[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  const ranges = matchRanges(flat, context);
  if (flat.length <= length) return toSegments(flat, ranges);

  let start = 0;
  if (ranges.length > 0) {
    // Slide a window over the matches and keep the one covering the most matched characters.
    let bestCovered = -1;
    let j = 0;
    let covered = 0;
    for (let i = 0; i < ranges.length; i += 1) {
      const windowStart = ranges[i]?.[0] ?? 0;
      while (j < ranges.length && (j <= i || (ranges[j]?.[1] ?? 0) <= windowStart + length)) {
        covered += (ranges[j]?.[1] ?? 0) - (ranges[j]?.[0] ?? 0);
        j += 1;
      }
      if (covered > bestCovered) {
        bestCovered = covered;
        start = windowStart;
      }
      covered -= (ranges[i]?.[1] ?? 0) - (ranges[i]?.[0] ?? 0);
    }
    // Give the match some lead-in, preferably from the start of its sentence.
    const lead = Math.max(0, start - 24);
    const sentence = Math.max(flat.lastIndexOf('。', start), flat.lastIndexOf('；', start), flat.lastIndexOf('!', start));
    start = sentence >= lead ? sentence + 1 : lead;
  }
  start = Math.min(start, Math.max(0, flat.length - length));
  // Never cut a surrogate pair in half.
  if (start > 0 && /[\uDC00-\uDFFF]/.test(flat[start] ?? '')) start -= 1;
  let end = Math.min(flat.length, start + length);
  if (/[\uDC00-\uDFFF]/.test(flat[end] ?? '')) end += 1;

  const segments = toSegments(flat, ranges, start, end);
  if (start > 0) segments.unshift({ text: '…', mark: false });
  if (end < flat.length) segments.push({ text: '…', mark: false });
  return segments;
}
