import { Index } from 'flexsearch';
import { describe, expect, it } from 'vitest';
import { FIELD, shardSchema } from '@/lib/search/format';
import { fromGaps, importShard, lookUp, termIndexOptions, tfSlot, toGaps, type Postings } from '@/lib/search/flex';
import { shardOfTerm } from '@/lib/search/engine/index-files';
import { article, openIndex, siteOf } from './helpers';

const synonyms = [['医保', '医疗保险']];

function codeOf(postings: Postings | null, doc: number): number {
  const at = postings ? postings.docs.indexOf(doc) : -1;
  return at >= 0 ? (postings?.codes[at] ?? 0) : 0;
}

describe('shards are FlexSearch indexes', () => {
  const articles = [
    article('birth', '生育津贴怎么领', '生育津贴由医保部门发放。生育津贴按月计算，生育津贴……'),
    article('remote', '异地就医怎么备案', '备案后可以直接结算生育费用。'),
  ];

  it('a shard file imports into a FlexSearch Index that finds each term by field', async () => {
    const { engine, files } = await openIndex(siteOf(articles), synonyms);
    const text = files.get(`t/${shardOfTerm(engine.meta.sounds, engine.meta.shardCount)('生育').toString(36)}.json`);
    expect(text).toBeDefined();
    const index = new Index(termIndexOptions());
    importShard(index, fromGaps(shardSchema.parse(JSON.parse(text ?? '[]'))));
    // 生育 is in the first question (id 0) and in both answers; 津贴 three times in the first.
    expect(index.search('q:生育').result.flat()).toEqual([0]);
    expect(index.search('b:生育').result.flat().sort()).toEqual([0, 1]);
    expect(index.search('a:生育').result.flat()).toEqual([]);
    const postings = lookUp(index, '生育', 2);
    expect([...(postings?.docs ?? [])]).toEqual([0, 1]);
    expect(codeOf(postings, 0) & FIELD.question).toBeTruthy();
    expect(codeOf(postings, 1) & FIELD.question).toBe(0);
    expect(codeOf(postings, 1) & FIELD.body).toBeTruthy();
  });

  it('writes ids as gaps for transfer and restores them exactly', () => {
    const shard: Parameters<typeof toGaps>[0] = [['b:医保', [[3, 4, 10, 250], null, [7]]]];
    expect(toGaps(shard)).toEqual([['b:医保', [[3, 1, 6, 240], null, [7]]]]);
    expect(fromGaps(toGaps(shard))).toEqual(shard);
  });

  it('files a body term under the slot of how often the answer has it', () => {
    expect([1, 2, 3, 4, 7, 8, 31, 32, 500].map(tfSlot)).toEqual([0, 1, 1, 2, 2, 3, 4, 5, 5]);
    const slots = [0, 2];
    const index = new Index(termIndexOptions((i) => slots[i] ?? 0));
    index.add(7, 'q:津贴\nb:津贴');
    expect(index.search('q:津贴').result).toEqual([[7]]);
    expect(index.search('b:津贴').result[2]).toEqual([7]);
    // Four times in the body reads back as the slot's count, 4.
    expect(codeOf(lookUp(index, '津贴', 8), 7) >> 4).toBe(4);
  });

  it('ranks an answer that repeats a term above one that has it once', async () => {
    const { engine } = await openIndex(
      siteOf([
        article('once', '报销问题一', '门诊报销需要带医保卡。'),
        article('often', '报销问题二', '门诊报销比例、门诊报销限额和门诊报销材料：门诊报销都在这里。'),
      ]),
      synonyms,
    );
    expect((await engine.search('门诊')).hits.map((h) => h.doc.slug)).toEqual(['often', 'once']);
  });

  it('files a list that covers most documents inverted, and reads it back whole', async () => {
    const many = Array.from({ length: 400 }, (_, i) => article(`q-${i}`, `问题${i}`, i === 7 ? '说明。' : `参保说明${i}。`));
    const { engine, files } = await openIndex(siteOf(many), synonyms);
    const shard = files.get(`t/${shardOfTerm(engine.meta.sounds, engine.meta.shardCount)('参保').toString(36)}.json`) ?? '';
    expect(shard).toContain('"!b:参保"');
    expect(shard).not.toContain('"b:参保"');
    const index = new Index(termIndexOptions());
    importShard(index, fromGaps(shardSchema.parse(JSON.parse(shard))));
    const postings = lookUp(index, '参保', 400);
    expect(postings?.docs.length).toBe(399);
    expect([...(postings?.docs ?? [])]).not.toContain(7);
    expect(codeOf(postings, 8) & FIELD.body).toBeTruthy();
    expect((await engine.search('参保说明12')).hits[0]?.doc.slug).toBe('q-12');
  });

  it('carries the newest policy year of an answer into its display record', async () => {
    const { engine } = await openIndex(
      siteOf([article('fee', '灵活就业医保每月多少钱', '2023年每月缴费……2024年起调整。', { years: [2023, 2024], newestYear: 2024 })]),
      synonyms,
      { year: 2026 },
    );
    expect((await engine.search('灵活就业')).hits[0]?.doc.year).toEqual({ value: 2024, dated: true });
  });
});
