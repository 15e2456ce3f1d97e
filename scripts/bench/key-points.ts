/**
 * How many full answers open with a 要点, and on what evidence, over the seeds, the real answers and the held-out
 * feeds (content/key-point.yaml, lib/content/key-point.ts):
 *
 *   npx tsx scripts/bench/key-points.ts [--list]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSite } from '@/lib/content/build';
import { loadContentDir } from '@/lib/content/load';
import { KEY_POINT_EVIDENCE } from '@/lib/content/key-point';

const data = loadContentDir(path.resolve('content')).data;
const sets: [string, string][] = [
  ['content/', 'content'],
  ['tests/fixtures/real-answers', 'tests/fixtures/real-answers'],
  ['tests/fixtures/feeds-eval', 'tests/fixtures/feeds-eval/heldout-2026-12-07'],
];
const list = process.argv.includes('--list');
const total = { full: 0, with: 0, ...Object.fromEntries(KEY_POINT_EVIDENCE.map((e) => [e, 0])) } as Record<string, number>;
for (const [name, dir] of sets) {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ path: f, bytes: readFileSync(path.join(dir, f)) }));
  const articles = buildSite({ files, data }).siteData?.articles ?? [];
  const full = articles.filter((a) => a.kind === 'full');
  const counts = Object.fromEntries(KEY_POINT_EVIDENCE.map((e) => [e, full.filter((a) => a.keyPoint?.evidence === e).length]));
  const withKey = full.filter((a) => a.keyPoint).length;
  total.full = (total.full ?? 0) + full.length;
  total.with = (total.with ?? 0) + withKey;
  for (const e of KEY_POINT_EVIDENCE) total[e] = (total[e] ?? 0) + (counts[e] ?? 0);
  console.log(`${name}: ${withKey}/${full.length} full answers with a 要点 (${KEY_POINT_EVIDENCE.map((e) => `${e} ${counts[e]}`).join(', ')})`);
  if (list) for (const a of full) console.log(`  ${a.keyPoint ? `[${a.keyPoint.evidence}]` : '[none]'} ${a.question}${a.keyPoint ? `\n      ${a.keyPoint.text}` : ''}`);
}
const pct = (n: number) => `${(((n ?? 0) / (total.full || 1)) * 100).toFixed(0)}%`;
console.log(`all: ${total.with}/${total.full} (${pct(total.with ?? 0)}) — ${KEY_POINT_EVIDENCE.map((e) => `${e} ${total[e]}`).join(', ')}`);
