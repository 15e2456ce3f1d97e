/**
 * How pages from sources nobody here wrote come out, checked against what a reader should see (`npm run bench --
 * feeds`, scripts/bench/feeds.ts; tests/unit/content/feeds-eval.test.ts holds it to a floor).
 *
 * A folder holds scraped files (`NAME.txt`, any encoding) each with `NAME.expect.json`: the title a reader should
 * see, the theme, page furniture that must not be shown, answer sentences that must be, headings, list items,
 * questions inside the page, related titles, and figures that must stay whole. Each folder is built on its own with
 * the editors' data files of content/, exactly as the content step builds content/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { loadDataFile } from '@/lib/core/load-data-file';
import { buildSite } from '@/lib/content/build';
import { loadContentDir } from '@/lib/content/load';
import type { Article } from '@/lib/content/schema';

const expectSchema = z.object({
  style: z.string(),
  title: z.string(),
  theme: z.string(),
  furniture: z.array(z.string()).default([]),
  sentences: z.array(z.string()).default([]),
  headings: z.array(z.string()).default([]),
  list_items: z.array(z.string()).default([]),
  inner_questions: z.array(z.string()).default([]),
  related_titles: z.array(z.string()).default([]),
  not_split: z.array(z.string()).default([]),
});
type Expect = z.infer<typeof expectSchema>;

export const CHECKS = ['title', 'topic', 'furniture', 'sentences', 'headings', 'list items', 'inner questions', 'related', 'figures whole'] as const;
type Check = (typeof CHECKS)[number];
type Tally = Record<Check, { passed: number; total: number }>;

const themeTopics = loadDataFile('tests/fixtures/feeds-eval/theme-topics.yaml', z.record(z.string(), z.array(z.string())));

/** Text with its spacing and punctuation widths folded, so a check reads what a reader reads. */
const fold = (text: string) => text.normalize('NFKC').replace(/\s+/gu, '');

/**
 * An expected list item without its marker (①, 1、, （1）, •, ✔, 第一步): the site draws an item's marker as the list's
 * own number or bullet, so the item's text never holds it. Evaluation files are written by people who do not know
 * that, and often copy the marker with the item.
 */
const LEADING_MARKER = /^(?:[\u2460-\u2473\u2776-\u277f]|[(（]\d{1,2}[)）]|\d{1,2}[、.．)）]|[•·●○■□◆◇▲△▶►✔✓✅☑➤→\-*+]|第[一二三四五六七八九十\d]{1,3}[步条点项])\s*/u;
const withoutMarker = (item: string) => item.replace(LEADING_MARKER, '');

const textOf = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&');

function elementsText(html: string, tags: string): string[] {
  return [...html.matchAll(new RegExp(`<(${tags})\\b[^>]*>([\\s\\S]*?)</\\1>`, 'g'))].map((m) => fold(textOf(m[2] ?? '')));
}

export function checkPage(expected: Expect, page: Article | undefined, related: (slug: string) => string | undefined): Record<Check, [number, number]> & { failures: string[] } {
  const failures: string[] = [];
  const tally = (check: Check, items: readonly string[], ok: (item: string) => boolean): [number, number] => {
    let passed = 0;
    for (const item of items) {
      if (ok(item)) passed += 1;
      else failures.push(`${check}: ${item}`);
    }
    return [passed, items.length];
  };
  const answer = fold(page?.answerText ?? '');
  // Furniture is a whole line of the page (分享, 收藏): shown when a block of the answer contains it, or, for a short
  // control word, when a block is that word alone.
  const blocks = (page?.answerText ?? '').split('\n').map(fold);
  const shown = (line: string) => {
    const f = fold(line);
    return Array.from(f).length <= 6 ? blocks.includes(f) : blocks.some((b) => b.includes(f));
  };
  const html = page?.answerHtml ?? '';
  const headings = elementsText(html, 'h2|h3|h4');
  const items = elementsText(html, 'li');
  const relatedTitles = (page?.related ?? []).map((slug) => fold(related(slug) ?? ''));
  const accepted = themeTopics[expected.theme];
  return {
    title: tally('title', [expected.title], (t) => fold(page?.question ?? '') === fold(t)),
    topic: tally('topic', [expected.theme], () => page !== undefined && (!accepted || accepted.includes(page.topics[0] ?? ''))),
    furniture: tally('furniture', expected.furniture, (line) => page !== undefined && !shown(line)),
    sentences: tally('sentences', expected.sentences, (s) => answer.includes(fold(s))),
    headings: tally('headings', expected.headings, (h) => headings.some((x) => x.includes(fold(h)))),
    'list items': tally('list items', expected.list_items, (item) => items.some((x) => x.includes(fold(item)) || x.includes(fold(withoutMarker(item))))),
    'inner questions': tally('inner questions', expected.inner_questions, (q) => headings.some((x) => x.includes(fold(q).replace(/[?？]$/u, '')))),
    related: tally('related', expected.related_titles, (t) => relatedTitles.includes(fold(t))),
    'figures whole': tally('figures whole', expected.not_split, (f) => answer.includes(fold(f)) && !items.some((x) => x === fold(f))),
    failures,
  };
}

export function evaluateFeeds(dir: string) {
  const base = loadContentDir('content');
  const feed = loadContentDir(dir);
  const first = buildSite({ ...base, files: feed.files });
  // A parser that lets one bad file stop the build publishes nothing; the rest is then measured without that file,
  // and the stop is said.
  const refused = new Set(first.report.errors.map((e) => e.file));
  const stopped = first.siteData === undefined;
  const { siteData, report } = stopped ? buildSite({ ...base, files: feed.files.filter((f) => !refused.has(f.path)) }) : first;
  const articles = siteData?.articles ?? [];
  const questionOf = new Map(articles.map((a) => [a.slug, a.question]));
  const tally = Object.fromEntries(CHECKS.map((c) => [c, { passed: 0, total: 0 }])) as Tally;
  const files: { file: string; passed: number; total: number; failures: string[] }[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.expect.json')).sort()) {
    const file = name.replace(/\.expect\.json$/, '.txt');
    const expected = expectSchema.parse(JSON.parse(readFileSync(path.join(dir, name), 'utf8')));
    const page = articles.find((a) => a.kind === 'full' && a.origins.some((o) => o.file === file));
    const result = checkPage(expected, page, (slug) => questionOf.get(slug));
    let passed = 0;
    let total = 0;
    for (const check of CHECKS) {
      const [p, t] = result[check];
      tally[check].passed += p;
      tally[check].total += t;
      passed += p;
      total += t;
    }
    const why = [...first.report.errors, ...report.errors].filter((e) => e.file === file).map((e) => e.message);
    files.push({ file, passed, total, failures: page ? result.failures : [`no page published (${why.join('; ') || 'see the report'})`] });
  }
  return { tally, files, stoppedBy: stopped ? [...refused] : [] };
}
