import { ANSWER_LABEL, CN_HEADING, CN_SUBHEADING, LABEL_HEADING, listMarker, MD_HEADING, QUESTION_LABEL, THEMATIC_BREAK, tipOf } from './markers';
import type { Line } from './parse-page';
import { mayBeTableRow } from './table';

/**
 * Headings and lists read from the shape of lines, whatever sign a feed leads them with — not from a list of
 * forms seen so far. Lines are rewritten into the forms the structure reads (`【…】` for a heading, `• …` for an
 * item), their words untouched:
 * - consecutive lines that open with the same sign (✅ ✅ ✅, ▲ ▲, ★ ★) are one list;
 * - lines that run a sequence (A. B. C., Ⅰ. Ⅱ. Ⅲ.) are headings when each is short, ends no sentence and has
 *   text under it, otherwise one list;
 * - a short line led by a sign (📌, 🔹, ▶️) that ends no sentence and has a paragraph under it is a heading.
 */

/** What a heading may be: short, and no sentence's end. */
const MAX_HEADING_CHARS = 30;
const SENTENCE_END = /[。；;！!？?，,][”’"')）」』]*$/;
/** Signs that only mark a place (shapes, stars, arrows, check marks drawn as bullets): the list's bullet replaces them. */
const DECORATIVE = /^[\u2190-\u21FF\u25A0-\u25FF\u2600-\u2606\u2713\u2714\u27A1-\u27BF]$/u;
/** A leading sign: a symbol or an emoji (with its variation selector), not a letter, digit or bracket. */
const SIGN = /^(\p{Extended_Pictographic}\uFE0F?|[\p{So}\p{Sm}](?<![+=<>~|]))\s*(\S.*)$/u;
/** `A.` `B、` `C)` — Latin capitals in sequence, and `Ⅰ.` `Ⅱ` — Roman numerals. */
const LATIN = /^([A-H])\s*[.．、)）]\s*(\S.*)$/;
const ROMAN = /^([\u2160-\u216B])\s*[.．、)）]?\s*(\S.*)$/;

type Shape = { kind: 'sign'; sign: string } | { kind: 'latin' | 'roman'; value: number };

/** Lines the structure already reads never change. */
function isKnownForm(text: string): boolean {
  return (
    listMarker(text) !== undefined ||
    CN_HEADING.test(text) ||
    CN_SUBHEADING.test(text) ||
    MD_HEADING.test(text) ||
    LABEL_HEADING.test(text) ||
    THEMATIC_BREAK.test(text) ||
    QUESTION_LABEL.test(text) ||
    ANSWER_LABEL.test(text) ||
    tipOf(text) !== undefined ||
    mayBeTableRow(text)
  );
}

/** Most lines open with a Chinese character or a digit, and are settled by it before any pattern runs. */
function mayHaveShape(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 0x41 && c <= 0x48) || (c >= 0x2000 && c < 0x3000) || c >= 0xd800 && c < 0xe000 || (c >= 0xfe00 && c < 0xff00 && c !== 0xff08);
}

function shapeOf(text: string): Shape | undefined {
  if (text === '' || !mayHaveShape(text) || isKnownForm(text)) return undefined;
  const latin = LATIN.exec(text);
  if (latin?.[1]) return { kind: 'latin', value: latin[1].charCodeAt(0) - 0x40 };
  const roman = ROMAN.exec(text);
  if (roman?.[1]) return { kind: 'roman', value: roman[1].charCodeAt(0) - 0x2160 + 1 };
  const sign = SIGN.exec(text);
  return sign?.[1] ? { kind: 'sign', sign: sign[1].replace(/\uFE0F$/, '') } : undefined;
}

const isHeadingShaped = (text: string) => text.length <= MAX_HEADING_CHARS && !SENTENCE_END.test(text);
const indentOf = (raw: string) => /^[ \t\u3000]*/.exec(raw)?.[0] ?? '';
const asHeading = (l: Line): Line => ({ text: `${indentOf(l.text)}【${l.text.trim().replace(/[【】]/g, '')}】`, line: l.line });

/** `• ` and the item's words; a decorative sign gives way to the bullet, an emoji (✅ ❌ ⚠) is kept as meaning. */
function asItem(l: Line, shape: Shape): Line {
  const text = l.text.trim();
  if (shape.kind === 'sign' && DECORATIVE.test(shape.sign)) return { text: `${indentOf(l.text)}• ${text.slice(shape.sign.length).replace(/^\uFE0F?\s*/, '')}`, line: l.line };
  return { text: `${indentOf(l.text)}• ${text}`, line: l.line };
}

/** The next non-blank line after `i`, or undefined. */
function nextText(lines: Line[], i: number): { index: number; text: string } | undefined {
  for (let k = i + 1; k < lines.length; k++) {
    const text = lines[k]?.text.trim() ?? '';
    if (text !== '') return { index: k, text };
  }
  return undefined;
}

/** Answer lines → the same lines with sign-led and sequenced headings and lists in the structure's forms. */
export function readLineShapes(lines: Line[]): Line[] {
  const shapes = lines.map((l) => shapeOf(l.text.trim()));
  const out = [...lines];
  const done = new Set<number>();

  // Sequences: A, B, C… (or Ⅰ, Ⅱ…) in order from the first, other lines allowed between members.
  for (const kind of ['latin', 'roman'] as const) {
    let run: number[] = [];
    const close = () => {
      if (run.length >= 2) {
        const members = new Set(run);
        const headings = run.every((i) => {
          const next = nextText(lines, i);
          return isHeadingShaped(lines[i]?.text.trim() ?? '') && next !== undefined && !members.has(next.index) && shapeOf(next.text) === undefined;
        });
        for (const i of run) {
          const l = lines[i];
          const shape = shapes[i];
          if (!l || !shape) continue;
          out[i] = headings ? asHeading(l) : asItem(l, shape);
          done.add(i);
        }
      }
      run = [];
    };
    shapes.forEach((s, i) => {
      if (s?.kind !== kind) return;
      const last = run[run.length - 1];
      const lastShape = last === undefined ? undefined : shapes[last];
      if (lastShape?.kind === kind && s.value === lastShape.value + 1) run.push(i);
      else {
        close();
        if (s.value === 1) run = [i];
      }
    });
    close();
  }

  // The same sign on consecutive lines (blank lines between allowed): a list.
  for (let i = 0; i < lines.length; i++) {
    const s = shapes[i];
    if (s?.kind !== 'sign' || done.has(i)) continue;
    const run = [i];
    for (let next = nextText(lines, i); next; next = nextText(lines, next.index)) {
      const t = shapes[next.index];
      if (t?.kind !== 'sign' || t.sign !== s.sign) break;
      run.push(next.index);
    }
    if (run.length < 2) continue;
    for (const k of run) {
      const l = lines[k];
      if (!l) continue;
      out[k] = asItem(l, s);
      done.add(k);
    }
    i = run[run.length - 1] ?? i;
  }

  // A sign-led short line with a paragraph under it: a heading.
  shapes.forEach((s, i) => {
    const l = lines[i];
    if (s?.kind !== 'sign' || done.has(i) || !l) return;
    const next = nextText(lines, i);
    if (isHeadingShaped(l.text.trim()) && next && shapeOf(next.text) === undefined && !isKnownForm(next.text)) out[i] = asHeading(l);
  });
  return out;
}
