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
