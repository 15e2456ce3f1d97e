import { describe, expect, it } from 'vitest';
import { splitInline } from '@/lib/content/inline-sequences';
import { structureExcerpt } from '@/lib/content/structure';
import { build, byQuestion } from './helpers';
import { feedFixtures } from './fixtures';

describe('numbering flattened into one paragraph', () => {
  it.each([
    ['（1）（2）（3）', '需要：（1）身份证；（2）住院发票；（3）诊断证明。', ['需要：', '（1）身份证；', '（2）住院发票；', '（3）诊断证明。']],
    ['1. 2. 3.', '流程：1. 提交资料；2. 审核；3. 打款。', ['流程：', '1. 提交资料；', '2. 审核；', '3. 打款。']],
    ['1、2、3、', '渠道有1、国家医保APP；2、医保公众号；3、经办窗口。', ['渠道有', '1、国家医保APP；', '2、医保公众号；', '3、经办窗口。']],
    ['①②③', '可以：①线上备案；②电话备案；③窗口备案。', ['可以：', '①线上备案；', '②电话备案；', '③窗口备案。']],
    ['一、二、 as headings with their text', '分两类：一、职工医保 按月缴费。二、居民医保 按年缴费。', ['分两类：', '一、职工医保', '按月缴费。', '二、居民医保', '按年缴费。']],
  ])('%s', (_name, text, pieces) => {
    expect(splitInline(text)).toEqual(pieces);
  });

  it.each([
    ['figures', '报销比例为1.5倍，2025.1起执行，第1.2条规定，费率0.5%，第1、2项。'],
    ['a range', '1、2、3级医院报销比例不同。'],
    ['one mark only', '主要是1. 线上办理。'],
    ['marks out of order', '先看（2）再看（1）的规定。'],
    ['a word with 一、', '统一、规范的流程和唯一、固定的窗口'],
  ])('leaves %s alone', (_name, text) => {
    expect(splitInline(text)).toEqual([text]);
  });

  it('makes a flattened answer headings and lists, numbers inside figures kept whole', () => {
    const r = build(Object.fromEntries(feedFixtures().filter((f) => f.path === 'flattened-answer.txt').map((f) => [f.path, f.bytes])));
    const a = byQuestion(r, '新农合住院费用怎么报销');
    expect(a.sections.map((s) => s.title)).toEqual(['一、提供以下资料：', '二、办理流程：']);
    const html = a.answerHtml.replace(/>\n</g, '><');
    expect(html).toContain('<ol class="list-paren"><li>患者的《农合证》及身份证复印件；</li><li>住院发票原件；</li><li>诊断证明；</li><li>费用清单。</li></ol><h2 id="section-2">二、办理流程：</h2>');
    expect(html).toMatch(/<ol><li>出院后到参合地农合经办窗口提交资料；<\/li><li>经办机构审核；<\/li><li>审核通过后报销款打到本人账户。报销比例一般为1\.5倍于门诊比例，自2025\.1起执行，详见第1\.2条，手续费0\.5%。<\/li><\/ol>/);
  });

  it('makes a related item\'s flattened summary a list too, still cut off', () => {
    const e = structureExcerpt('需要准备以下材料：①农合证；②身份证；③住院发票原件；④出院小结和费用清单，部分地区还需要');
    expect(e.html.replace(/>\n</g, '><')).toBe(
      '<p>需要准备以下材料：</p><ol class="list-circled"><li>农合证；</li><li>身份证；</li><li>住院发票原件；</li><li>出院小结和费用清单，部分地区还需要…</li></ol>',
    );
  });
});
