import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchEngine } from '@/lib/search/engine/query';
import { openRealIndex } from './helpers';
import { QUERY_SET, type QueryCase } from '@/lib/eval/sets/query-set';
import { SECOND_QUERY_SET } from '@/lib/eval/sets/query-set-second';

/**
 * The realistic query set against the index built from the real content/ files.
 * Prints each miss and the shares; asserts floors well above what a plain bigram index gets.
 */
describe('query set on the real content', () => {
  let engine: SearchEngine;
  beforeAll(async () => {
    ({ engine } = await openRealIndex());
  });

  it('every expected question exists on the site, so a case cannot pass or fail by a typo', async () => {
    const questions = new Set(engine.meta.docCount > 0 ? (await engine.docs([...Array(engine.meta.docCount).keys()])).map((d) => d?.question) : []);
    const missing = [...QUERY_SET, ...SECOND_QUERY_SET].flatMap((c) => c.expect.filter((q) => !questions.has(q)));
    expect(missing).toEqual([]);
  });

  it.each([
    ['search query set', QUERY_SET],
    ['second query set', SECOND_QUERY_SET],
  ] as const)('%s: the expected question in the top 5 for at least 90%, at the top for 80%', async (name, set: readonly QueryCase[]) => {
    expect(set.length).toBeGreaterThanOrEqual(40);
    let top1 = 0;
    let top5 = 0;
    const misses: string[] = [];
    for (const c of set) {
      const found = (await engine.search(c.query, 5)).hits.map((h) => h.doc.question);
      const first = found[0] !== undefined && c.expect.includes(found[0]);
      const inFive = found.some((q) => c.expect.includes(q));
      if (first) top1 += 1;
      if (inFive) top5 += 1;
      if (!first) misses.push(`${inFive ? 'top-5' : 'MISS '} ${c.query} → ${found.join(' | ') || '(nothing)'}`);
    }
    const share = (n: number) => `${n}/${set.length} = ${((100 * n) / set.length).toFixed(1)}%`;
    console.log(`${name}: top-1 ${share(top1)}, top-5 ${share(top5)}${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`);
    expect(top5 / set.length).toBeGreaterThanOrEqual(0.9);
    expect(top1 / set.length).toBeGreaterThanOrEqual(0.8);
  });
});
