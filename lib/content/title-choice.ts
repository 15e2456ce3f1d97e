import { describeFurniture, furnitureEvidence, isBreadcrumb, isNavBar, isPageMark } from './furniture';
import { ANSWER_LABEL, CN_HEADING, CN_SUBHEADING, listMarker, QUESTION_LABEL, THEMATIC_BREAK } from './markers';
import type { PageFurnitureWords } from './page-furniture-data';
import { isNavigationLine } from './parse-page';
import { readsAsQuestion } from './question-shape';
import { titleSegments } from './title-suffix';

/**
 * Which line of a page's head is its title. A scraper that saved a whole web page puts the site's banner, its menu,
 * a breadcrumb and a login bar above the title, and a byline, counters and labelled metadata under it; the answer
 * starts at the first line that reads as text. As Readability does, the title is chosen among the short lines above
 * that start by evidence: it asks a question or reads as a heading, the answer below is about it (their words
 * overlap), it is not furniture, a menu or a site's name, and the first line is preferred when it is as good.
 */

/** How many non-blank lines from the top may be the page's head. */
const HEAD_LINES = 14;
/** What a title may be: a few characters at least, and not longer than a long question. */
const MIN_TITLE_CHARS = 5;
const MAX_TITLE_CHARS = 48;
/** How much of the answer is read to see what it is about. */
const BODY_CHARS = 3000;

/** The weights of the evidence; the first line keeps its place unless another is clearly better. */
const WEIGHT = { question: 3, overlap: 3, first: 1.5, nextToBody: 0.5, siteName: -3, clauses: -1.5 } as const;

const END_OF_SENTENCE = /[。；;][”’"')）」』]*$/;
const CLAUSE_MARKS = /[，,、；;]/g;
/** A label with its value: `索引号：1134…`, `诉求类型：咨询`, `发布机构：县医疗保障局`. */
const LABELLED = /^[^\s:：，,。？?！!]{1,8}[:：]\s*\S/;
/** A line wholly in brackets: a note under a document's title (`（此件公开发布）`), never a title. */
const BRACKETED = /^[（(［[][^）)］\]]*[）)］\]]$/;
/** A board's or a column's tag before a title: `[求助]`, `【转】`. */
export const TITLE_TAG = /^[[【［]([^\]】］]{1,4})[\]】］]\s*/;
const LATIN = /[A-Za-z]/g;

function isStructureLine(t: string): boolean {
  return CN_HEADING.test(t) || CN_SUBHEADING.test(t) || listMarker(t) !== undefined || QUESTION_LABEL.test(t) || ANSWER_LABEL.test(t) || THEMATIC_BREAK.test(t) || isCellRow(t) || OUTLINE_START.test(t);
}

/**
 * The first head of a document's decimal outline (`1  基本信息`, over `2  申请条件` further down): the body's first
 * section, as Word exports it. Only the number 1 opens an outline, and only a few words follow it.
 */
const OUTLINE_START = /^1[ \t\u3000]+[^\s，,。；;：:！!？?]{2,12}$/;

/** Cells parted by tabs (`事项名称	门诊慢特病待遇资格认定`): a row of a table, which is the body's, never a title. */
function isCellRow(t: string): boolean {
  return t.split('\t').filter((c) => c.trim() !== '').length >= 2;
}

/** Page furniture by a line's own evidence: controls, a menu, a breadcrumb, a page number, chrome. */
export function isHeadFurniture(t: string, words: PageFurnitureWords): boolean {
  return furnitureEvidence(t, words) !== undefined || isBreadcrumb(t) || isNavBar(t) || isNavigationLine(t) || isPageMark(t);
}

/**
 * The first line that reads as the answer's text: a finished sentence, a line longer than any title, or a numbered
 * heading, list item or Q&A label. Furniture never starts it.
 */
function startsBody(t: string, words: PageFurnitureWords): boolean {
  if (isHeadFurniture(t, words)) return false;
  const n = t.replace(/\s+/g, '').length;
  return END_OF_SENTENCE.test(t) || n > MAX_TITLE_CHARS || isStructureLine(t) || (n > 24 && (t.match(CLAUSE_MARKS) ?? []).length >= 2);
}

/** Why a line cannot be the title, or undefined when it may be. */
function notATitle(t: string, words: PageFurnitureWords): string | undefined {
  const n = t.replace(/\s+/g, '').length;
  if (n < MIN_TITLE_CHARS) return 'too short for a title';
  if (n > MAX_TITLE_CHARS) return 'too long for a title';
  if (isHeadFurniture(t, words)) return 'page furniture';
  if (BRACKETED.test(t)) return 'a note in brackets';
  if (isCellRow(t)) return 'a row of table cells';
  if (LABELLED.test(t)) return 'a label and its value';
  if ((t.match(LATIN) ?? []).length * 2 > n) return 'mostly Latin letters (a site’s banner)';
  return undefined;
}

