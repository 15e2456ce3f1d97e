import { LIMITS } from './limits';
import { CN_HEADING, isDisclaimer, LABEL_HEADING, listMarker, MD_HEADING, WRITTEN_DATE } from './markers';
import { bareTitle, titleMark } from './title-meta';
import { fail, ok, type Problem, type Result } from '@/lib/core/problems';

/** A line of the file as written (trailing spaces removed), with its 1-based line number in the file. */
export type Line = { text: string; line: number };

export type RelatedItem = {
  title: string;
  line: number;
  /** The cut-off summary, flattened to one line by the scraper; empty for a list of bare titles. */
  summary: string;
  source?: { name: string; date?: string };
};

/** A line of the answer's part of the file that is not published, and why; the report lists every one. */
export type Omitted = { line: number; text: string; reason: string };

/** One scraped page, split by structure: nothing here is rendered yet. */
export type Page = {
  question: string;
  questionLine: number;
  /** The answer's lines, from after the question to the disclaimer or the related list, navigation leftovers removed. */
  answer: Line[];
  disclaimer?: Line;
  /** Line of the `相关推荐` header when the page has one. */
  relatedLine?: number;
  related: RelatedItem[];
  /** Lines between the question and the related list that are not on the page: disclaimers, page chrome, repeats. */
  omitted: Omitted[];
  warnings: Problem[];
};

/** The line that opens the list of other pages' questions, in the words the feeds use for it. */
const RELATED_HEADER =
  /^(?:相关推荐|相关问题|相关问答|相关阅读|相关文章|相关内容|相关知识|猜你想问|猜你喜欢|猜你关心|为你推荐|推荐阅读|推荐问答|大家还在问|大家都在问|你可能还想问|你可能想问|其他人还问了|延伸阅读|热门问答)[:：]?$/;

/**
 * A source line: a short name, then the date the feed printed: `健康新闻 2025-03-18`, `2025/3/18`, `2025年3月18日`,
 * with or without a time after it (`2025-03-18 10:32`), after a space or a dot (`医保百科·2025-03-18`); or a date a
 * feed prints relative to the day it was scraped (`3天前`, `昨天`), which dates nothing.
 */
const SOURCE_NAME = String.raw`(\S(?:.{0,30}?\S)?)(?:\s*[·•|｜丨]\s*|\s+)`;
const DATE = String.raw`${WRITTEN_DATE}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?`;
const RELATIVE_DATE = String.raw`(?:\d+\s*(?:秒|分钟|小时|天|周|个月|月|年)前|刚刚|今天|昨天|前天)(?:\s+\d{1,2}:\d{2})?`;
const SOURCE_WITH_DATE = new RegExp(`^${SOURCE_NAME}${DATE}$`);
const SOURCE_WITH_RELATIVE_DATE = new RegExp(`^${SOURCE_NAME}${RELATIVE_DATE}$`);
const DATE_ONLY = new RegExp(`^${DATE}$`);

/**
 * Words of page chrome a scraper catches around the content: a line made only of these (split on separators),
 * a breadcrumb that starts at 首页, or a copyright line is navigation, not text.
 */
const NAV_WORDS = new Set(
  '大家都在搜 热门搜索 相关搜索 猜你喜欢 首页 返回首页 返回 返回顶部 回到顶部 顶部 上一篇 下一篇 上一条 下一条 上一页 下一页 关于我们 联系我们 网站地图 免责声明 隐私政策 用户协议 服务条款 意见反馈 帮助中心 登录 注册 退出 分享 分享到 收藏 点赞 评论 举报 更多 查看更多 加载更多 展开 展开全文 收起 阅读全文 打开APP 下载APP APP下载 微信 微博 QQ空间 复制链接 扫一扫 热门 推荐 热门推荐 最新 搜索 广告 投诉 纠错'.split(' '),
);
const NAV_SEPARATORS = /[\s|｜>›»·/\\、,，]+/;

const NAV_FIRST_CHARS = new Set([...NAV_WORDS].map((w) => w.charAt(0)));

