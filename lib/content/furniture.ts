import { ANSWER_LABEL, CN_HEADING, CN_SUBHEADING, LABEL_HEADING, listMarker, MD_HEADING, QUESTION_LABEL, THEMATIC_BREAK, tipOf } from './markers';
import type { PageFurnitureWords } from './page-furniture-data';

/**
 * Page furniture — buttons, bylines, timestamps a scraper caught with the text — is told from a sentence by
 * evidence about the line, not by a list of whole-line forms (the idea of jusText and Readability): a short line
 * without a sentence's end, whose characters are mostly UI words (content/page-furniture.yaml), labels with their
 * values, dates, times, counts and symbols. Function words (的, 由, 我们…) count for neither side.
 */

/** A sentence's end: a line that ends so is text, however many UI words it holds. */
const SENTENCE_END = /[。；;！!][”’"')）」』]*$/;
const DATE = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}-\d{1,2}(?=\s|$)/g;
const TIME = /\d{1,2}:\d{2}(?::\d{2})?/g;
const NUMBER = /\d+(?:\.\d+)?\s*[万千kKwW]?\+?/g;
const SYMBOL = /[\p{P}\p{S}]/u;
const SPACE = /\s/;

export type FurnitureEvidence = { share: number; words: string[]; dated: boolean };

/**
 * A table row: a markdown row, or tab-separated cells. Pipes inside a line are also how a share bar is drawn
 * (`举报 | 收藏 | 分享到微信`), so they alone prove nothing; a table's rows seldom hold UI words. A row has two pipes at
 * least: `|举报` is a share bar's last button.
 */
const TABLE_ROW = /^[|｜].*[|｜]|\t/;

/** A line that the structure reads as a heading, a list item, a table row or a Q&A label is never furniture. */
function isStructure(text: string): boolean {
  return (
    TABLE_ROW.test(text) ||
    listMarker(text) !== undefined ||
    MD_HEADING.test(text) ||
    LABEL_HEADING.test(text) ||
    THEMATIC_BREAK.test(text) ||
    tipOf(text) !== undefined || CN_HEADING.test(text) ||
    CN_SUBHEADING.test(text) ||
    QUESTION_LABEL.test(text) ||
    ANSWER_LABEL.test(text)
  );
}

/**
 * A feed's template line is a name or a slogan, not a clause: a recurring line with clause punctuation
 * (`办理的方式有以下几种:`) is the same sentence in answers written from one pattern, and stays.
 */
const CLAUSE = /[，,、；;：:。！!？?]/;

/**
 * The evidence that one line is furniture, or undefined when it reads as text: too long, a sentence, a piece of
 * structure, or too few of its characters are UI words, metadata, dates, numbers or symbols.
 */
