import { describe, expect, it } from 'vitest';
import { readLineShapes } from '@/lib/content/line-shape';
import { articles, build } from './helpers';
import { feedFixtures } from './fixtures';

const lines = (text: string) => text.split('\n').map((t, i) => ({ text: t, line: i + 1 }));
const shaped = (text: string) => readLineShapes(lines(text)).map((l) => l.text);

describe('headings and lists from the shape of lines', () => {
  it('a sign-led short line with a paragraph under it is a heading, whatever the sign', () => {
    expect(shaped('📌 激活渠道\n可以在APP里激活。')).toEqual(['【📌 激活渠道】', '可以在APP里激活。']);
    expect(shaped('🔹办理时限\n\n一般当天办结。')).toEqual(['【🔹办理时限】', '', '一般当天办结。']);
  });

  it('consecutive lines with one sign are a list; a drawn bullet gives way, an emoji is kept', () => {
    expect(shaped('▲ 本人操作\n▲ 手机号一致')).toEqual(['• 本人操作', '• 手机号一致']);
    expect(shaped('✅ 看病挂号\n\n✅ 药店买药')).toEqual(['• ✅ 看病挂号', '', '• ✅ 药店买药']);
    expect(shaped('★ 门诊\n★ 住院\n☆ 药店')).toEqual(['• 门诊', '• 住院', '☆ 药店']);
  });

  it('A. B. C. in order are a list, Ⅰ. Ⅱ. with text under each are headings', () => {
    expect(shaped('A. 门诊结算\nB. 药店购药\nC. 备案查询')).toEqual(['• A. 门诊结算', '• B. 药店购药', '• C. 备案查询']);
    expect(shaped('Ⅰ. 在微信里激活\n打开微信。\nⅡ. 在支付宝里激活\n打开支付宝。')).toEqual(['【Ⅰ. 在微信里激活】', '打开微信。', '【Ⅱ. 在支付宝里激活】', '打开支付宝。']);
  });

  it('a sign that leads short lines each over a section is a heading mark, bullet sign or not', () => {
    expect(shaped('■ 办理条件\n（1）正常参保；\n■ 办理时限\n10个工作日')).toEqual(['【办理条件】', '（1）正常参保；', '【办理时限】', '10个工作日']);
    expect(shaped('📌 哪些人\n✅ 职工\n✅ 灵活就业\n📌 怎么算\n按工资算。')).toEqual(['【📌 哪些人】', '• ✅ 职工', '• ✅ 灵活就业', '【📌 怎么算】', '按工资算。']);
    // Lines of one sign that follow each other are a list (left to the list's reader), even with a paragraph after.
    expect(shaped('■ 门诊\n■ 住院\n都可以报销。')).toEqual(['■ 门诊', '■ 住院', '都可以报销。']);
    // A sign over nothing but lists of its own kind, or over a sentence-long line, stays a list.
    expect(shaped('◆ 本人在定点药店买药的自付部分，可以用个人账户支付。\n说明。\n◆ 家人\n说明。')).toEqual(['◆ 本人在定点药店买药的自付部分，可以用个人账户支付。', '说明。', '◆ 家人', '说明。']);
  });

  it('Ⅰ. Ⅱ. stay headings over a list of another kind', () => {
    expect(shaped('Ⅰ. 规定\n看法律。\nⅡ. 不够怎么办\nA. 一次性补缴，按基数补齐\nB. 按月继续缴费，交够为止')).toEqual([
      '【Ⅰ. 规定】',
      '看法律。',
      '【Ⅱ. 不够怎么办】',
      '• A. 一次性补缴，按基数补齐',
      '• B. 按月继续缴费，交够为止',
    ]);
  });

  it('a bare label between a finished sentence and a list or a Q&A pair is a heading', () => {
    expect(shaped('可以在APP里查。\n操作步骤\n第一步：登录；\n第二步：查询。')).toEqual(['可以在APP里查。', '【操作步骤】', '第一步：登录；', '第二步：查询。']);
    expect(shaped('一般次日到账。\n常见问题\nQ：为什么没到账？\nA：顺延。')).toEqual(['一般次日到账。', '【常见问题】', 'Q：为什么没到账？', 'A：顺延。']);
    // Over a paragraph, or after an unfinished line, it stays text.
    expect(shaped('可以在APP里查。\n办理时限\n10个工作日')).toEqual(['可以在APP里查。', '办理时限', '10个工作日']);
    expect(shaped('医保老王\n1. 先说结论')).toEqual(['医保老王', '1. 先说结论']);
  });

  it.each([
    ['one sign-led sentence', '⚠️ 医保卡不能借给别人使用，否则要承担责任。\n其他说明。'],
    ['a capital that starts a word', 'A股市场和医保没有关系\nB超检查可以报销'],
    ['letters out of order', 'B. 药店\nA. 医院'],
    ['a lone A.', 'A. 医院\n其他'],
    ['a sign-led line with nothing under it', '👉 详见当地医保局通知'],
  ])('leaves %s alone', (_name, text) => {
    expect(shaped(text)).toEqual(text.split('\n'));
  });

  it('publishes the fixture with its headings and lists', () => {
    const r = build(Object.fromEntries(feedFixtures().filter((f) => f.path === 'signs-and-sequences.txt').map((f) => [f.path, f.bytes])));
    const a = articles(r).find((x) => x.kind === 'full');
    const html = a?.answerHtml.replace(/>\n</g, '><') ?? '';
    expect(a?.sections.map((s) => s.title)).toEqual(['📌 激活渠道', 'Ⅰ. 在微信里激活', 'Ⅱ. 在支付宝里激活']);
    expect(html).toContain('<ul><li>✅ 看病挂号时出示</li><li>✅ 药店买药时扫码支付</li><li>✅ 查询个人参保信息</li></ul>');
    expect(html).toContain('<h2 id="section-2">Ⅰ. 在微信里激活</h2><p>打开微信');
    expect(html).toContain('<ul><li>本人操作，不能代别人激活</li><li>手机号要和参保登记的一致</li></ul>');
    expect(html).toContain('<ul><li>A. 定点医院门诊结算</li><li>B. 定点药店购药</li><li>C. 异地就医备案查询</li></ul>');
  });
});
