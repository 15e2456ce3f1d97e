import { describe, expect, it } from 'vitest';
import { readLineShapes } from '@/lib/content/line-shape';
import { structureAnswer } from '@/lib/content/structure';

/**
 * Classes of structure read from the shape of lines (issue 27), each tested with markers of the class that no
 * evaluation file uses, so a rule that only knows the forms seen so far fails here.
 */
const lines = (text: string) => text.split('\n').map((t, i) => ({ text: t, line: i + 1 }));
const shaped = (text: string) => readLineShapes(lines(text)).map((l) => l.text);
const html = (text: string) => structureAnswer('t.txt', lines(text)).html.replace(/>\n</g, '><');
const headingsOf = (h: string) => [...h.matchAll(/<h[2-4][^>]*>(.*?)<\/h[2-4]>/g)].map((m) => m[1]);
const itemsOf = (h: string) => [...h.matchAll(/<li>(?:<p>)?(.*?)(?:<\/p>)?<\/li>/g)].map((m) => m[1]);

describe('a run of counters of any family heads sections or makes a list', () => {
  it.each([
    ['甲乙 after a bar, which is no table', '甲丨先看参保地', '参保地的规定说了算。', '乙丨再看就医地', '就医地目录说了算。'],
    ['甲乙丙 with a slash', '甲／先看参保地', '参保地的规定说了算。', '乙／再看就医地', '就医地目录说了算。'],
    ['㈠㈡ with nothing after them', '㈠ 谁能办', '本地参保的都能办。', '㈡ 去哪办', '窗口或者APP都能办。'],
    ['〔一〕〔二〕 in brackets', '〔一〕谁能办', '本地参保的都能办。', '〔二〕去哪办', '窗口或者APP都能办。'],
    ['Chinese numerals with a colon', '一：谁能办', '本地参保的都能办。', '二：去哪办', '窗口或者APP都能办。'],
    ['small Roman numerals', 'ⅰ. 谁能办', '本地参保的都能办。', 'ⅱ. 去哪办', '窗口或者APP都能办。'],
  ])('%s: short lines with a paragraph under each are headings', (_name, h1, p1, h2, p2) => {
    expect(headingsOf(html([h1, p1, h2, p2].join('\n')))).toEqual([h1.replace(/\s+/g, ' '), h2.replace(/\s+/g, ' ')]);
  });

  it.each([
    ['a) b) c)', ['a) 身份证', 'b) 户口本', 'c) 出生证明']],
    ['❶❷❸', ['❶ 身份证', '❷ 户口本', '❸ 出生证明']],
    ['➀➁➂', ['➀身份证', '➁户口本', '➂出生证明']],
    ['壹、贰、叁、 as items', ['壹、本人身份证件，复印件也可以；', '贰、户口本首页和本人页；', '叁、出生医学证明。']],
    ['⒜⒝⒞', ['⒜ 身份证', '⒝ 户口本', '⒞ 出生证明']],
  ])('%s on consecutive lines are one list', (_name, items) => {
    const h = html(['需要带齐这些材料：', ...items, '材料不全的要补交。'].join('\n'));
    expect(itemsOf(h)).toHaveLength(3);
    expect(headingsOf(h)).toEqual([]);
  });

  it('a run must start at its first member and go in order', () => {
    expect(shaped('乙／再看就医地\n甲／先看参保地')).toEqual(['乙／再看就医地', '甲／先看参保地']);
    expect(shaped('甲类药品全额纳入报销。\n乙类药品先自付一部分。')).toEqual(['甲类药品全额纳入报销。', '乙类药品先自付一部分。']);
  });

  it('a step label followed by a bracketed name is a step', () => {
    const h = html('第1步〔登记〕在APP里填写信息。\n第2步〔缴费〕按标准缴费。');
    expect(itemsOf(h)).toHaveLength(2);
  });

  it('a sign-led heading may ask: a question is a heading, not a sentence', () => {
    expect(shaped('◤ 谁能办？\n本地参保的都能办。\n◤ 去哪办\n窗口或者APP都能办。')).toEqual(['【谁能办？】', '本地参保的都能办。', '【去哪办】', '窗口或者APP都能办。']);
  });
});

describe('a question written under a label with any numbering is a heading over its answer', () => {
  it.each([
    ['问1、 / 答1、', ['问1、门诊统筹是什么？', '答1、门诊统筹是把门诊费用纳入统筹基金支付。', '问2、在哪里能用？', '答2、在定点医疗机构都能用。']],
    ['问题（二）： / 回答（二）：', ['问题（一）：门诊统筹是什么？', '回答（一）：门诊统筹是把门诊费用纳入统筹基金支付。', '问题（二）：在哪里能用？', '回答（二）：在定点医疗机构都能用。']],
    ['提问三 / 解答三', ['提问一：门诊统筹是什么？', '解答一：门诊统筹是把门诊费用纳入统筹基金支付。', '提问二：在哪里能用？', '解答二：在定点医疗机构都能用。']],
  ])('%s', (_name, text) => {
    expect(headingsOf(html(text.join('\n')))).toEqual(['门诊统筹是什么？', '在哪里能用？']);
  });

  it('Q01 over a plain answer, without an answer label, asking or not', () => {
    const h = html(['Q01 门诊统筹是什么？', '门诊统筹是把门诊费用纳入统筹基金支付。', 'Q02 在哪里能用', '在定点医疗机构都能用。'].join('\n'));
    expect(headingsOf(h)).toEqual(['门诊统筹是什么？', '在哪里能用']);
    expect(h).toContain('<p>门诊统筹是把门诊费用纳入统筹基金支付。</p>');
  });

  it('leaves words that only start like a label alone', () => {
    const h = html(['问一下窗口就知道了。', '答案是可以报销。'].join('\n'));
    expect(headingsOf(h)).toEqual([]);
  });
});