export function furnitureEvidence(line: string, words: PageFurnitureWords, minShare = words.minShare): FurnitureEvidence | undefined {
  const t = line.trim();
  if (t === '' || words.uiWords.size === 0) return undefined;
  if (t.replace(/\s+/g, '').length > words.maxChars || SENTENCE_END.test(t)) return undefined;
  if (isStructure(t)) {
    // A label in 【】 made wholly of UI words (`【纠错】`, `【友情链接】`) is a button or a footer's title, not a heading.
    const label = LABEL_HEADING.exec(t);
    const inner = label ? (label[1] ?? label[2] ?? '').trim() : '';
    const e = inner === '' || minShare < words.minShare ? undefined : furnitureEvidence(inner, words);
    return e && e.share === 1 ? e : undefined;
  }
  const covered = new Array<boolean>(t.length).fill(false);
  const mark = (from: number, to: number) => {
    for (let i = from; i < to; i++) covered[i] = true;
  };
  // Words and labels found; a one-character word (人, 次, 楼) covers its place but is no evidence on its own.
  const found: string[] = [];
  // A label and its short value: `责任编辑：张三`, `来源：某某日报`.
  for (const label of words.metadataLabels) {
    for (let at = t.indexOf(label); at >= 0; at = t.indexOf(label, at + 1)) {
      const value = /^\s*[:：]\s*\S{1,12}/.exec(t.slice(at + label.length));
      if (!value) continue;
      mark(at, at + label.length + value[0].length);
      found.push(label);
    }
  }
  let dated = false;
  for (const re of [DATE, TIME]) {
    for (const m of t.matchAll(re)) {
      mark(m.index, m.index + m[0].length);
      dated = true;
    }
  }
  for (const m of t.matchAll(NUMBER)) mark(m.index, m.index + m[0].length);
  // UI words, longest first at each place (阅读原文 before 阅读).
  for (let i = 0; i < t.length; ) {
    const word = covered[i] ? undefined : words.uiWords.get(t.charAt(i))?.find((w) => t.startsWith(w, i));
    if (word) {
      mark(i, i + word.length);
      found.push(word);
      i += word.length;
    } else i++;
  }
  let counted = 0;
  let furniture = 0;
  for (let i = 0; i < t.length; i++) {
    const ch = t.charAt(i);
    if (SPACE.test(ch) || (!covered[i] && words.neutral.has(ch))) continue;
    counted++;
    if (covered[i] || SYMBOL.test(ch)) furniture++;
  }
  const share = counted === 0 ? 0 : furniture / counted;
  // Evidence of its own is needed: a UI word or a label, or (for a bare timestamp) nothing but dates and times.
  // Beside furniture (a lower `minShare`), a one-character word with a number counts too (`4楼`).
  const enough = found.some((w) => w.length > 1) ? share >= minShare : (dated || (minShare < words.minShare && found.length > 0)) && share === 1;
  return enough ? { share, words: [...new Set(found)], dated } : undefined;
}

/** The evidence in words, for the report. */
export function describeFurniture(e: FurnitureEvidence): string {
  const parts = [`${Math.round(e.share * 100)}% of its characters are controls or metadata`];
  if (e.words.length > 0) parts.push(`UI words ${e.words.join('、')}`);
  if (e.dated) parts.push('a date or time');
  return parts.join('; ');
}

/**
 * Lines that open or close the answers of several files, word for word: a feed's template. The key is the
 * trimmed line; the value, how many files have it within `edgeLines` non-blank lines of their answer's start or end.
 */