export function isNavigationLine(text: string): boolean {
  const t = text.trim();
  if (t === '' || t.length > 60) return false;
  // Most lines are text: a cheap look at the first character settles them before any splitting.
  if (!NAV_FIRST_CHARS.has(t.charAt(0)) && !/[©]|版权|ICP|Copyright|rights/i.test(t)) return false;
  if (/©|版权所有|ICP[备证]|Copyright|All rights reserved/i.test(t)) return true;
  if (/^首页\s*[>›»|｜/]/.test(t)) return true;
  // A link to the next or the previous page under its control's label (`下一篇：某某通知`) is chrome whatever it names.
  const label = /^(\S{2,4})\s*[:：]/.exec(t);
  if (label && NAV_WORDS.has(label[1] ?? '') && /^[上下][一1]/.test(label[1] ?? '')) return true;
  // A label of page chrome left on its own line (`免责声明：`) is chrome too.
  const words = t.replace(/[:：]$/, '').split(NAV_SEPARATORS).filter(Boolean);
  return words.length > 0 && words.every((w) => NAV_WORDS.has(w));
}

/** Normalised form used to compare two questions: width, spaces and punctuation do not matter. */
export function questionKey(text: string): string {
  let key = keyCache.get(text);
  if (key === undefined) {
    key = text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\s\p{P}\p{S}]+/gu, '');
    // The same titles recur across thousands of related lists; a bounded cache keeps memory flat.
    if (keyCache.size >= KEY_CACHE_SIZE) keyCache.clear();
    keyCache.set(text, key);
  }
  return key;
}
const KEY_CACHE_SIZE = 50_000;
const keyCache = new Map<string, string>();

/**
 * Text of one file (front matter removed) → its question, answer lines and related list.
 * `lineOffset` is how many lines precede `body` in the file (the front-matter block).
 */
