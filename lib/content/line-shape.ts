import { ANSWER_LABEL, CN_HEADING, CN_SUBHEADING, LABEL_HEADING, listMarker, MD_HEADING, QUESTION_LABEL, THEMATIC_BREAK, tipOf } from './markers';
import { counterOf, mayOpenWithCounter, type Counter } from './counters';
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

type Shape = { kind: 'sign'; sign: string } | { kind: 'counter'; counter: Counter };

/** Lines the structure already reads never change; `tableRows` false when a bar is known to be no cell's edge. */
function isKnownForm(text: string, tableRows = true): boolean {
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
    (tableRows && mayBeTableRow(text))
  );
}

/**
 * `（一）本人身份证件；`: the sub-heading form, but a line that states something is no title; it is read like any
 * other counter, so a run of them is a list that keeps its counters.
 */
function statesAsSubheading(text: string): boolean {
  return CN_SUBHEADING.test(text) && STATES.test(text);
}
const STATES = /[。；;！!]/;

/** Most lines open with a Chinese character or a digit, and are settled by it before any pattern runs. */
function mayHaveShape(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 0x41 && c <= 0x48) || (c >= 0x2000 && c < 0x3000) || c >= 0xd800 && c < 0xe000 || (c >= 0xfe00 && c < 0xff00 && c !== 0xff08);
}

function shapeOf(text: string): Shape | undefined {
  if (text === '' || !(mayHaveShape(text) || mayOpenWithCounter(text))) return undefined;
  const counter = counterOf(text);
  // `一｜标题` is one bar after a counter, not a row of table cells.
  const barredCounter = counter !== undefined && /^[|｜丨]$/.test(counter.form) && !/[|｜丨]/.test(counter.rest);
  if (isKnownForm(text, !barredCounter) && !statesAsSubheading(text)) return undefined;
  if (counter) return { kind: 'counter', counter };
  const sign = SIGN.exec(text);
  return sign?.[1] ? { kind: 'sign', sign: sign[1].replace(/\uFE0F$/, '') } : undefined;
}