export function recurringEdgeLines(answers: readonly (readonly string[])[], words: PageFurnitureWords): Map<string, number> {
  const counts = new Map<string, number>();
  if (words.edgeLines === 0) return counts;
  for (const lines of answers) {
    const text = lines.map((l) => l.trim()).filter((l) => l !== '');
    const edges = new Set([...text.slice(0, words.edgeLines), ...text.slice(-words.edgeLines)]);
    for (const l of edges) counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  for (const [line, n] of counts) {
    if (n < words.recurringFiles || line.replace(/\s+/g, '').length > words.maxChars || CLAUSE.test(line) || isStructure(line)) counts.delete(line);
  }
  return counts;
}

/**
 * A breadcrumb: three or more short steps joined by `>` `›` `»` or ` / ` (`首页 > 政务公开 > 政策解读`), after an
 * optional short label (`当前位置：`). Two steps are a breadcrumb only from 首页. No step holds a sentence's stop.
 */
const CRUMB_LABEL = /^[^:：\s]{2,6}[:：]\s*/;
const ROOT = /^(?:网站)?(?:首页|主页)$|^home$/i;
const CRUMB_SEPARATOR = /\s*(?:[>›»＞]+|→)\s*|\s+\/\s+/;
export function isBreadcrumb(line: string): boolean {
  const t = line.trim().replace(CRUMB_LABEL, '');
  if (t.length > 60 || !/[>›»＞→]|\s\/\s/.test(t) || isStructure(t)) return false;
  const steps = t.split(CRUMB_SEPARATOR).map((x) => x.trim());
  if (steps.some((x) => x === '' || x.length > 12 || /[。，,；;！!？?：:]/.test(x) || /^\d+$/.test(x))) return false;
  // Arrows draw a process (`申请 → 审核 → 缴费`) as often as a path: they make a breadcrumb only under its label or
  // from the site's root.
  if (!/[>›»＞]|\s\/\s/.test(t) && !CRUMB_LABEL.test(line.trim()) && !ROOT.test(steps[0] ?? '')) return false;
  return steps.length >= 3 || (steps.length === 2 && steps[0] === '首页');
}

/**
 * A menu bar: three or more short items (a word or two each, no sentence in any) side by side, between `|` `｜`
 * `·`, or wide spaces (`首页　办事　我的`, `网站首页 | 诉求公开 | 知识库`, `登录 | 注册 | 无障碍`), or four or more words of at most
 * four characters apart by single spaces (`推荐 关注 朋友 我的`). A title may hold one such separator
 * (`问题｜出生90天内要办`), never three short items.
 */
const BAR_SEPARATOR = /\s*[|｜·•]\s*|\s{2,}|\u3000+/;
const MAX_BAR_ITEM = 8;
export function isNavBar(line: string): boolean {
  const t = line.trim();
  if (t.length > 80 || isStructure(t)) return false;
  const items = t.split(BAR_SEPARATOR).map((x) => x.trim()).filter((x) => x !== '');
  if (items.length >= 3 && items.every((x) => x.replace(/\s+/g, '').length <= MAX_BAR_ITEM && !/[。，,；;！!？?]/.test(x))) return true;
  // An app's tab row spaced by single spaces (`抖音 | 推荐 关注 朋友 我的`): four or more words of a few characters.
  const words = t.split(/[\s|｜·•]+/).filter((x) => x !== '');
  return words.length >= MIN_BAR_WORDS && words.every((x) => x.length <= MAX_BAR_WORD && !/[。，,；;！!？?]/.test(x));
}
const MIN_BAR_WORDS = 4;
const MAX_BAR_WORD = 4;

/** A page's number as a PDF or a print view prints it: `第 1 页 共 2 页`, `- 3 -`, `Page 2 of 5`. */
const PAGE_MARK = /^(?:[-—–]\s*\d{1,3}\s*[-—–]|第\s*\d{1,3}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,3}\s*页)?|共\s*\d{1,3}\s*页\s*[,，/／]?\s*第\s*\d{1,3}\s*页|page\s*\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?)$/i;
export function isPageMark(line: string): boolean {
  const t = line.trim();
  return t.length <= 24 && PAGE_MARK.test(t);
}

/** A line whose place makes it furniture, and why. */
export type Neighbour = { index: number; reason: string };

/** The share of UI words a line must reach to be furniture beside furniture (jusText's near-boilerplate). */
const NEAR_SHARE = 0.3;
/** Short lines a run between two furniture lines may have, at most. */
const MAX_SANDWICH = 3;
/** What is no sentence: short, without a sentence's end. */
const isShortNonSentence = (t: string) => t.length <= BYLINE_MAX_CHARS && !SENTENCE_END.test(t) && !isStructure(t);

/**
 * Lines that take the class of the furniture around them, as short blocks do in jusText: a line with some UI words
 * (`添加评论`, `申请转载`) or a floor number (`4楼`) next to furniture; a short run (a byline, a slogan) between two
 * furniture lines; after the answer's last sentence, every short line below furniture (a footer's links), a
 * short question right above it (`以上内容是否对您有帮助？` over `有帮助`) and a short line right above it that holds
 * no figure (`预览时标签不可点` over `微信扫一扫`; `12393` over `收藏` stays). `furniture[i]` says whether line `i` was
 * found to be furniture on its own evidence; lines already found are not returned.
 */