export function parsePage(file: string, body: string, lineOffset = 0): Result<Page> {
  const lines: Line[] = body.split('\n').map((text, i) => ({ text: text.replace(/[ \t\u3000]+$/, ''), line: i + 1 + lineOffset }));
  const warnings: Problem[] = [];
  const qi = lines.findIndex((l) => l.text.trim() !== '');
  const first = lines[qi];
  if (!first) return fail({ file, line: 1 + lineOffset, message: 'file has no question', fix: 'write the question on the first line and the answer below it' });
  let question = questionText(first.text.trim());
  if (question.length > LIMITS.maxQuestionChars) {
    return fail({
      file,
      line: first.line,
      message: `the first line (the question) is ${question.length} characters long, over ${LIMITS.maxQuestionChars}`,
      fix: 'put the question alone on the first line and the answer below it',
    });
  }
  if (RELATED_HEADER.test(question) || isDisclaimer(question)) {
    return fail({ file, line: first.line, message: `the first line is \`${question}\`, not a question`, fix: 'write the question on the first line' });
  }

  let headerIndex = -1;
  let disclaimerIndex = -1;
  // A list of other pages' questions under a header in other words (往期推荐, 其他类似问题), or under none, is known
  // by its shape: the same block of title, summary and dated source line again and again at the end of the file.
  let known = -1;
  for (let i = qi + 1; i < lines.length && known < 0; i++) if (RELATED_HEADER.test((lines[i]?.text ?? '').trim())) known = i;
  // A known word under a list found by its shape (`为你推荐：` among the footer's links) heads nothing: the list does.
  const marked = markedTail(lines, qi + 1);
  if (known >= 0 && marked !== undefined && marked.index < known) known = -1;
  const tail = known < 0 ? (relatedTail(lines, qi + 1) ?? marked) : undefined;
  const tailIndex = tail?.index ?? -1;
  for (let i = qi + 1; i < lines.length; i++) {
    const t = (lines[i]?.text ?? '').trim();
    if ((known >= 0 && RELATED_HEADER.test(t)) || i === tailIndex) {
      headerIndex = i;
      break;
    }
    // The disclaimer that ends the answer is the last one before the list. A line like it with more of the answer
    // after it (`注：以上信息仅供参考。` under a table, then the next section) is part of the answer.
    if (isDisclaimer(t)) disclaimerIndex = i;
    else if (disclaimerIndex >= 0 && isAnswerText(t)) disclaimerIndex = -1;
  }
  const omitted: Omitted[] = [];
  const leaveOut = (l: Line, reason: string, warning?: Omit<Problem, 'file' | 'line'>) => {
    omitted.push({ line: l.line, text: l.text.trim(), reason });
    if (warning) warnings.push({ file, line: l.line, ...warning });
  };
  const navigation = (l: Line) =>
    leaveOut(l, 'navigation leftover', { message: `left out navigation leftover \`${l.text.trim()}\``, fix: 'nothing to do; delete the line to silence this warning' });

  const answerEnd = [disclaimerIndex, headerIndex].find((i) => i >= 0) ?? lines.length;
  const answer = lines.slice(qi + 1, answerEnd);
  // Page chrome the scraper caught right before the disclaimer or the list is not answer text.
  const trailing: Line[] = [];
  while (answer.length > 0) {
    const last = answer[answer.length - 1];
    if (!last) break;
    if (last.text.trim() === '') answer.pop();
    else if (isNavigationLine(last.text)) trailing.unshift(...answer.splice(-1));
    else break;
  }
  while (answer.length > 0 && (answer[0]?.text.trim() ?? '') === '') answer.shift();
  // A scraper often prints the page title again near the answer's start (`# 问题` or `**问题**`), under the
  // window title that carries the site's name (`问题 - 栏目 - 某某论坛`): the repeat is the title, the rest a name.
  const repeat = repeatedTitle(answer, question);
  if (repeat && answer.length > 1) {
    const l = answer[repeat.index];
    if (l) {
      if (repeat.suffix !== '') {
        omitted.push({ line: first.line, text: repeat.suffix, reason: 'site or section name after the title: the page repeats the title without it' });
        question = repeat.question;
      }
      leaveOut(l, 'repeats the question');
      if (repeat.index === 0) answer.shift();
      else answer[repeat.index] = { text: '', line: l.line };
    }
    while (answer.length > 0 && (answer[0]?.text.trim() ?? '') === '') answer.shift();
  }
  if (answer.length === 0) {
    return fail({ file, line: first.line, message: `the question \`${question}\` has no answer`, fix: 'write the answer below the question, or delete the file' });
  }
  trailing.forEach(navigation);

  const disclaimer = disclaimerIndex >= 0 ? lines[disclaimerIndex] : undefined;
  if (disclaimer) {
    leaveOut(disclaimer, "medical disclaimer: the page shows the site's standard notice instead");
    const between = lines.slice(disclaimerIndex + 1, headerIndex >= 0 ? headerIndex : lines.length).filter((l) => l.text.trim() !== '');
    for (const l of between) {
      if (isNavigationLine(l.text)) navigation(l);
      else {
        leaveOut(l, 'text after the disclaimer', {
          message: `left out text after the disclaimer \`${clip(l.text.trim())}\``,
          fix: 'nothing to do if it is page chrome; move answer text above the disclaimer line',
        });
      }
    }
  }

  // A tail found by its shape starts at its header line when it has one, else at its first title.
  const byShape = headerIndex >= 0 && headerIndex === tailIndex;
  const tailHeader = byShape && tail?.header === true;
  const listStart = byShape && !tailHeader ? headerIndex : headerIndex + 1;
  const listEnd = byShape ? (tail?.end ?? lines.length) : lines.length;
  if (byShape) {
    // No header of the known words says where the list starts, so each of its lines is in the report: a list
    // found by mistake is seen there, and no answer line goes without a word.
    const found = tail?.end === undefined ? 'its blocks of title, summary and dated source' : 'its titles of one shape (one sign, or a date or a count on each)';
    lines.slice(headerIndex).forEach((l, k) => {
      const t = l.text.trim();
      const role = k === 0 && tailHeader ? 'its header' : headerIndex + k >= listEnd ? 'page footer after it' : 'read as its items';
      if (t !== '') omitted.push({ line: l.line, text: t, reason: `related list, found by ${found}: ${role}` });
    });
  }
  const related = headerIndex >= 0 ? parseRelated(file, lines.slice(listStart, listEnd), warnings) : [];
  if (!byShape && related.length > 0 && related.every((r) => r.summary === '')) {
    // A list of bare titles is read by the shape of its lines alone: each of them is in the report.
    const items = new Set(related.map((r) => r.line));
    for (const l of lines.slice(headerIndex)) {
      const t = l.text.trim();
      if (t !== '') omitted.push({ line: l.line, text: t, reason: `related list of bare titles: ${items.has(l.line) ? 'read as its items' : l.line === lines[headerIndex]?.line ? 'its header' : 'not an item (page chrome)'}` });
    }
  }
  if (headerIndex >= 0 && related.length === 0) {
    warnings.push({
      file,
      line: lines[headerIndex]?.line ?? first.line,
      message: 'the related list has no items',
      fix: 'add items (title, summary, source line) under 相关推荐, or delete the header',
    });
  }
  const relatedLine = headerIndex >= 0 && listStart === headerIndex + 1 ? lines[headerIndex]?.line : undefined;
  omitted.sort((a, b) => a.line - b.line);
  return ok({ question, questionLine: first.line, answer, ...(disclaimer ? { disclaimer } : {}), ...(relatedLine ? { relatedLine } : {}), related, omitted, warnings });
}

