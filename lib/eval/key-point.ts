/**
 * 要点 against hand labels: does the box at the top of a full answer hold the right sentence of the answer's own words,
 * and stay away where no sentence fits? (`npm run bench -- keypoint-judged`, scripts/bench/key-point-judged.ts;
 * tests/unit/content/key-point-eval.test.ts holds it to a floor.)
 *
 * A folder holds answer files (`*.txt`, the content format) and `labels.yaml`: for each file the sentences a reader
 * could be given as its gist (`expect: [...]`), or `expect: none`. Each folder is built on its own with the editors'
 * data files of content/, exactly as the content step builds content/. Four outcomes per file:
 *   right box     a box, holding one of the acceptable sentences
 *   right none    no box, and none was expected
 *   missed        no box, though a sentence would do
 *   wrong box     a box where none fits, or with another sentence: the one that misleads a reader
 */
import path from 'node:path';
import { z } from 'zod';
import { loadDataFile } from '@/lib/core/load-data-file';
import { buildSite } from '@/lib/content/build';
import { loadContentDir } from '@/lib/content/load';
import type { Article } from '@/lib/content/schema';

const labelsSchema = z.array(
  z.object({
    file: z.string(),
    question: z.string().optional(),
    expect: z.union([z.literal('none'), z.array(z.string().min(1)).min(1)]),
    why: z.string().optional(),
    source: z.string().optional(),
  }),
);

export type KeyPointOutcome = 'right box' | 'right none' | 'missed' | 'wrong box';
export const OUTCOMES: KeyPointOutcome[] = ['right box', 'right none', 'missed', 'wrong box'];

/** A file the box got wrong: no box where a sentence would do, or a box where none fits or with another sentence. */
export type KeyPointMiss = { outcome: 'missed' | 'wrong box'; file: string; published: boolean; box: Article['keyPoint']; expected: 'none' | string[] };

/** Spacing, punctuation widths and quote styles folded, so a check reads what a reader reads. */
const fold = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[“”„"「」『』]/gu, '"')
    .replace(/[‘’']/gu, "'")
    .replace(/\s+/gu, '');

/** The box holds an acceptable sentence when one contains the other (the box may hold one sentence of a two-sentence label, or add its closing mark). */
export function judgeKeyPoint(expected: 'none' | string[], shown: string | undefined): KeyPointOutcome {
  if (expected === 'none') return shown === undefined ? 'right none' : 'wrong box';
  if (shown === undefined) return 'missed';
  const box = fold(shown);
  return expected.some((sentence) => {
    const s = fold(sentence);
    return box === s || (s.includes(box) && box.length >= s.length * 0.6) || (box.includes(s) && s.length >= box.length * 0.6);
  })
    ? 'right box'
    : 'wrong box';
}

export function runKeyPointBench(dir: string): Record<KeyPointOutcome, number> & { files: number; misses: KeyPointMiss[] } {
  const labels = loadDataFile(path.join(dir, 'labels.yaml'), labelsSchema);
  const base = loadContentDir('content');
  const feed = loadContentDir(dir);
  const { siteData, report } = buildSite({ ...base, files: feed.files });
  if (!siteData) throw new Error(`${dir} does not build: ${report.errors.map((e) => `${e.file}:${e.line} ${e.message}`).join('; ')}`);
  const counts = { 'right box': 0, 'right none': 0, missed: 0, 'wrong box': 0, files: labels.length };
  const misses: KeyPointMiss[] = [];
  for (const label of labels) {
    const page = siteData.articles.find((a) => a.kind === 'full' && a.origins.some((o) => o.file === label.file));
    const outcome = page ? judgeKeyPoint(label.expect, page.keyPoint?.text) : 'missed';
    counts[outcome] += 1;
    if (outcome === 'missed' || outcome === 'wrong box') misses.push({ outcome, file: label.file, published: page !== undefined, box: page?.keyPoint, expected: label.expect });
  }
  return { ...counts, misses };
}
