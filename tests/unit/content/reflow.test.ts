import { describe, expect, it } from 'vitest';
import { reflowHardWraps } from '@/lib/content/reflow';
import { build, byQuestion } from './helpers';
import { feedFixtures } from './fixtures';

const lines = (text: string) => text.split('\n').map((t, i) => ({ text: t, line: i + 1 }));
const texts = (text: string) => reflowHardWraps(lines(text)).map((l) => l.text);

describe('hard-wrapped lines become one paragraph', () => {
  it('joins lines of one width that break mid-sentence, Chinese without spaces', () => {
    expect(texts('在开通了跨省联网的定点医疗机构住院，出\n院时只需要支付个人负担的部分，医保基金\n应当支付的部分由医院和经办机构直接结算\n。')).toEqual([
      '在开通了跨省联网的定点医疗机构住院，出院时只需要支付个人负担的部分，医保基金应当支付的部分由医院和经办机构直接结算。',
    ]);
  });

  it('ends a paragraph where a line ends a sentence, and numbers it as its first line', () => {
    const out = reflowHardWraps(lines('没有备案的参保人，也可以先自行垫付费用，回到参保地以\n后再按规定申请手工报销，报销比例会低一些。\n门诊费用也可以直接结算，具体看参保地的规定和就医地\n的开通情况。'));
    expect(out).toEqual([
      { text: '没有备案的参保人，也可以先自行垫付费用，回到参保地以后再按规定申请手工报销，报销比例会低一些。', line: 1 },
      { text: '门诊费用也可以直接结算，具体看参保地的规定和就医地的开通情况。', line: 3 },
    ]);
  });

  it('keeps a space between two Latin words or numbers', () => {
    expect(texts('Download the app of the national insurance service and\nlog in with your ID card number and then choose the item')).toEqual([
      'Download the app of the national insurance service and log in with your ID card number and then choose the item',
    ]);
  });

  it.each([
    ['short lines', '可以\n不能报销\n需要备案'],
    ['lines that each end a sentence', '职工医保个人账户的钱可以给家人用来看病买药。\n居民医保没有个人账户，所以不能用家庭共济。'],
    ['one long line and a short one', '职工医保个人账户的钱可以用于以下方面，具体看当地规定\n看病买药'],
    ['list items', '1. 职工医保个人账户的钱可以给家人用来看病买药\n2. 居民医保没有个人账户所以不能用家庭共济功能'],
    ['lines of different widths', '职工医保个人账户的钱可以给家人用来看病买药\n居民医保没有个人账户\n所以不能用家庭共济功能，除非当地另有规定的情况下可以'],
  ])('leaves %s alone', (_name, text) => {
    expect(texts(text)).toEqual(text.split('\n'));
  });

  it('publishes the hard-wrapped fixture as two paragraphs and a short one', () => {
    const r = build(Object.fromEntries(feedFixtures().filter((f) => f.path === 'hard-wrapped.txt').map((f) => [f.path, f.bytes])));
    expect(byQuestion(r, '跨省异地就医可以直接结算吗').answerText.split('\n')).toEqual([
      '跨省异地就医办理备案以后，在开通了跨省联网的定点医疗机构住院，出院时只需要支付个人负担的部分，医保基金应当支付的部分由医院和医保经办机构之间直接结算。',
      '没有备案的参保人，也可以先自行垫付费用，回到参保地以后再按规定申请手工报销，但报销比例一般会低一些。',
      '门诊费用也可以直接结算。',
    ]);
  });
});