/**
 * Whether a line after a disclaimer-like line is more of the answer rather than page chrome: a sentence, a list
 * item or a heading. Short lines without punctuation (a footer's words, a site name) are not.
 */
function isAnswerText(text: string): boolean {
  if (text === '' || isNavigationLine(text)) return false;
  return text.length > 24 || /[。；;！!？?，,：:]/.test(text) || listMarker(text) !== undefined || MD_HEADING.test(text) || LABEL_HEADING.test(text) || CN_HEADING.test(text);
}

/**
 * The question as the first line writes it, without the marks a scraper or an editor put around it:
 * `# 问题`, `**问题**`, `【问题】`, `问：问题`, `Q: 问题`.
 */
function questionText(line: string): string {
  return headingText(line)
    .replace(/^(?:问题?|提问|Q)\s*[:：]\s*/i, '')
    .trim();
}

/** Lines at the answer's start where a scraper prints the title again (after a breadcrumb, a date, a byline). */
const REPEAT_WINDOW = 4;
/** What a site puts between the title and its name: `_`, `|`, `｜`, ` - `, `—`. */
const TITLE_SEPARATOR = /^\s*(?:_+|[|｜]|[-–—]+)\s*\S/;

/**
 * The answer line, among its first few, that repeats the question: the whole of it, or the part before a separator
 * (`社保卡丢了怎么补办？` under `社保卡丢了怎么补办？ - 社保医保 - 某某论坛`); then `suffix` is the rest.
 */
function repeatedTitle(answer: Line[], question: string): { index: number; question: string; suffix: string } | undefined {
  let seen = 0;
  for (let i = 0; i < answer.length && seen < REPEAT_WINDOW; i++) {
    const t = (answer[i]?.text ?? '').trim();
    if (t === '') continue;
    seen++;
    const words = headingText(t);
    if (sameWords(words, question)) return { index: i, question, suffix: '' };
    if (words.length >= 4 && words.length < question.length && question.startsWith(words) && TITLE_SEPARATOR.test(question.slice(words.length))) {
      return { index: i, question: words, suffix: question.slice(words.length).trim() };
    }
  }
  return undefined;
}

/** Two texts that differ only in spaces, width and punctuation; not cached, as most answer lines are long. */
function sameWords(a: string, b: string): boolean {
  if (a.length > b.length * 2 + 8) return false;
  const key = (t: string) => t.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
  return key(a) === key(b);
}

/** A heading line's words without its marks: `## 标题`, `**标题**`, `【标题】` → `标题`. */
function headingText(text: string): string {
  const md = MD_HEADING.exec(text);
  const label = LABEL_HEADING.exec(md ? (md[2] ?? '') : text);
  return label ? (label[1] ?? label[2] ?? '') : md ? (md[2] ?? '') : text;
}

type Open = { title: string; key: string; line: number; summary: string[]; texts: string[] };


