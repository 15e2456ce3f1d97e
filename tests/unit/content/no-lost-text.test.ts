import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '@/lib/content/build';
import type { Article } from '@/lib/content/schema';
import { typeset } from '@/lib/content/typography';
import { feedFixtures } from './fixtures';
import { realData, seedFiles } from './helpers';

/**
 * No answer text is lost: every sentence between a file's question and its related list is on the file's page,
 * unless the report lists its line as left out with a reason. The source is read here on its own terms — this
 * test does not reuse the parser's rules, so a parser that drops a line cannot also excuse it.
 *
 * Both sides are normalised the same way: invisible characters removed, markup marks removed (`#` heading marks,
 * `**`, bullets, list numbers and step labels at a line's start, list numbers inside a flattened line, `问：`/`答：`
 * labels, `【】`, table pipes and separator rows), typography as `typeset()` does it, then NFKC and no white space or
 * colons at all.
 */

const RELATED_HEADER = /^(?:相关推荐|相关问题|相关阅读|相关文章|猜你想问|大家还在问|延伸阅读)[:：]?$/;
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;
const CN = '[一二三四五六七八九十]{1,3}';
/** Marks at the start of a line that the page shows as structure (a list number, a step label), not as text. */
const LEADING_MARKS = [
  /^#{1,6}\s*/,
  // Bullets, and the shapes, stars, arrows and check marks that feeds draw as bullets (▲ ★ ➤ ✔).
  /^[•·\u2190-\u21FF\u25A0-\u25FF\u2600-\u2606\u2713\u2714\u27A1-\u27BF]\s*/,
  /^[-*+]\s+/,
  // Digits as scrapers print them, ASCII or full-width (`１．`).
  /^[0-9０-９]{1,3}(?:[.．、](?![0-9０-９])|[)）])\s*/,
  /^[(（][0-9０-９]{1,3}[)）]\s*/,
  /^[\u2460-\u249B]\s*/,
  // Keycap digits (`1️⃣`), numbered lists in social posts.
  /^[0-9]\uFE0F?\u20E3\s*/u,
  new RegExp(`^(?:第\\s*(?:[0-9０-９]{1,2}|${CN})\\s*步|步骤\\s*(?:[0-9０-９]{1,2}|${CN})|step\\s*[0-9０-９]{1,2})(?:\\s*[:：、，,.．)）]\\s*|\\s+|$)`, 'i'),
  /^(?:问题?|Q|答|回答|A)\s*[:：]\s*/,
];
const SEPARATOR_ROW = /^[|｜\s:：-]+$/;

function stripLeadingMarks(line: string): string {
  let text = line.trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const re of LEADING_MARKS) {
      const next = text.replace(re, '');
      if (next !== text) {
        text = next;
        changed = true;
      }
    }
  }
  return text;
}

/**
 * List and heading numbers anywhere in a line: a paragraph flattened with its numbering (`…：（1）…；（2）…`) is shown
 * as a list, whose numbers are the list's, not text. Figures (1.5, 2025.1, 第1.2条) are not numbers of this kind.
 */
const INLINE_MARKS = /[(（][0-9０-９]{1,2}[)）]|[\u2460-\u2473]|[一二三四五六七八九十]{1,3}、|(?<![0-9０-９.．第%％])[0-9０-９]{1,2}[.．、](?![0-9０-９])/g;

function fold(text: string): string {
  return typeset(text.replace(INVISIBLE, ''))
    .replace(INLINE_MARKS, '')
    .normalize('NFKC')
    .replace(/\*+|[【】|｜:\s]/g, '');
}