export function furnitureByNeighbours(lines: readonly string[], furniture: readonly boolean[], words: PageFurnitureWords): Neighbour[] {
  const found = [...furniture];
  const out: Neighbour[] = [];
  const text = lines.map((l) => l.trim());
  const content = text.flatMap((t, i) => (t === '' ? [] : [i]));
  const mark = (i: number, reason: string) => {
    if (found[i]) return;
    found[i] = true;
    out.push({ index: i, reason });
  };
  const near = (k: number) => found[content[k - 1] ?? -1] === true || found[content[k + 1] ?? -1] === true;
  for (let changed = true; changed; ) {
    changed = false;
    content.forEach((i, k) => {
      const t = text[i] ?? '';
      if (found[i] || !near(k) || t.length > words.maxChars || SENTENCE_END.test(t) || isStructure(t)) return;
      const e = furnitureEvidence(t, words, NEAR_SHARE);
      if (!e) return;
      mark(i, `beside furniture, ${describeFurniture(e)}`);
      changed = true;
    });
    // A short run between two furniture lines.
    for (let k = 0; k < content.length; k++) {
      if (!found[content[k] ?? -1]) continue;
      let end = k + 1;
      while (end < content.length && !found[content[end] ?? -1] && isShortNonSentence(text[content[end] ?? -1] ?? '')) end++;
      if (end > k + 1 && end < content.length && end - k - 1 <= MAX_SANDWICH && found[content[end] ?? -1]) {
        for (let m = k + 1; m < end; m++) mark(content[m] ?? -1, 'a short line between two lines of furniture');
        changed = true;
      }
    }
  }
  // After the last line of text: a footer.
  let last = content.length - 1;
  // A line with no punctuation of a sentence at all (`地址：某某路88号　邮编：239000`) is no sentence either.
  const noClause = (t: string) => t.length <= words.maxChars && !/[。；;！!，,？?]/.test(t) && !isStructure(t);
  while (last >= 0 && (found[content[last] ?? -1] || isShortNonSentence(text[content[last] ?? -1] ?? '') || noClause(text[content[last] ?? -1] ?? '') || /^[^。；！]{0,30}[？?]$/.test(text[content[last] ?? -1] ?? ''))) last--;
  let below = false;
  for (let k = last + 1; k < content.length; k++) {
    const i = content[k] ?? -1;
    if (found[i]) {
      below = true;
      continue;
    }
    const t = text[i] ?? '';
    // A question under its label (`Q4 …？`, `问五：…`) is one of the page's own, its answer folded away, not a prompt.
    if (QUESTION_LABEL.test(t)) continue;
    if (below) mark(i, 'a short line below furniture after the answer’s last sentence');
    else if (/[？?]$/.test(t) && found[content[k + 1] ?? -1]) mark(i, 'a short question over furniture after the answer’s last sentence (a feedback prompt)');
    // A short line right over the footer, with no figure a reader needs (a phone number, a time limit stays), once
    // the answer has a sentence above it: an answer of short lines (`可以` / `需要先备案`) keeps them.
    else if (last >= 0 && !/[\d０-９]/.test(t) && found[content[k + 1] ?? -1]) mark(i, 'a short line without a figure right over furniture after the answer’s last sentence');
  }
  return out;
}

/** A byline's name or a one-line bio: short, and no clause in it. */
const BYLINE_MAX_CHARS = 20;

/**
 * Short lines above page furniture at the answer's start are part of it: the author's name and bio over
 * `赞同 1.2 万`, the account name over `点击上方蓝字关注我们`. As in jusText, a short block takes the class of its
 * neighbours; here only lines with furniture below them and no text above them, so a heading over the answer's
 * first paragraph stays. `furniture[i]` says whether line `i` was found to be furniture on its own evidence.
 */
export function bylinesAbove(lines: readonly string[], furniture: readonly boolean[]): number[] {
  const bylines: number[] = [];
  let pending: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = (lines[i] ?? '').trim();
    if (t === '') continue;
    if (furniture[i]) {
      bylines.push(...pending);
      pending = [];
      continue;
    }
    // A one-line bio may hold a comma (`社保从业十几年，只聊政策`), never a sentence's end.
    if (t.length > BYLINE_MAX_CHARS || SENTENCE_END.test(t) || /[。？?：:]/.test(t) || isStructure(t)) break;
    pending.push(i);
  }
  return bylines;
}
