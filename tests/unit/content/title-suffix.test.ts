import { describe, expect, it } from 'vitest';
import { cutTitleSuffixes } from '@/lib/content/title-suffix';
import { readPageFurniture } from '@/lib/content/page-furniture-data';
import { build, byQuestion, page, realData } from './helpers';

const read = readPageFurniture(realData().furniture ?? '');
if (!read.ok) throw new Error('content/page-furniture.yaml does not load');
const words = read.value;

describe('a site or section name after the title', () => {
  it.each([
    ['职工医保个人账户里的钱可以取出来吗_医保知识_健康问答网', '职工医保个人账户里的钱可以取出来吗', '_医保知识_健康问答网'],
    ['异地就医备案怎么办理 | 某某市人民政府政务网', '异地就医备案怎么办理', '| 某某市人民政府政务网'],
    ['生育津贴怎么算 - 健康频道', '生育津贴怎么算', '- 健康频道'],
    ['医保断缴了怎么办—南方日报', '医保断缴了怎么办', '—南方日报'],
    ['灵活就业怎么交医保｜知乎', '灵活就业怎么交医保', '｜知乎'],
  ])('%s', (title, question, suffix) => {
    const [cut] = cutTitleSuffixes([title], words);
    expect(cut).toMatchObject({ question, suffix });
  });

  it('cuts a segment no word names when several files end with it (the feed template)', () => {
    const cuts = cutTitleSuffixes(['医保卡丢了怎么补办_小康说保', '医保怎么交_小康说保', '生育津贴怎么领'], words);
    expect(cuts.map((c) => c?.question)).toEqual(['医保卡丢了怎么补办', '医保怎么交', undefined]);
    expect(cuts[0]?.evidence).toBe('「小康说保」ends the titles of 2 files');
  });

  it.each([
    ['a second clause of the question', '医保——你需要知道的三件事'],
    ['a dash inside a range', '2024-2025年医保缴费标准'],
    ['a question after the separator', '异地就医_能直接结算吗'],
    ['a segment of one file that names nothing', '异地就医备案 - 办理流程'],
    ['an underscore inside a Latin word', '医保APP里的file_name网'],
  ])('keeps %s', (_name, title) => {
    expect(cutTitleSuffixes([title], words)).toEqual([undefined]);
  });

  it('publishes the question without it and says so in the report', () => {
    const r = build({ 'a.txt': page('职工医保个人账户里的钱可以取出来吗_医保知识_健康问答网', '一般不能取现，只能用于看病买药。') });
    expect(byQuestion(r, '职工医保个人账户里的钱可以取出来吗').kind).toBe('full');
    expect(r.report.omittedLines).toContainEqual({
      file: 'a.txt',
      line: 1,
      text: '_医保知识_健康问答网',
      reason: 'site or section name after the title: 「医保知识」names a site or column (ends in 知识); 「健康问答网」names a site or column (ends in 网)',
    });
  });

  it('keeps an editor\'s front-matter title as written', () => {
    const r = build({ 'a.txt': `---\ntitle: 医保怎么交_医保缴费知识\n---\n${page('医保怎么交_健康问答网', '城乡居民医保按年交，职工医保按月交。')}` });
    expect(byQuestion(r, '医保怎么交_医保缴费知识').kind).toBe('full');
  });
});
