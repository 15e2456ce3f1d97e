import { CN_HEADING, CN_SUBHEADING, LABEL_HEADING, listMarker, MD_HEADING } from './markers';
import { bylinesAbove, describeFurniture, furnitureByNeighbours, furnitureEvidence, isBreadcrumb, isPageMark, recurringEdgeLines } from './furniture';
import { typeset } from './typography';
import { questionKey, type Page } from './parse-page';
import type { PageFurnitureWords } from './page-furniture-data';
import { chooseTitle, TITLE_TAG } from './title-choice';
import { cutTitleSuffixes } from './title-suffix';

/** What the passes that weigh every file together read and change of one parsed file. */
export type CrossFilePage = { page: Page; question: string; key: string; titleFromFrontMatter: boolean };

/**
 * The passes that need evidence from all of content/ at once (what a feed's template repeats in every file):
 * site and section names cut from titles, and page furniture taken out of answers. Each cut is noted in the page's
 * omitted lines with its evidence, so the report shows it.
 */
export function cleanAcrossFiles(files: CrossFilePage[], words: PageFurnitureWords): void {
  for (const f of files) if (!f.titleFromFrontMatter && !titleInHead(f, words)) titleUnderFurniture(f, words);
  // An editor's front-matter title is taken as written.
  const cuts = cutTitleSuffixes(
    files.map((f) => (f.titleFromFrontMatter ? '' : f.page.question)),
    words,
  );
  files.forEach((f, i) => {
    const cut = cuts[i];
    if (!cut) return;
    f.page.question = cut.question;
    f.question = typeset(cut.question);
    f.key = questionKey(f.question);
    f.page.omitted.push({ line: f.page.questionLine, text: cut.suffix, reason: `site or section name after the title: ${cut.evidence}` });
  });
  const template = recurringEdgeLines(
    files.map((f) => f.page.answer.map((l) => l.text)),
    words,
  );
  for (const f of files) dropFurniture(f.page, words, template);
}

/**
 * A page saved whole (banner, menu, breadcrumb, login bar over the title; byline and metadata under it) gets the
 * title chosen among its head's lines (title-choice.ts); every other line above the answer's start is reported as
 * the page's header. A board's tag before the title (`[求助]`) goes too. False when the first line stays the title.
 */
function titleInHead(f: CrossFilePage, words: PageFurnitureWords): boolean {
  const lines = [f.page.question, ...f.page.answer.map((l) => l.text)];
  const choice = chooseTitle(lines, words);
  if (!choice) return false;
  const at = (i: number) => (i === 0 ? { line: f.page.questionLine, text: f.page.question } : f.page.answer[i - 1]);
  const chosen = at(choice.title);
  if (!chosen) return false;
  for (const h of choice.header) {
    const l = at(h.index);
    if (l) f.page.omitted.push({ line: l.line, text: l.text.trim(), reason: `page furniture: ${h.reason}, in the page's header above the answer (${choice.evidence})` });
  }
  const raw = chosen.text.trim();
  const tag = TITLE_TAG.exec(raw);
  if (tag) f.page.omitted.push({ line: chosen.line, text: tag[0].trim(), reason: 'a board’s or column’s tag before the title' });
  const title = raw.slice(tag ? tag[0].length : 0).trim();
  f.page.question = title;
  f.page.questionLine = chosen.line;
  f.question = typeset(title);
  f.key = questionKey(f.question);
  f.page.answer = f.page.answer.slice(choice.body - 1);
  return true;
}

