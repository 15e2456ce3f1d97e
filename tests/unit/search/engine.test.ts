import { describe, expect, it } from 'vitest';
import { SearchEngine } from '@/lib/search/engine/query';
import { encodeTitleTerms, SEARCH_FORMAT_VERSION, titleTermCount } from '@/lib/search/format';
import { article, openIndex, siteOf } from './helpers';

const synonyms = [
  ['医保', '医疗保险'],
  ['新农合', '城乡居民医保'],
  ['共济', '家庭共济'],
  ['社保卡', '医保卡'],
];

async function titles(articles: Parameters<typeof siteOf>[0], query: string): Promise<string[]> {
  const { engine } = await openIndex(siteOf(articles), synonyms);
  return (await engine.search(query, 10)).hits.map((h) => h.doc.question);
}

describe('ranking', () => {
  it('puts an exact phrase before the same characters scattered', async () => {
    const found = await titles(
      [
        article('scattered', '家庭成员之间可以共济吗', '家庭成员可以互相使用。'),
        article('exact', '家庭共济怎么开通', '在医保APP里开通。'),
      ],
      '家庭共济',
    );
    expect(found[0]).toBe('家庭共济怎么开通');
  });

  it('puts an exact phrase in the answer before scattered characters in the answer', async () => {
    const found = await titles(
      [
        article('scattered', '问题甲', '异地的朋友说就医要先备案。'),
        article('exact', '问题乙', '异地就医需要先备案。'),
      ],
      '异地就医',
    );
    expect(found[0]).toBe('问题乙');
  });

  it('puts a title match before an answer that mentions the words many times', async () => {
    const found = await titles(
      [
        article('body', '产假期间工资怎么算', '生育津贴。生育津贴按单位平均工资算，生育津贴由医保发。'),
        article('title', '生育津贴怎么领', '向单位申请。'),
      ],
      '生育津贴',
    );
    expect(found).toEqual(['生育津贴怎么领', '产假期间工资怎么算']);
  });

  it('puts documents matching all words before those matching some', async () => {
    const found = await titles(
      [
        article('some', '灵活就业医保怎么交', '按月缴费。'),
        article('all', '灵活就业医保2023年交多少', '2023年标准。'),
        article('other', '2023年医保政策', '说明。'),
      ],
      '灵活就业 2023',
    );
    expect(found[0]).toBe('灵活就业医保2023年交多少');
  });

  it('does not match a bigram from two characters that are apart (钱里 ≠ 钱…里)', async () => {
    const found = await titles([article('a', '医保的钱在哪里查', '在APP里查。')], '钱里');
    expect(found).toEqual([]);
  });

  it('finds one-character queries in titles', async () => {
    const found = await titles([article('a', '医保的钱在哪里查', '说明。'), article('b', '生育津贴', '说明。')], '钱');
    expect(found).toEqual(['医保的钱在哪里查']);
  });

  it('finds numbers whole, in the answer too', async () => {
    const found = await titles([article('a', '医保热线', '拨打12393咨询。'), article('b', '缴费基数', '基数为13000元。')], '12393');
    expect(found).toEqual(['医保热线']);
  });

  it('drops documents that share only a common word with the query', async () => {
    const found = await titles(
      [article('a', '异地就医怎么备案', '先备案再就医。'), article('b', '医保卡丢了怎么办', '补办。'), article('c', '医保怎么报销', '持卡结算。')],
      '异地就医备案流程',
    );
    expect(found).toEqual(['异地就医怎么备案']);
  });
});

describe('readings of a query', () => {
  const corpus = [
    article('birth', '生育津贴怎么领', '向单位申请生育津贴。'),
    article('remote', '异地就医备案流程', '在国家医保服务平台备案。'),
    article('family', '家庭共济怎么开通', '在APP开通。'),
    article('card', '医保卡丢了怎么办', '补办医保卡，不收押金。'),
    article('rural', '城乡居民医保怎么交', '按年缴费。'),
  ];

  it.each([
    ['yidi jiuyi', '异地就医备案流程', 'full pinyin'],
    ['shengyujintie', '生育津贴怎么领', 'full pinyin without spaces'],
    ['syjt', '生育津贴怎么领', 'initials'],
    ['jtgj', '家庭共济怎么开通', 'initials'],
    ['jtgj kaitong', '家庭共济怎么开通', 'initials, then a word in full pinyin'],
    ['ydjy beian', '异地就医备案流程', 'initials, then a word in full pinyin'],
    ['生育金贴', '生育津贴怎么领', 'a homophone typo'],
    ['生育津帖', '生育津贴怎么领', 'a homophone typo with a character no answer uses'],
    ['異地就醫備案', '异地就医备案流程', 'traditional characters'],
    ['ＹＩＤＩ', '异地就医备案流程', 'full-width pinyin'],
    ['社保卡丢了', '医保卡丢了怎么办', 'synonym 社保卡 → 医保卡'],
    ['新农合怎么交', '城乡居民医保怎么交', 'synonym 新农合 → 城乡居民医保'],
  ])('%s finds %s (%s)', async (query, expected) => {
    expect((await titles(corpus, query))[0]).toBe(expected);
  });

  // Through the lexicon (content/lexicon.yaml `context_forms`): 外地 names 异地就医 only beside a word of care.
  it.each([
    ['外地的合作医疗怎么报销', true],
    ['合作医疗去省外能报多少', true],
    ['在外地打工，合作医疗怎么交', false],
  ])('%s finds the page on 异地就医: %s', async (query, found) => {
    const { engine } = await openIndex(siteOf(corpus));
    const hits = (await engine.search(query, 10)).hits.map((h) => h.doc.question);
    expect(hits.includes('异地就医备案流程')).toBe(found);
    expect(hits).toContain('城乡居民医保怎么交');
  });
});