/** A heading may ask (`去哪办？` over its answer) but ends no statement: a question mark is allowed, a stop is not. */
const HEADING_END = /[。；;！!，,][”’"')）」』]*$/;
const isHeadingShaped = (text: string) => text.length <= MAX_HEADING_CHARS && !HEADING_END.test(text);
const indentOf = (raw: string) => /^[ \t\u3000]*/.exec(raw)?.[0] ?? '';
/**
 * A line in the heading form the structure reads: `【…】`, or `**…**` when the words hold 【】 of their own
 * (`【壹】大病保险是啥`), which a reader sees and the bracket form would lose.
 */
function asHeading(l: Line): Line {
  const words = l.text.trim();
  const text = /[【】]/.test(words) && !words.includes('*') ? `**${words}**` : `【${words.replace(/[【】]/g, '')}】`;
  return { text: `${indentOf(l.text)}${text}`, line: l.line };
}

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

/** A bullet drawn with a sign (■ ◆ ● ▶), not `-` `*` `+`: the sign a section marker may be drawn with too. */
const SIGN_BULLET = /^([•●◦○▪▫■□◆◇▶►▸])\s*(\S.*)$/;

/** The sign a line is led by, a bullet's or any other (📌 ▲ ✅), with the heading the line would make. */
function leadingSign(text: string, shape: Shape | undefined): { sign: string; heading: string } | undefined {
  const bullet = SIGN_BULLET.exec(text);
  if (bullet?.[1]) return { sign: bullet[1], heading: (bullet[2] ?? '').trim() };
  if (shape?.kind !== 'sign') return undefined;
  // A drawn sign gives way to the heading's own look; an emoji (📌) is kept, as the page showed it.
  return { sign: shape.sign, heading: DECORATIVE.test(shape.sign) ? text.slice(shape.sign.length).replace(/^\uFE0F?\s*/, '') : text };
}

/**
 * A sign used as a section marker: every line the answer leads with that sign is short, ends no sentence and has
 * something under it other than another line with the same sign, and at least one has a paragraph under it
 * (`■ 办理条件` over `（1）…`, `📌 去哪里办` over `① …`). Such lines are headings, in two or more places; a sign
 * whose lines follow each other anywhere is a list's bullet and stays one.
 */
function signsAsHeadings(lines: Line[], shapes: (Shape | undefined)[], out: Line[], done: Set<number>): void {
  const bySign = new Map<string, { index: number; heading: string }[]>();
  lines.forEach((l, index) => {
    const led = done.has(index) ? undefined : leadingSign(l.text.trim(), shapes[index]);
    if (!led) return;
    const list = bySign.get(led.sign);
    if (list) list.push({ index, heading: led.heading });
    else bySign.set(led.sign, [{ index, heading: led.heading }]);
  });
  for (const [sign, at] of bySign) {
    if (at.length < 2) continue;
    let paragraphs = 0;
    const sections = at.every(({ index }) => {
      const next = nextText(lines, index);
      if (!isHeadingShaped(lines[index]?.text.trim() ?? '') || next === undefined || leadingSign(next.text, shapes[next.index])?.sign === sign) return false;
      if (!isKnownForm(next.text) && shapes[next.index] === undefined) paragraphs++;
      return true;
    });
    if (!sections || paragraphs === 0) continue;
    for (const { index, heading } of at) {
      const l = lines[index];
      if (!l) continue;
      out[index] = { text: `${indentOf(l.text)}【${heading.replace(/[【】]/g, '')}】`, line: l.line };
      done.add(index);
    }
  }
}

/**
 * A document's decimal outline, as Word exports it: `1  改革的主要内容` over `1.1  建立…` `1.2  改进…`. Whole numbers
 * running 1, 2, 3… on short lines of their own are section headings; `N.M` clauses under section N are its items,
 * their numbers kept as text (a clause is cited by them). A space must follow the number: `1.5倍` is no clause.
 */
const OUTLINE_HEAD = /^(\d{1,2})[ \t\u3000]+(\S.*)$/;
const OUTLINE_CLAUSE = /^(\d{1,2})\.(\d{1,2})[ \t\u3000]+(\S.*)$/;
const MAX_OUTLINE_HEAD = 30;

function decimalOutline(lines: Line[], out: Line[], done: Set<number>): void {
  const heads: number[] = [];
  lines.forEach((l, i) => {
    const m = OUTLINE_HEAD.exec(l.text.trim());
    // A row of tab-parted cells numbered in its first column (`4	申请表	原件	1`) is a table's, no section's head.
    if (!m || (m[2] ?? '').length > MAX_OUTLINE_HEAD || SENTENCE_END.test(l.text.trim()) || (m[2] ?? '').includes('\t')) return;
    const last = heads[heads.length - 1];
    const lastValue = last === undefined ? 0 : Number(OUTLINE_HEAD.exec(lines[last]?.text.trim() ?? '')?.[1]);
    if (Number(m[1]) === lastValue + 1) heads.push(i);
  });
  if (heads.length < 2) return;
  let section = 0;
  lines.forEach((l, i) => {
    const t = l.text.trim();
    if (heads.includes(i)) {
      const head = OUTLINE_HEAD.exec(t);
      section = Number(head?.[1]);
      out[i] = asHeading({ text: `${head?.[1] ?? ''} ${head?.[2] ?? ''}`, line: l.line });
      done.add(i);
      return;
    }
    const clause = OUTLINE_CLAUSE.exec(t);
    if (clause && Number(clause[1]) === section) {
      out[i] = { text: `${indentOf(l.text)}• ${clause[1]}.${clause[2]} ${clause[3]}`, line: l.line };
      done.add(i);
    }
  });
}

/** A bare label: a few words, no punctuation, digit or sign (`操作步骤`, `常见问题`, `申请材料`). */
const BARE_LABEL = /^[\p{Script=Han}A-Za-z]{2,12}$/u;
/** The end of a sentence or of an introduction: what the line above a new section ends with. */
const CLAUSE_END = /[。；;！!？?：:][”’"')）」』]*$/;

/**
 * A bare label between a finished sentence and a list, a run of steps or a `问：` pair (`操作步骤` over
 * `第一步：…`): the title of what follows, so a heading. A label in running text, or over a paragraph, stays text.
 */
function labelsOverLists(lines: Line[], shapes: (Shape | undefined)[], out: Line[], done: Set<number>): void {
  let previous = '';
  const named: number[] = [];
  lines.forEach((l, i) => {
    const text = l.text.trim();
    if (text === '') return;
    const before = previous;
    previous = text;
    if (done.has(i) || shapes[i] !== undefined || !CLAUSE_END.test(before)) return;
    const bare = BARE_LABEL.test(text);
    if (!bare && !NAMED_LABEL.test(text)) return;
    const next = nextText(lines, i);
    if (!next || (listMarker(next.text) === undefined && !QUESTION_LABEL.test(next.text))) return;
    if (!bare) {
      named.push(i);
      return;
    }
    out[i] = { text: `${indentOf(l.text)}【${text}】`, line: l.line };
    done.add(i);
  });
  // A label with its name (`方式一：微信`) over a list heads it when the answer has two or more such: parallel parts.
  if (named.length < 2) return;
  for (const i of named) {
    const l = lines[i];
    if (!l) continue;
    out[i] = { text: `${indentOf(l.text)}【${l.text.trim()}】`, line: l.line };
    done.add(i);
  }
}

/** A short label and its name, no clause: `方式一：国家医保服务平台APP`, `渠道二：线下窗口`. */
const NAMED_LABEL = /^[\p{Script=Han}A-Za-z0-9]{2,8}[:：]\s*[^，,。；;！!？?：:]{1,20}$/u;

/** Counters of one family written one way run together; `一、` and `一｜` are two runs. */
const runKey = (c: Counter) => `${c.family} ${c.form}`;

/**
 * Counters of one family that run 1, 2, 3… down the answer, other lines allowed between members (甲 乙 丙, ㈠ ㈡,
 * 【壹】【贰】, a) b) c), ❶ ❷): whatever the family, what the run is comes from the lines' shape.
 */
function counterRuns(lines: Line[], shapes: (Shape | undefined)[], out: Line[], done: Set<number>): void {
  const runs: number[][] = [];
  const open = new Map<string, number[]>();
  shapes.forEach((s, i) => {
    if (s?.kind !== 'counter') return;
    const key = runKey(s.counter);
    const run = open.get(key);
    const last = run?.[run.length - 1];
    const lastShape = last === undefined ? undefined : shapes[last];
    if (run && lastShape?.kind === 'counter' && s.counter.value === lastShape.counter.value + 1) run.push(i);
    else if (s.counter.value === 1) {
      if (run) runs.push(run);
      open.set(key, [i]);
    }
  });
  runs.push(...open.values());
  for (const run of runs) if (run.length >= 2) markRun(lines, shapes, run, out, done);
}

/**
 * One run: headings when each member is short, ends no statement and has something under it that is neither the
 * next member nor a counter of the same run (a paragraph, or a list of another kind), at least one a paragraph;
 * otherwise the members are the items of one list.
 */
function markRun(lines: Line[], shapes: (Shape | undefined)[], run: number[], out: Line[], done: Set<number>): void {
  const members = new Set(run);
  const first = shapes[run[0] ?? -1];
  const key = first?.kind === 'counter' ? runKey(first.counter) : '';
  let paragraphs = 0;
  const headings =
    run.every((i) => {
      const next = nextText(lines, i);
      if (!isHeadingShaped(lines[i]?.text.trim() ?? '') || next === undefined || members.has(next.index)) return false;
      const below = shapes[next.index] ?? shapeOf(next.text);
      if (below === undefined && !isKnownForm(next.text)) paragraphs++;
      return !(below?.kind === 'counter' && runKey(below.counter) === key);
    }) && paragraphs > 0;
  for (const i of run) {
    const l = lines[i];
    const shape = shapes[i];
    if (!l || !shape) continue;
    out[i] = headings ? asHeading(l) : asItem(l, shape);
    done.add(i);
  }
}

/** Answer lines → the same lines with sign-led and sequenced headings and lists in the structure's forms. */
export function readLineShapes(lines: Line[]): Line[] {
  const shapes = lines.map((l) => shapeOf(l.text.trim()));
  const out = [...lines];
  const done = new Set<number>();

  counterRuns(lines, shapes, out, done);

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

  decimalOutline(lines, out, done);
  signsAsHeadings(lines, shapes, out, done);
  labelsOverLists(lines, shapes, out, done);

  // A sign-led short line with a paragraph under it: a heading.
  shapes.forEach((s, i) => {
    const l = lines[i];
    if (s?.kind !== 'sign' || done.has(i) || !l) return;
    const next = nextText(lines, i);
    if (isHeadingShaped(l.text.trim()) && next && shapeOf(next.text) === undefined && !isKnownForm(next.text)) out[i] = asHeading(l);
  });
  return out;
}
