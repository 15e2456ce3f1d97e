import { describe, expect, it } from 'vitest';
import { readLineShapes } from '@/lib/content/line-shape';
import { isBreadcrumb } from '@/lib/content/furniture';
import { parsePage } from '@/lib/content/parse-page';
import { structureAnswer } from '@/lib/content/structure';
import { articles, build } from './helpers';

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

describe('the related list is the tail of lines of one shape, whatever its header and whatever they carry', () => {
  const parsed = (text: string[]) => {
    const r = parsePage('a.txt', text.join('\n'));
    if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
    return r.value;
  };
  const ANSWER = ['门诊慢特病怎么申请', '先到定点医院做认定，材料齐全的当场受理。', '认定通过后，次月起按慢特病待遇报销。'];

  it('titles under one sign, below a short header no list of words names, with a footer after them', () => {
    const page = parsed([...ANSWER, '看了又看', '◎ 门诊慢特病报销比例是多少', '◎ 慢特病认定要带哪些材料', '◎ 异地能用慢特病待遇吗', '返回列表', '本站声明']);
    expect(page.related.map((r) => r.title)).toEqual(['门诊慢特病报销比例是多少', '慢特病认定要带哪些材料', '异地能用慢特病待遇吗']);
    expect(page.answer.map((l) => l.text)).toEqual(ANSWER.slice(1));
    expect(page.omitted.map((o) => o.text)).toEqual(expect.arrayContaining(['看了又看', '返回列表', '本站声明']));
  });

  it('titles that each carry a date before them or a count after them, under any header', () => {
    const dated = parsed([...ANSWER, '同类咨询', '[2024.11.02] 门诊慢特病报销比例是多少', '[2024.10.21] 慢特病认定要带哪些材料']);
    expect(dated.related.map((r) => r.title)).toEqual(['门诊慢特病报销比例是多少', '慢特病认定要带哪些材料']);
    const counted = parsed([...ANSWER, '网友还看了', '门诊慢特病报销比例是多少 | 阅读 2.4w', '慢特病认定要带哪些材料 | 阅读 986', '异地能用慢特病待遇吗 | 阅读 1,203']);
    expect(counted.related.map((r) => r.title)).toEqual(['门诊慢特病报销比例是多少', '慢特病认定要带哪些材料', '异地能用慢特病待遇吗']);
  });

  it('a count after a title under a known header is no part of the title', () => {
    const page = parsed([...ANSWER, '相关推荐', '门诊慢特病报销比例是多少（316人看过）', '慢特病认定要带哪些材料 ⋅ 52收藏']);
    expect(page.related.map((r) => r.title)).toEqual(['门诊慢特病报销比例是多少', '慢特病认定要带哪些材料']);
  });

  it('a known header word among the footer under such a list heads nothing', () => {
    const page = parsed([...ANSWER, '同类提问', '2024/05/06 门诊慢特病报销比例是多少', '2024/04/18 慢特病认定要带哪些材料', '查看全部 >', '猜你喜欢', '广告位招租']);
    expect(page.related.map((r) => r.title)).toEqual(['门诊慢特病报销比例是多少', '慢特病认定要带哪些材料']);
  });

  it("keeps an answer's own last list: short items under a line that introduces them", () => {
    const page = parsed([...ANSWER, '办理时需要带上这些材料：', '◎ 身份证', '◎ 病历']);
    expect(page.related).toEqual([]);
    expect(page.answer.map((l) => l.text)).toContain('◎ 病历');
  });
});

describe("a document's head: the title above the body, the body from its first section or table row", () => {
  const full = (text: string[]) => articles(build({ 'a.txt': text.join('\n') })).find((a) => a.kind === 'full');

  it('a decimal outline starts the body at its first head, which stays a heading', () => {
    const a = full(['附件1', '某县医疗保障局办事指南汇编', '生育津贴申领办事指南', '（2024年版）', '1  适用范围', '本指南适用于在本县参加职工医保的女职工。', '2  申领条件', '2.1 用人单位已为其缴纳生育保险费；', '2.2 符合国家生育政策规定。']);
    expect(a?.question).toBe('生育津贴申领办事指南');
    expect(headingsOf(a?.answerHtml ?? '')).toEqual(['1 适用范围', '2 申领条件']);
  });

  it("a row of tab-parted cells is the body's table, never the title", () => {
    const a = full(['附件3', '某县医疗保障局办事指南汇编', '生育津贴申领办事指南', '办理对象\t参保女职工', '办理时限\t15个工作日', '办理地点\t县政务服务中心', '材料齐全的当场受理。']);
    expect(a?.question).toBe('生育津贴申领办事指南');
    expect(a?.answerHtml).toContain('<table>');
  });
});

describe('a sequence run inside one flattened line is split into its items, whatever family it counts in', () => {
  it.each([
    ['❶❷❸', '要带三样：❶ 身份证 ❷ 户口本 ❸ 出生医学证明'],
    ['㈠㈡㈢', '要带三样：㈠身份证；㈡户口本；㈢出生医学证明。'],
    ['Ⓐ Ⓑ Ⓒ', '要带三样：Ⓐ 身份证 Ⓑ 户口本 Ⓒ 出生医学证明'],
    ['第一种是…第二种是…', '要带的材料有三种，第一种是身份证，第二种是户口本，第三种是出生医学证明。'],
  ])('%s', (_name, text) => {
    const h = html(text);
    expect(itemsOf(h)).toHaveLength(3);
    expect(h).toContain('<p>');
  });

  it('an ordinal that counts times or years is no mark', () => {
    expect(itemsOf(html('第一次参保的，第二年起按标准缴费。'))).toEqual([]);
  });
});

