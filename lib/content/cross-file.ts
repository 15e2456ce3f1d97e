import { CN_HEADING, CN_SUBHEADING, LABEL_HEADING, listMarker, MD_HEADING } from './markers';
import { bylinesAbove, describeFurniture, furnitureByNeighbours, furnitureEvidence, isBreadcrumb, isPageMark, recurringEdgeLines } from './furniture';
import { readsAsQuestion } from './question-shape';
import { typeset } from './typography';
import { isNavigationLine, questionKey, type Page } from './parse-page';
import type { PageFurnitureWords } from './page-furniture-data';
import { chooseTitle, isHeadFurniture, TITLE_TAG } from './title-choice';
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
  for (const f of files) {
    titlesAtTheEnd(f.page, words);
    dropBareFurnitureItems(f.page, words);
    dropFurniture(f.page, words, template);
  }
}

/** What a related list's header may be: a few characters, no punctuation but a colon at its end. */
const MAX_LIST_HEADER = 8;
/** A line of a list of other pages' titles: short, no finished sentence, no numbering, no label with its value. */
const MIN_LISTED_TITLE = 5;
const MAX_LISTED_TITLE = 40;
/** The mean length of a list of titles that do not ask: headlines are longer than the items of a list. */
const MIN_HEADLINE_MEAN = 10;
const LABEL_AND_VALUE = /^[^\s:：，,。？?！!]{1,8}[:：]\s*\S/;

function isListedTitle(t: string, words: PageFurnitureWords): boolean {
  const n = t.replace(/\s+/g, '').length;
  return (
    n >= MIN_LISTED_TITLE &&
    n <= MAX_LISTED_TITLE &&
    !/[。；;]/.test(t) &&
    // A work named in 《》 on its own line is a citation, the answer's source, not another page's question.
    !/^《[^》]*》$/.test(t) &&
    !LABEL_AND_VALUE.test(t) &&
    !CN_HEADING.test(t) &&
    !CN_SUBHEADING.test(t) &&
    listMarker(t) === undefined &&
    !isHeadFurniture(t, words)
  );
}

/**
 * A related list the parser found no header of the known words for, nor blocks with dated source lines: a short
 * header holding a word such headers hold (content/page-furniture.yaml `related_header_words`: 相关新闻, 往期推荐)
 * over two or more bare titles, with nothing after them but the page's footer (no finished sentence). The titles
 * become related items without a summary; the header, the titles and the footer under them are each reported.
 */
function titlesAtTheEnd(page: Page, words: PageFurnitureWords): void {
  if (page.related.length > 0 || words.relatedHeaderWords.length === 0) return;
  const content = page.answer.flatMap((l, i) => (l.text.trim() === '' ? [] : [i]));
  const text = (k: number) => (page.answer[content[k] ?? -1]?.text ?? '').trim();
  // Only the page's last lines: the list and its footer.
  for (let k = Math.max(1, content.length - 16); k < content.length - 2; k++) {
    const header = text(k).replace(/[:：]$/, '');
    if (header.length < 2 || header.length > MAX_LIST_HEADER || /[\p{P}\s]/u.test(header) || !words.relatedHeaderWords.some((w) => header.includes(w))) continue;
    let end = k + 1;
    while (end < content.length && isListedTitle(text(end), words)) end++;
    if (end - k - 1 < 2) continue;
    // Other pages' titles ask, or run as long as a headline; a list of materials (`身份证原件`) does neither.
    const titles = Array.from({ length: end - k - 1 }, (_x, m) => text(k + 1 + m));
    const asking = titles.filter((t) => readsAsQuestion(t)).length;
    const meanLength = titles.reduce((n, t) => n + t.length, 0) / titles.length;
    if (asking * 2 < titles.length && meanLength < MIN_HEADLINE_MEAN) continue;
    // Under the list, a footer only: no finished sentence.
    if (content.slice(end).some((_i, m) => /[。；！][”’"')）」』]*$/.test(text(end + m)) && text(end + m).length > 20)) continue;
    const at = (m: number) => page.answer[content[m] ?? -1];
    for (let m = k; m < content.length; m++) {
      const l = at(m);
      if (!l) continue;
      const reason =
        m === k ? 'related list of bare titles: its header' : m < end ? 'related list of bare titles: read as its items' : 'page furniture: under the related list';
      page.omitted.push({ line: l.line, text: l.text.trim(), reason });
      if (m > k && m < end) page.related.push({ title: l.text.trim(), line: l.line, summary: '' });
    }
    page.answer = page.answer.slice(0, content[k]);
    while ((page.answer[page.answer.length - 1]?.text.trim() ?? 'x') === '') page.answer.pop();
    return;
  }
}

/** A bare title in a related list that is page furniture (`在线客服`, `下载客户端`) is no item. */
function dropBareFurnitureItems(page: Page, words: PageFurnitureWords): void {
  page.related = page.related.filter((item) => {
    if (item.summary !== '' || !isHeadFurniture(item.title, words)) return true;
    page.omitted.push({ line: item.line, text: item.title, reason: 'page furniture: in the related list, not an item' });
    return false;
  });
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
  if (tag) f.page.omitted.push({ line: chosen.line, text: tag[0].trim(), reason: 'page furniture: a board’s or column’s tag before the title' });
  const title = raw.slice(tag ? tag[0].length : 0).trim();
  // The line is the page's title now, not its answer; the report says where the title came from.
  if (choice.title > 0) f.page.omitted.push({ line: chosen.line, text: raw, reason: `page title: chosen in the page's head (${choice.evidence})` });
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

/** A line of topic tags only, as social posts end: `#新手妈妈# #医保[话题]#`, or two or more open `#标签`. */
const HASHTAGS = /^(?:#[^#\s]{1,24}#\s*)+$|^#[^#\s]{1,24}(?:\s+#[^#\s]{1,24})+$/;

/**
 * A PDF's running head: the short line (no sentence's end, no numbering) that follows a page number, at the top of
 * the next page, with more of the answer under it.
 */
function runningHead(page: Page, index: number): boolean {
  const t = (page.answer[index]?.text ?? '').trim();
  if (t.length < 8 || t.length > 48 || /[。；;！!？?]$/.test(t) || CN_HEADING.test(t) || CN_SUBHEADING.test(t) || listMarker(t) !== undefined) return false;
  let k = index - 1;
  while (k >= 0 && (page.answer[k]?.text.trim() ?? '') === '') k--;
  const above = (page.answer[k]?.text ?? '').trim();
  return k >= 0 && isPageMark(above) && page.answer.slice(index + 1).some((l) => l.text.trim() !== '');
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
    // A lone chrome word (`微信`) may be an answer's own short line; two or more, a link under its label, or a
    // copyright line are the page's chrome.
    if (isNavigationLine(t) && (/©|版权|ICP|Copyright|[:：]/i.test(t) || t.split(/[\s|｜>›»·/\\、,，]+/).filter(Boolean).length >= 2)) {
      dropped.push({ index, reason: 'page furniture: a link of the page’s chrome (上一篇：…, 首页 > …, ©)' });
      return;
    }
    if (HASHTAGS.test(t)) {
      dropped.push({ index, reason: 'page furniture: topic tags (#话题#)' });
      return;
    }
    if (index > 0 && runningHead(page, index)) {
      dropped.push({ index, reason: 'page furniture: a running head under a page break' });
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