/** The sentences of one source line, normalised; a table row is one sentence of its cells. */
function sentences(line: string): string[] {
  const text = line.replace(INVISIBLE, '');
  if (text.trim() === '' || SEPARATOR_ROW.test(text.trim())) return [];
  // `问：…？答：…` on one line holds two labels.
  const parts = stripLeadingMarks(text).split(/(?<=[？?])\s*(?=(?:答|回答|A)\s*[:：])/);
  return parts
    .map(stripLeadingMarks)
    .flatMap((p) => fold(p).split(/[。！？；!?;]+/))
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** What a reader sees of the answer: the HTML's text, entities decoded. */
function pageText(article: Article): string {
  const text = article.answerHtml
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&(lt|gt|amp|quot);/g, (_m, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"' })[name] ?? '');
  return fold(text);
}

type Source = { path: string; bytes: Uint8Array };

/** Each answer line of each file that is on neither its page nor the report's list of left-out lines. */
export function lostLines(files: Source[], result: BuildResult): { file: string; line: number; sentence: string }[] {
  const lost: { file: string; line: number; sentence: string }[] = [];
  const articles = result.siteData?.articles ?? [];
  for (const f of files) {
    const page = articles.find((a) => a.kind === 'full' && a.origins[0]?.file === f.path);
    if (!page) throw new Error(`${f.path} has no page`);
    const shown = pageText(page);
    const excused = new Set(result.report.omittedLines.filter((o) => o.file === f.path).map((o) => o.line));
    const text = new TextDecoder().decode(f.bytes).replace(/\r\n?/g, '\n');
    const lines = text.split('\n');
    const question = lines.findIndex((l) => l.replace(INVISIBLE, '').trim() !== '');
    const end = lines.findIndex((l, i) => i > question && RELATED_HEADER.test(l.trim()));
    for (let i = question + 1; i < (end < 0 ? lines.length : end); i++) {
      if (excused.has(i + 1)) continue;
      for (const sentence of sentences(lines[i] ?? '')) if (!shown.includes(sentence)) lost.push({ file: f.path, line: i + 1, sentence });
    }
  }
  return lost;
}

const seeds = seedFiles();
const fixtures = feedFixtures();
const gb18030 = { path: 'gb18030.txt', bytes: readFileSync(path.resolve('tests/fixtures/content/gb18030.txt')) };

describe('no answer text is lost', () => {
  it.each([
    ['every seed', seeds],
    ['every fixture of other feeds', fixtures],
  ])('%s: every sentence is on its page or listed as left out', (_name, files) => {
    const result = buildSite({ files, data: realData() });
    expect(result.report.errors).toEqual([]);
    expect(result.report.refused).toEqual([]);
    expect(lostLines(files, result)).toEqual([]);
  });

  it('reads a GB18030 file as the content step does', () => {
    const result = buildSite({ files: [gb18030], data: realData() });
    const utf8 = { path: gb18030.path, bytes: new TextEncoder().encode(new TextDecoder('gb18030').decode(gb18030.bytes)) };
    expect(lostLines([utf8], result)).toEqual([]);
  });

  it('reads a UTF-16 file (Notepad "Unicode", with its byte-order mark and CRLF) as the content step does', () => {
    const seed = seeds[0];
    if (!seed) throw new Error('no seed');
    const text = new TextDecoder().decode(seed.bytes).replace(/\r?\n/g, '\r\n');
    const utf16 = { path: seed.path, bytes: new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]) };
    const result = buildSite({ files: [utf16], data: realData() });
    expect(result.report.refused).toEqual([]);
    expect(lostLines([seed], result)).toEqual([]);
  });

  it('lists every line it leaves out with its reason in the report', () => {
    const result = buildSite({ files: [...seeds, ...fixtures], data: realData() });
    // Furniture and title cuts carry their evidence after the colon; the kind of reason is what is checked here.
    const reasons = new Set(result.report.omittedLines.map((o) => (o.reason.startsWith('medical') ? o.reason : o.reason.split(':')[0])));
    expect([...reasons].sort()).toEqual([
      "medical disclaimer: the page shows the site's standard notice instead",
      'navigation leftover',
      'page furniture',
      'page title',
      'related list of bare titles',
      'related list, found by its blocks of title, summary and dated source',
      'repeats the question',
      'site or section name after the title',
    ]);
    expect(result.report.omittedLines.filter((o) => o.reason.startsWith('medical')).length).toBe(seeds.length + fixtures.length);
  });

  it('fails when a sentence goes missing', () => {
    const files = fixtures.filter((f) => f.path === 'tips.txt');
    const result = buildSite({ files, data: realData() });
    const page = result.siteData?.articles.find((a) => a.kind === 'full');
    if (!page) throw new Error('no page');
    // The same build with one tip cut out of the page, as a parser that swallowed it would leave it.
    page.answerHtml = page.answerHtml.replace(/<div class="answer-note" role="note"><p><strong>温馨提示：<\/strong>出院时[^<]*<\/p><\/div>/, '');
    expect(lostLines(files, result)).toEqual([{ file: 'tips.txt', line: 9, sentence: '温馨提示出院时请向医院一并索取发票和费用清单,回参保地就医报销时都要用到' }]);
  });
});