/**
 * A related list of bare titles, as most platforms print it (`相关问题` over a few questions, no summary, no source
 * line): every line short and no finished sentence, and no line a source line. Each title is an item with no summary.
 */
function bareTitles(content: Line[]): RelatedItem[] | undefined {
  const texts = content.map((l) => l.text.trim());
  if (texts.length === 0 || texts.some((t) => t.length > 48 || /[。；;]/.test(t) || isDatedSource(t))) return undefined;
  const items = content.filter((l) => !isNavigationLine(l.text) && !RELATED_HEADER.test(l.text.trim()));
  return items.map((l) => ({ title: bareTitle(l.text), line: l.line, summary: '' }));
}

function parseRelated(file: string, lines: Line[], warnings: Problem[]): RelatedItem[] {
  const content = lines.filter((l) => l.text.trim() !== '');
  const bare = bareTitles(content);
  if (bare) return bare.slice(0, LIMITS.maxRelatedItems);
  const items: RelatedItem[] = [];
  let open: Open | undefined;
  let lastClosedKey: string | undefined;
  // The lines of the item closed last (title, summary, source), and how many of them have just been repeated.
  let lastClosedTexts: string[] = [];
  let repeated = 0;

  const close = (item: Open, source?: RelatedItem['source']) => {
    if (item.summary.length === 0) {
      warnings.push({ file, line: item.line, message: `left out related item \`${clip(item.title)}\`: it has no summary`, fix: 'write the summary on the line after the title' });
    } else if (items.length >= LIMITS.maxRelatedItems) {
      warnings.push({ file, line: item.line, message: `left out related item \`${clip(item.title)}\`: over ${LIMITS.maxRelatedItems} items`, fix: 'shorten the related list' });
    } else {
      items.push({ title: item.title, line: item.line, summary: item.summary.join(''), ...(source ? { source } : {}) });
    }
    lastClosedKey = item.key;
    lastClosedTexts = item.texts;
  };

  for (let i = 0; i < content.length; i++) {
    const entry = content[i];
    if (!entry) continue;
    const text = entry.text.trim();
    if (isNavigationLine(text) || (!open && RELATED_HEADER.test(text))) {
      // A second list header (`猜你喜欢` above `相关推荐`) opens nothing new: the items go on.
      warnings.push({ file, line: entry.line, message: `left out navigation leftover \`${text}\``, fix: 'nothing to do; delete the line to silence this warning' });
      continue;
    }
    // The scraper printed the item just closed a second time: title, summary and source, line for line.
    if (repeated === lastClosedTexts.length) repeated = 0;
    if (!open && text === lastClosedTexts[repeated]) {
      repeated++;
      continue;
    }
    repeated = 0;
    const source = readSource(text, content[i + 1]?.text.trim(), open !== undefined && open.summary.length > 0);
    // Only a short line can repeat a title; summaries are never normalised, which keeps this pass cheap.
    const key = text.length <= LIMITS.maxQuestionChars ? questionKey(text) : '';
    if (!open) {
      // A title repeated on the line after its item's source line is scraper noise.
      if (key !== '' && key === lastClosedKey) continue;
      if (source) {
        warnings.push({ file, line: entry.line, message: `left out source line \`${text}\` that follows no related item`, fix: 'put a title and a summary above it' });
        continue;
      }
      open = { title: text, key, line: entry.line, summary: [], texts: [text] };
      continue;
    }
    if (source && open.summary.length > 0) {
      open.texts.push(text);
      if (!source.date) {
        warnings.push({
          file,
          line: entry.line,
          message: `related item \`${clip(open.title)}\` has no date on its source line${SOURCE_WITH_RELATIVE_DATE.test(text) ? ' (a date like 3天前 dates nothing once scraped)' : ''}`,
          fix: 'add the date as YYYY-MM-DD after the source name',
        });
      }
      close(open, source);
      open = undefined;
      continue;
    }
    if (key !== '' && key === open.key) continue;
    if (open.summary.length === 0 || !looksLikeTitle(text)) {
      open.summary.push(open.summary.length === 0 ? text : ` ${text}`);
      open.texts.push(text);
      continue;
    }
    warnings.push({ file, line: open.line, message: `related item \`${clip(open.title)}\` has no source line`, fix: 'add a line `source name YYYY-MM-DD` after its summary' });
    close(open);
    open = { title: text, key, line: entry.line, summary: [], texts: [text] };
  }
  if (open) {
    // An unfinished block after the last item is page-footer text, not an item.
    warnings.push({
      file,
      line: open.line,
      message: `left out \`${clip(open.title)}\` after the last related item: it has no ${open.summary.length === 0 ? 'summary' : 'source line'}`,
      fix: 'nothing to do if it is page chrome; otherwise complete the item with a summary and a source line',
    });
  }
  return items;
}

