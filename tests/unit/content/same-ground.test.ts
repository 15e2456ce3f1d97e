import { describe, expect, it } from 'vitest';
import { loadRules } from '@/lib/content/build';
import { sameGround } from '@/lib/content/same-ground';
import { articles, build, byQuestion, realData } from './helpers';

const seeds = articles(build({}, true));
const question = (slug: string) => seeds.find((a) => a.slug === slug)?.question;
const onGround = (q: string) => (byQuestion(build({}, true), q).fullAnswers ?? []).map(question);

describe('an excerpt’s full answers: those on its main concepts, not the page that listed it', () => {
  it('广州的公费医疗能在佛山用吗 has none: the page that listed it (医保共济缴费扣的是哪里的钱) is only its source', () => {
    const a = byQuestion(build({}, true), '广州的公费医疗能在佛山用吗');
    expect(a.kind).toBe('excerpt');
    expect(a.listedBy.map(question)).toContain('医保共济缴费扣的是哪里的钱');
    expect(a.fullAnswers).toBeUndefined();
  });

  it('an excerpt on family mutual aid points to the full answers on it, whichever page listed it', () => {
    expect(onGround('医保家庭共济使用顺序')).toEqual(['医保共济缴费扣的是哪里的钱', '医保个人账户共济是怎么回事']);
    expect(onGround('医保减免金额是什么意思')).toEqual(['医保减免扣的是哪里的钱']);
  });

  it('a scheme’s name alone (医保, 职工医保) puts no excerpt on the ground of an answer', () => {
    expect(onGround('四川眉山市职工医保2024缴费多少')).toEqual([]);
    expect(onGround('吉林市医保2024年交多少钱')).toEqual([]);
  });

  it('only full answers are named, at most three, the heavier share of the excerpt’s concepts first', () => {
    const { rules } = loadRules(realData());
    if (!rules) throw new Error('rules');
    const placesTopic = (c: number) => (rules.lexicon.concepts[c]?.topics.length ?? 0) > 0;
    const records = [
      { slug: 'e', kind: 'excerpt' as const, titles: ['广州公费医疗异地就医怎么备案'] },
      { slug: 'other-excerpt', kind: 'excerpt' as const, titles: ['公费医疗异地就医备案'] },
      { slug: 'both', kind: 'full' as const, titles: ['广州公费医疗人员异地就医怎么备案和报销'] },
      { slug: 'one', kind: 'full' as const, titles: ['公费医疗是什么'] },
      { slug: 'none', kind: 'full' as const, titles: ['生育津贴怎么领'] },
    ];
    const ground = sameGround(records, rules.matcher, placesTopic);
    expect(ground.get('e')?.[0]).toBe('both');
    expect(ground.get('e')).not.toContain('other-excerpt');
    expect(ground.get('e')).not.toContain('none');
    expect(ground.has('both')).toBe(false);
  });
});
