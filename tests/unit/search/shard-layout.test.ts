import { describe, expect, it } from 'vitest';
import { shardKeys, shardOfTerm } from '@/lib/search/engine/index-files';
import { article, openIndex, siteOf } from './helpers';

const sounds = { dan: '单', men: '门', shan: '单', wei: '位', zhen: '诊' };

describe('which shard holds a term', () => {
  it('files a Han bigram or unigram by its sound, beside the pinyin term of that sound', () => {
    const key = shardKeys(sounds);
    expect(key('门诊')).toBe('p:men-zhen');
    expect(key('门')).toBe('p:men');
    const shardOf = shardOfTerm(sounds, 64);
    expect(shardOf('门诊')).toBe(shardOf('p:men-zhen'));
  });

  it('takes the first sound in alphabetical order of a character with several', () => {
    expect(shardKeys(sounds)('单位')).toBe('p:dan-wei');
  });

  it('keeps any other term as it is: concepts, initials, Latin words, longer runs, characters without a sound', () => {
    const key = shardKeys(sounds);
    for (const term of ['c:1f', 'i:mz', '12393', 'p:men-zhen', '门诊单', '门慢']) expect(key(term)).toBe(term);
  });

  it('is the layout the build writes and the engine reads: a term is found in the shard it names', async () => {
    const { engine, files } = await openIndex(siteOf([article('clinic', '门诊慢特病怎么申请', '门诊慢特病在门诊报销。')]), []);
    const shardOf = shardOfTerm(engine.meta.sounds, engine.meta.shardCount);
    expect(files.get(`t/${shardOf('门诊').toString(36)}.json`)).toContain('"q:门诊"');
    expect(files.get(`t/${shardOf('p:men-zhen').toString(36)}.json`)).toContain('"q:p:men-zhen"');
    expect((await engine.search('门诊慢特病')).hits.map((h) => h.doc.slug)).toEqual(['clinic']);
  });
});