/** A source line with a date, as a related item ends with: the mark of one block of a related list. */
function isDatedSource(text: string): boolean {
  return text.length <= 48 && (SOURCE_WITH_DATE.test(text) || DATE_ONLY.test(text) || SOURCE_WITH_RELATIVE_DATE.test(text));
}

/** Lines of one related block besides its source line: a title and one to three lines of summary. */
const MIN_BLOCK_LINES = 2;
const MAX_BLOCK_LINES = 4;
/** Short lines (a footer's words) allowed after the last block. */
const MAX_AFTER_TAIL = 3;
/** What a list's own header may be: short, and no sentence in it (`往期推荐`, `其他类似问题`, `为你推荐：`). */
const MAX_HEADER_CHARS = 16;

function isTailHeader(text: string): boolean {
  return text.length <= MAX_HEADER_CHARS && !/[。；;！!？?，,]/.test(text.replace(/[:：]$/, '')) && !isDatedSource(text);
}

/**
 * Where a related list with no known header starts (its header line, or its first title), or undefined: two or more blocks at the end of the file, each a
 * short title, a line or a few of summary and a dated source line (`来源:某某 2025-03-18`, `某某 · 2024/12/20`),
 * all blocks the same size, with at most a few short lines after the last. The line above the first title is the
 * list's header when it is short and no sentence. A forum's `发表于 2024-11-02` lines, a byline over each reply,
 * sit above long replies and never end the file so. Blank lines do not count.
 */
function relatedTail(lines: Line[], from: number): { index: number; header: boolean; end?: number } | undefined {
  const text: number[] = [];
  for (let i = from; i < lines.length; i++) if ((lines[i]?.text.trim() ?? '') !== '') text.push(i);
  const t = (k: number) => lines[text[k] ?? -1]?.text.trim() ?? '';
  // The last dated source line, with only a few short lines without a sentence after it.
  let last = text.length - 1;
  while (last >= 0 && !isDatedSource(t(last))) {
    if (text.length - 1 - last >= MAX_AFTER_TAIL || t(last).length > MAX_HEADER_CHARS * 2 || /[。；！]/.test(t(last))) return undefined;
    last--;
  }
  if (last < 0) return undefined;
  // Walk up block by block: the previous source line a fixed number of lines above, a title-shaped line on top.
  let size = -1;
  let top = -1;
  let blocks = 0;
  for (let end = last; end >= 0; ) {
    let prev = end - 1;
    while (prev >= 0 && end - prev <= MAX_BLOCK_LINES + 1 && !isDatedSource(t(prev))) prev--;
    const gap = end - prev - 1;
    const fits = (n: number) => n >= MIN_BLOCK_LINES && n <= MAX_BLOCK_LINES && (size < 0 || n === size) && looksLikeTitle(t(end - n)) && t(end - n).length <= 40;
    if (prev >= 0 && isDatedSource(t(prev)) && fits(gap)) {
      size = gap;
      top = end - gap;
      blocks++;
      end = prev;
      continue;
    }
    // The first block: its size is the others', or two lines when it is alone so far.
    const n = size > 0 ? size : MIN_BLOCK_LINES;
    if (fits(n) && end - n >= 0) {
      top = end - n;
      blocks++;
    }
    break;
  }
  if (blocks < 2 || top < 1) return undefined;
  const header = text[top - 1];
  const headerText = t(top - 1);
  if (header !== undefined && isTailHeader(headerText) && !isNavigationLine(headerText)) return { index: header, header: true };
  const first = text[top];
  return first === undefined ? undefined : { index: first, header: false };
}

