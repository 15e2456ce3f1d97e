import { ANSWER_LABEL, CN_HEADING, CN_SUBHEADING, LABEL_HEADING, listMarker, MD_HEADING, QUESTION_LABEL, THEMATIC_BREAK, tipOf } from './markers';
import type { Line } from './parse-page';
import { mayBeTableRow } from './table';

/**
 * Text copied from a phone or a PDF is hard-wrapped: every line about the same width, broken wherever the width
 * ran out, even inside a word (`直接结` / `算`). Such a run of lines is one paragraph. The evidence is the lines'
 * shape: at least two lines of nearly the same display width, none of which ends a sentence where it breaks.
 */

/** A line that ends a sentence ends its paragraph, wrapped or not. */
const SENTENCE_END = /[。！？!?；;：:][”’"')）」』]*$/;
/** Narrower lines are not wrapped prose: labels, short answers, names. */
const MIN_WRAP_COLUMNS = 20;
/** How much narrower than the widest line of its run a wrapped line may be (half-width characters vary it). */
const WIDTH_TOLERANCE = 0.15;
/** Columns a line takes in a fixed-width view: a Chinese character two, a Latin letter one. */
export function displayWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // The low half of a surrogate pair adds nothing: the pair is one character.
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    const wide = (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6);
    w += wide ? 2 : 1;
  }
  return w;
}

/**
 * Whether anything could join: a wide line that ends no sentence with a line after it, and a second wide line.
 * Most answers have no such pair, and cost no more than this look.
 */
function mayHaveWraps(lines: Line[]): boolean {
  let wide = 0;
  let open = false;
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i]?.text.trim() ?? '';
    if (a === '' || displayWidth(a) < MIN_WRAP_COLUMNS) continue;
    wide++;
    if (!SENTENCE_END.test(a) && (lines[i + 1]?.text.trim() ?? '') !== '') open = true;
    if (open && wide >= 2) return true;
  }
  return false;
}

/** A line the structure reads as something other than prose never joins a paragraph. */
function isPlainText(text: string): boolean {
  return (
    text !== '' &&
    listMarker(text) === undefined &&
    !CN_HEADING.test(text) &&
    !CN_SUBHEADING.test(text) &&
    !MD_HEADING.test(text) &&
    !LABEL_HEADING.test(text) &&
    !THEMATIC_BREAK.test(text) &&
    !QUESTION_LABEL.test(text) &&
    !ANSWER_LABEL.test(text) &&
    tipOf(text) === undefined &&
    !mayBeTableRow(text)
  );
}

/** Two pieces of one paragraph: Chinese joins without a space, two Latin words or numbers keep one between them. */
function join(a: string, b: string): string {
  return /[A-Za-z0-9,.;:!?)]$/.test(a) && /^[A-Za-z0-9(]/.test(b) ? `${a} ${b}` : `${a}${b}`;
}

/**
 * Answer lines → the same lines with each hard-wrapped run joined into one line (numbered as its first line).
 * A run is consecutive plain lines; a line joins the next when it does not end a sentence and is as wide as the
 * run's widest line (within the tolerance), and the run has at least two such full-width lines.
 */
export function reflowHardWraps(lines: Line[]): Line[] {
  if (!mayHaveWraps(lines)) return lines;
  const out: Line[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = lines[i];
    if (!first) break;
    let end = i;
    while (end < lines.length && isPlainText((lines[end]?.text ?? '').trim())) end++;
    if (end - i < 2) {
      out.push(first);
      i = Math.max(end, i + 1);
      continue;
    }
    out.push(...reflowRun(lines.slice(i, end)));
    i = end;
  }
  return out;
}

const SIGN_LED = /^[\p{Extended_Pictographic}\p{So}]/u;

function reflowRun(run: Line[]): Line[] {
  const widths = run.map((l) => displayWidth(l.text.trim()));
  const widest = Math.max(...widths);
  const full = widths.map((w) => w >= MIN_WRAP_COLUMNS && w >= widest * (1 - WIDTH_TOLERANCE));
  if (full.filter(Boolean).length < 2) return run;
  const out: Line[] = [];
  let open: Line | undefined;
  run.forEach((l, k) => {
    const text = l.text.trim();
    open = open ? { text: join(open.text, text), line: open.line } : { text: l.text.replace(/\s+$/, ''), line: l.line };
    // A line led by a pictograph or a sign (`📌为什么要早办？`) starts a block of its own: no wrap runs into it.
    const next = run[k + 1]?.text.trim() ?? '';
    const continues = full[k] === true && !SENTENCE_END.test(text) && k < run.length - 1 && !SIGN_LED.test(next);
    if (!continues) {
      out.push(open);
      open = undefined;
    }
  });
  return out;
}