describe('index files', () => {
  const many = Array.from({ length: 300 }, (_, i) =>
    article(`q-${i}`, `第${i}个问题：${i % 2 ? '异地就医' : '生育津贴'}${i % 7 ? '怎么办' : '材料'}`, `答案${i}。${'医保缴费说明。'.repeat(20)}`),
  );

  it('a query downloads only the shards of its own terms', async () => {
    const { engine, fetched } = await openIndex(siteOf(many), synonyms, { shardBytes: 2_000 });
    expect(engine.meta.shardCount).toBeGreaterThan(16);
    const result = await engine.search('生育津贴材料', 5);
    expect(result.hits[0]?.doc.question).toMatch(/生育津贴材料/);
    const shards = fetched.filter((p) => p.startsWith('t/'));
    expect(shards.length).toBeGreaterThan(0);
    expect(shards.length).toBeLessThan(engine.meta.shardCount / 2);
  });

  it('a result list downloads the display chunks of its topic, not the whole site', async () => {
    // Questions of two topics interleaved, as the records list them (by slug): the index files each topic's together.
    const mixed = Array.from({ length: 120 }, (_, i) =>
      i % 2
        ? article(`a-${i}`, `异地就医备案第${i}问`, `异地就医备案要带身份证。${'备案后直接结算。'.repeat(12)}`, { topics: ['remote-care'] })
        : article(`b-${i}`, `灵活就业缴费第${i}问`, `灵活就业人员按月缴费。${'缴费基数按上年工资。'.repeat(12)}`),
    );
    const site = siteOf(mixed);
    site.topics[1] = { ...site.topics[1]!, count: 60 };
    const { engine, fetched } = await openIndex(site, synonyms, { chunkBytes: 2_000 });
    expect(engine.meta.chunkSize).toBeGreaterThan(1);
    const chunkCount = Math.ceil(engine.meta.docCount / engine.meta.chunkSize);
    const result = await engine.search('异地就医备案', 20);
    expect(result.hits).toHaveLength(20);
    expect(result.hits.every((h) => h.doc.topics.includes('异地就医'))).toBe(true);
    const chunks = new Set(fetched.filter((p) => p.startsWith('d/')));
    // Twenty answers of one topic fill a few neighbouring chunks; scattered by slug they would touch most of them.
    expect(chunks.size).toBeLessThanOrEqual(Math.ceil(20 / engine.meta.chunkSize) + 1);
    expect(chunks.size).toBeLessThan(chunkCount / 2);
  });

  it('refuses a shard of the wrong shape instead of ranking with it', async () => {
    const { files } = await openIndex(siteOf(many.slice(0, 5)), synonyms);
    const engine = await SearchEngine.open(async (path) => (path.startsWith('t/') ? JSON.stringify([['b:生育', 'oops']]) : (files.get(path) ?? 'null')));
    await expect(engine.search('生育')).rejects.toThrow(/^search shard: 0\.1: Invalid type: Expected Array/);
  });

  it('refuses a meta.json of another format or shape, naming what is wrong', async () => {
    const { files } = await openIndex(siteOf(many.slice(0, 5)), synonyms);
    const meta = JSON.parse(files.get('meta.json') ?? '{}') as Record<string, unknown>;
    const opened = (changed: Record<string, unknown>) =>
      SearchEngine.open(async (path) => (path === 'meta.json' ? JSON.stringify({ ...meta, ...changed }) : (files.get(path) ?? 'null')));
    await expect(opened({ format: 2 })).rejects.toThrow(new RegExp(`^meta\\.json: format: Invalid type: Expected ${SEARCH_FORMAT_VERSION}`));
    await expect(opened({ docCount: -1 })).rejects.toThrow(/^meta\.json: docCount: /);
    await expect(opened({ concepts: [{ forms: '生育', topics: [] }] })).rejects.toThrow(/^meta\.json: concepts\.0\.forms: /);
  });

  it('keeps meta.json small: title term counts as one character each, concepts without what most have', async () => {
    expect(titleTermCount(encodeTitleTerms([0, 3, 17, 120]), 2)).toBe(17);
    expect(titleTermCount(encodeTitleTerms([0, 3, 17, 120]), 3)).toBe(120);
    expect(titleTermCount(encodeTitleTerms([4]), 1)).toBeUndefined();
    const { files } = await openIndex(siteOf(many.slice(0, 5)), synonyms);
    const meta = JSON.parse(files.get('meta.json') ?? '{}') as { titleTerms: string; concepts: { topics?: string[]; scope?: string }[] };
    expect(meta.titleTerms).toHaveLength(5);
    // Synonym groups have no topic and no scope evidence: written as such; a core concept's scope is left out.
    expect(meta.concepts.every((c) => c.topics === undefined || c.topics.length > 0)).toBe(true);
    expect(meta.concepts.some((c) => c.scope === 'none')).toBe(true);
  });

  it('keeps markup from a file as text in the records it serves', async () => {
    const hostile = article('x', '<script>alert(1)</script>医保', '<img src=x onerror=alert(1)>');
    const { engine } = await openIndex(siteOf([hostile]), synonyms);
    const hit = (await engine.search('script 医保')).hits[0];
    expect(hit?.doc.question).toBe('<script>alert(1)</script>医保');
    expect(hit?.doc.text).toBe('<img src=x onerror=alert(1)>');
  });
});