function isSiteName(t: string, words: PageFurnitureWords): boolean {
  const bare = t.replace(/\s+/g, '');
  if (bare === '') return false;
  return words.siteNames.has(bare) || words.siteEndings.some((e) => bare.endsWith(e) && bare.length > e.length) || /©|版权/.test(t);
}

/** The share of a line's character pairs that the answer uses too: what the answer is about. */
function overlap(t: string, body: string): number {
  const pairs = new Set<string>();
  // Every pair, overlapping: 医保断缴 → 医保 保断 断缴.
  const cjk = t.replace(/[^\u4e00-\u9fff]+/g, ' ');
  for (const run of cjk.split(' ')) for (let i = 0; i + 2 <= run.length; i++) pairs.add(run.slice(i, i + 2));
  if (pairs.size === 0) return 0;
  let found = 0;
  for (const p of pairs) if (body.includes(p)) found++;
  return found / pairs.size;
}

export type HeadLine = { text: string; index: number };
export type TitleChoice = {
  /** Index, among the lines given, of the title. */
  title: number;
  /** Where the answer starts. */
  body: number;
  /** The lines above the answer that are not the title, each with why it is left out. */
  header: { index: number; reason: string }[];
  evidence: string;
};

/**
 * The title among a page's first lines (`lines[0]` is the file's first line), or undefined when the first line
 * stays: the answer's start is not found near the top, or no other line is a better title.
 */
export function chooseTitle(lines: readonly string[], words: PageFurnitureWords): TitleChoice | undefined {
  if (words.uiWords.size === 0) return undefined;
  const content: number[] = [];
  for (let i = 0; i < lines.length && content.length < HEAD_LINES + 1; i++) if ((lines[i] ?? '').trim() !== '') content.push(i);
  let bodyAt = -1;
  for (let k = 1; k < content.length; k++) {
    if (startsBody((lines[content[k] ?? -1] ?? '').trim(), words)) {
      bodyAt = k;
      break;
    }
  }
  if (bodyAt < 2) return undefined;
  const body = lines
    .slice(content[bodyAt])
    .join('\n')
    .slice(0, BODY_CHARS);
  const scored = content.slice(0, bodyAt).flatMap((i, k) => {
    const whole = (lines[i] ?? '').trim().replace(TITLE_TAG, '');
    if (notATitle(whole, words)) return [];
    // A site's name after the title (`问题|某某市医疗保障局`) is weighed without it; the suffix pass cuts it later.
    const parts = titleSegments(whole);
    const last = parts[parts.length - 1] ?? '';
    const t = parts.length > 1 && isSiteName(last, words) ? parts.slice(0, -1).join(' ') : whole;
    const asks = readsAsQuestion(t);
    const about = overlap(t, body);
    const site = isSiteName(t, words);
    const clauses = (t.match(CLAUSE_MARKS) ?? []).length >= 2;
    const score =
      (asks ? WEIGHT.question : 0) + WEIGHT.overlap * about + (k === 0 ? WEIGHT.first : 0) + (k === bodyAt - 1 ? WEIGHT.nextToBody : 0) + (site ? WEIGHT.siteName : 0) + (clauses ? WEIGHT.clauses : 0);
    const why = [asks ? 'asks a question' : 'reads as a heading', `${Math.round(about * 100)}% of its word pairs are in the answer`, ...(site ? ['names a site'] : [])];
    return [{ i, k, score, why }];
  });
  if (scored.length === 0) return undefined;
  const best = scored.reduce((a, b) => (b.score > a.score ? b : a));
  if (best.k === 0) return undefined;
  const first = (lines[content[0] ?? 0] ?? '').trim();
  // A first line that may be a title keeps its place unless a menu or a breadcrumb parts it from the better line:
  // then it is the site's banner over the page's chrome. A byline or a post's floor between them proves nothing.
  const firstWhy = notATitle(first.replace(TITLE_TAG, ''), words);
  const chrome = content.slice(1, best.k).some((i) => {
    const t = (lines[i] ?? '').trim();
    return isNavBar(t) || isBreadcrumb(t) || isNavigationLine(t);
  });
  if (!firstWhy && !isSiteName(first, words) && !chrome) return undefined;
  const header = content.slice(0, bodyAt).flatMap((i) => {
    if (i === best.i) return [];
    const t = (lines[i] ?? '').trim();
    const e = furnitureEvidence(t, words);
    const reason = e
      ? describeFurniture(e)
      : isBreadcrumb(t)
        ? 'a breadcrumb'
        : isNavBar(t) || isNavigationLine(t)
          ? 'a menu or a site’s chrome'
          : i < best.i
            ? 'above the title'
            : 'between the title and the answer (a byline or metadata)';
    return [{ index: i, reason }];
  });
  const why = firstWhy ?? (isSiteName(first, words) ? 'a site’s name' : 'the site’s banner over a menu or a breadcrumb');
  return {
    title: best.i,
    body: content[bodyAt] ?? best.i + 1,
    header,
    evidence: `the title is the line that ${best.why.join(', ')}; the first line is ${why}`,
  };
}