describe('a numbered line that states something is an item, a short title over text is a heading', () => {
  it('（一） lines ending a statement are a list; one over its paragraph heads a part', () => {
    const items = html('申请人应当符合下列条件：\n(一)在本市参加职工医保满一年；\n(二)经评估达到重度失能。\n评估结论公示五日。');
    expect(itemsOf(items)).toHaveLength(2);
    expect(headingsOf(items)).toEqual([]);
    expect(headingsOf(html('(一)申请条件\n在本市参加职工医保满一年。'))).toEqual(['（一）申请条件']);
  });

  it('（一）（二） flattened into one sentence are items too', () => {
    const h = html('有下列情形之一的，不予支付：(一)应当从工伤保险基金中支付的；(二)应当由第三人负担的；(三)在境外就医的。');
    expect(itemsOf(h)).toHaveLength(3);
  });
});

describe('a help page folds some answers away', () => {
  it('a numbered question whose answer is folded is still one of its headings', () => {
    const h = html(['问题一：门诊统筹是什么？', '门诊统筹是把门诊费用纳入统筹基金支付。', '问题二：在哪里能用？', '问题三：要不要备案？'].join('\n'));
    expect(headingsOf(h)).toEqual(['门诊统筹是什么？', '在哪里能用？', '要不要备案？']);
  });

  it("is no feedback prompt when it sits over the page's controls at the end", () => {
    const file = ['门诊统筹常见问题', '问题一：门诊统筹是什么？', '门诊统筹是把门诊费用纳入统筹基金支付的办法，参保人看门诊也能报销。', '问题二：在哪里能用？', '展开', '问题三：要不要备案？', '展开', '分享 收藏 点赞'].join('\n');
    const a = articles(build({ 'a.txt': file })).find((x) => x.kind === 'full');
    expect(headingsOf(a?.answerHtml ?? '')).toEqual(['门诊统筹是什么？', '在哪里能用？', '要不要备案？']);
  });
});

describe('a decimal outline around a numbered table', () => {
  it("a table's numbered rows are no section heads", () => {
    const text = ['1 申请条件', '在本县参保满一年。', '2 申请材料', '序号\t材料\t份数', '1\t身份证\t1', '2\t病历\t1', '3\t申请表\t1', '3 办理时限', '3.1 受理：当场受理。', '3.2 审核：十个工作日。'].join('\n');
    expect(headingsOf(html(text))).toEqual(['1 申请条件', '2 申请材料', '3 办理时限']);
  });
});

describe('the labels of a letter box and of a Q&A platform are metadata, read from the editors’ word list', () => {
  it('drops the asker, the answerer and the replying office with their values, keeps the answer', () => {
    const file = ['新生儿医保怎么办理？', '来信人：李**', '答复单位：某区医疗保障局', '回答者：医保小助手  擅长：社会保险', '新生儿出生后可以凭出生医学证明办理参保登记。', '参保后从出生之日起享受待遇。'].join('\n');
    const a = articles(build({ 'a.txt': file })).find((x) => x.kind === 'full');
    expect(a?.answerText).toContain('新生儿出生后可以凭出生医学证明办理参保登记。');
    expect(a?.answerText).not.toMatch(/来信人|答复单位|回答者/);
  });
});

describe('a process drawn on one line with arrows is a list of steps', () => {
  it.each([['⇨', '网上申请 ⇨ 窗口审核 ⇨ 缴费 ⇨ 领取凭证'], ['->', '网上申请 -> 窗口审核 -> 缴费 -> 领取凭证']])('%s', (_name, text) => {
    expect(itemsOf(html(`办理流程如下：\n${text}`))).toEqual(['网上申请', '窗口审核', '缴费', '领取凭证']);
  });

  it('a sentence with an arrow in it stays a sentence', () => {
    expect(itemsOf(html('点击首页 ⇨ 我的，然后选择家庭共济，按提示添加家人即可完成绑定。'))).toEqual([]);
  });
});

describe('arrows draw a process as often as a path', () => {
  it('a chain of arrows is a breadcrumb only under its label or from the root', () => {
    expect(isBreadcrumb('您现在的位置：办事服务 → 医疗保障 → 生育津贴')).toBe(true);
    expect(isBreadcrumb('首页 → 办事服务 → 生育津贴')).toBe(true);
    expect(isBreadcrumb('提交材料 → 窗口受理 → 待遇发放')).toBe(false);
  });

  it('a process inside a page keeps its steps', () => {
    const file = ['生育津贴怎么申领？', '单位在职工产假结束后申领，流程如下：', '提交材料 ⟹ 窗口受理 ⟹ 待遇发放', '一般十五个工作日内到账。'].join('\n');
    const a = articles(build({ 'a.txt': file })).find((x) => x.kind === 'full');
    expect(itemsOf(a?.answerHtml.replace(/>\n</g, '><') ?? '')).toEqual(['提交材料', '窗口受理', '待遇发放']);
  });
});