/** What a title may be: not longer than a question, and no finished sentence. */
const MAX_TITLE_CHARS = 60;
const SENTENCE_END = /[。；;！!][”’"')）」』]*$/;

/**
 * A first line that is page furniture (`点击上方蓝字 关注我们` over a WeChat article) is not the title: the title is
 * the first line under it, when that is title-shaped and no furniture itself. The furniture line is reported.
 */
function titleUnderFurniture(f: CrossFilePage, words: PageFurnitureWords): void {
  const evidence = furnitureEvidence(f.page.question, words);
  const next = f.page.answer[0];
  const t = next?.text.trim() ?? '';
  if (!evidence || !next || f.page.answer.length < 2 || t === '' || t.length > MAX_TITLE_CHARS || SENTENCE_END.test(t) || furnitureEvidence(t, words)) return;
  f.page.omitted.push({ line: f.page.questionLine, text: f.page.question, reason: `page furniture: ${describeFurniture(evidence)}` });
  f.page.question = t;
  f.page.questionLine = next.line;
  f.question = typeset(t);
  f.key = questionKey(f.question);
  f.page.answer.shift();
  while ((f.page.answer[0]?.text.trim() ?? 'x') === '') f.page.answer.shift();
}

/** What a publisher's line may add to its name: `编印`, `印发`, `发布`, `主办`. */
const PUBLISHED = /\s*(?:编印|印发|发布|主办|制作|编)$/;

/**
 * The answer's first line when it is only a publisher's name (`某某市医疗保障局`, `某某市医疗保障局 编印`, as a
 * PDF's cover prints it under the title): short, no punctuation, ending as a site's or a public body's name does
 * (content/page-furniture.yaml, site_suffix.endings), with text or the first heading under it.
 */
function publisherLine(page: Page, words: PageFurnitureWords): number | undefined {
  const content = page.answer.flatMap((l, i) => (l.text.trim() === '' ? [] : [i]));
  const first = content[0];
  const next = content[1];
  if (first === undefined || next === undefined) return undefined;
  const t = (page.answer[first]?.text ?? '').trim();
  const name = t.replace(PUBLISHED, '');
  if (t.length > 20 || name.length < 4 || /[\p{P}\d]/u.test(name.replace(/\*/g, '')) || /\s/.test(name)) return undefined;
  if (!words.siteEndings.some((e) => name.endsWith(e) && name.length > e.length + 1)) return undefined;
  const below = (page.answer[next]?.text ?? '').trim();
  const structure = CN_HEADING.test(below) || CN_SUBHEADING.test(below) || MD_HEADING.test(below) || LABEL_HEADING.test(below) || listMarker(below) !== undefined;
  return below.length > 20 || /[。；！]$/.test(below) || structure ? first : undefined;
}

/**
 * Each furniture line becomes a blank line, so the paragraphs around it stay apart; an answer made only of such
 * lines keeps them (a page is never emptied by a guess).
 */
function dropFurniture(page: Page, words: PageFurnitureWords, template: Map<string, number>): void {
  const dropped: { index: number; reason: string }[] = [];
  page.answer.forEach((l, index) => {
    const t = l.text.trim();
    if (t === '') return;
    const files = template.get(t);
    if (files !== undefined) {
      dropped.push({ index, reason: `page furniture: the same line opens or closes the answers of ${files} files (a feed's template)` });
      return;
    }
    if (isBreadcrumb(t)) {
      dropped.push({ index, reason: 'page furniture: a breadcrumb (short steps joined by >)' });
      return;
    }
    if (isPageMark(t)) {
      dropped.push({ index, reason: 'page furniture: a page number' });
      return;
    }
    const evidence = furnitureEvidence(t, words);
    if (evidence) dropped.push({ index, reason: `page furniture: ${describeFurniture(evidence)}` });
  });
  const publisher = publisherLine(page, words);
  if (publisher !== undefined && !dropped.some((d) => d.index === publisher)) dropped.push({ index: publisher, reason: "page furniture: the publisher's name under the title (a site's or a public body's name, no sentence)" });
  if (dropped.length > 0) {
    const own = new Set(dropped.map((d) => d.index));
    for (const n of furnitureByNeighbours(
      page.answer.map((l) => l.text),
      page.answer.map((_l, i) => own.has(i)),
      words,
    )) {
      dropped.push({ index: n.index, reason: `page furniture: ${n.reason}` });
    }
  }
  const found = new Set(dropped.map((d) => d.index));
  for (const index of bylinesAbove(
    page.answer.map((l) => l.text),
    page.answer.map((_l, i) => found.has(i)),
  )) {
    dropped.push({ index, reason: 'page furniture: a short line above the furniture that opens the answer (a byline)' });
  }
  const text = page.answer.filter((l) => l.text.trim() !== '').length;
  if (dropped.length === 0 || dropped.length === text) return;
  for (const { index, reason } of dropped) {
    const l = page.answer[index];
    if (!l) continue;
    page.omitted.push({ line: l.line, text: l.text.trim(), reason });
    page.answer[index] = { text: '', line: l.line };
  }
  // The answer starts and ends with text, as the parser left it.
  while ((page.answer[0]?.text ?? 'x') === '') page.answer.shift();
  while ((page.answer[page.answer.length - 1]?.text ?? 'x') === '') page.answer.pop();
}