/** Short lines that may follow a related list at the file's end: its footer (返回列表, 阅读原文, a copyright). */
const MAX_FOOTER_LINES = 6;
const MAX_FOOTER_CHARS = 40;
/** A list's header when no known word names it: a few words (往期回顾, 相关留言, 看了又看), not an introduction. */
const MAX_MARKED_HEADER_CHARS = 8;
/** A listed title's length without its marks: a few words at least, a line at most. */
const MIN_LISTED_TITLE = 4;
const MAX_LISTED_TITLE = 40;

/**
 * Where a related list of bare titles with no known header starts (its header line), and where it ends: two or
 * more title-shaped lines marked alike — one sign before each (`▶` `·` `◎`), a date before each, or a count after
 * each — under a header of a few words with no sentence in it, with at most a few short lines (the page's footer)
 * after them. An answer's own last list sits under a line that introduces it (`需要带上这些材料：`), longer than
 * such a header, or is made of short items, not titles.
 */
function markedTail(lines: Line[], from: number): { index: number; header: boolean; end: number } | undefined {
  const text: number[] = [];
  for (let i = from; i < lines.length; i++) if ((lines[i]?.text.trim() ?? '') !== '') text.push(i);
  const t = (k: number) => lines[text[k] ?? -1]?.text.trim() ?? '';
  const isItem = (k: number, mark: string) => {
    const title = bareTitle(t(k));
    return titleMark(t(k)) === mark && title.length >= MIN_LISTED_TITLE && title.length <= MAX_LISTED_TITLE && looksLikeTitle(title);
  };
  for (let end = text.length - 1; end >= Math.max(1, text.length - 1 - MAX_FOOTER_LINES); end--) {
    const mark = titleMark(t(end));
    if (mark !== undefined && isItem(end, mark)) {
      let top = end;
      while (top - 1 > 0 && isItem(top - 1, mark)) top--;
      const header = t(top - 1).replace(/[:：]$/, '');
      if (end > top && header.length <= MAX_MARKED_HEADER_CHARS && isTailHeader(header) && titleMark(header) === undefined) {
        const index = text[top - 1];
        const after = text[end + 1];
        return index === undefined ? undefined : { index, header: true, end: after ?? lines.length };
      }
    }
    const footer = t(end);
    if (footer.length > MAX_FOOTER_CHARS || /[。！!；;]/.test(footer)) return undefined;
  }
  return undefined;
}

/** Titles are short questions; summaries are long and carry sentence punctuation. */
function looksLikeTitle(text: string): boolean {
  return text.length <= 60 && !/[。；]/.test(text);
}

/**
 * A source line: `健康新闻 2025-03-18`, or a name whose date is missing. A dateless name is recognised by shape only
 * where a summary is waiting for its source: a short line without punctuation followed by another short line (the
 * next title) or by nothing.
 */
function readSource(text: string, next: string | undefined, awaitingSource: boolean): RelatedItem['source'] | undefined {
  if (text.length > 48) return undefined;
  const dated = SOURCE_WITH_DATE.exec(text);
  if (dated) {
    const date = isoDate(dated[2], dated[3], dated[4]);
    return date ? { name: dated[1] ?? '', date } : undefined;
  }
  const bare = DATE_ONLY.exec(text);
  if (bare) {
    const date = isoDate(bare[1], bare[2], bare[3]);
    return date ? { name: '', date } : undefined;
  }
  const relative = SOURCE_WITH_RELATIVE_DATE.exec(text);
  if (relative) return { name: relative[1] ?? '' };
  if (awaitingSource && text.length <= 12 && !/[\p{P}\d?？]/u.test(text) && !/[吗呢么多少怎哪几啥]/.test(text) && (next === undefined || looksLikeTitle(next))) {
    return { name: text };
  }
  return undefined;
}

function isoDate(y?: string, m?: string, d?: string): string | undefined {
  if (!y || !m || !d) return undefined;
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
