import { describe, expect, it } from 'vitest';
import { listMarker } from '@/lib/content/markers';
import { structureAnswer } from '@/lib/content/structure';
import { articles, build, byQuestion, page } from './helpers';
import { feedFixtures } from './fixtures';

/**
 * Line forms an audit of scraped pages found read wrong: bullets that open with bold, full-width list numbers, a
 * tab table whose rows lost their empty last cells, and numbered items that hold two spaces. The fixture
 * lists-bold-numbers.txt has three of them in one page; the smaller cases pin the edges of each rule.
 */
const FIXTURE = 'lists-bold-numbers.txt';
const result = build(Object.fromEntries(feedFixtures().filter((f) => f.path === FIXTURE).map((f) => [f.path, f.bytes])));
const fixture = () => {
  const found = articles(result).find((a) => a.kind === 'full' && a.origins[0]?.file === FIXTURE);
  if (!found) throw new Error(`no full article from ${FIXTURE}`);
  return found;
};
/** The answer's HTML with the line breaks rehype puts between elements removed, for compact patterns. */
const fixtureHtml = () => fixture().answerHtml.replace(/>\n</g, '><');
const lines = (text: string) => text.split('\n').map((t, i) => ({ text: t, line: i + 1 }));
/** An answer built as a whole page, so its lines reach the parser as a file's do (trailing tabs trimmed). */
const answerHtml = (answer: string) => byQuestion(build({ 'a.txt': page('医保待遇标准是多少', answer) }), '医保待遇标准是多少').answerHtml.replace(/>\n</g, '><');

describe('bullets that open with bold', () => {
  it('are bullet items with the bold kept, indented or not', () => {
    const h = fixtureHtml();
    expect(h).toContain('<ul><li><strong>线上办理</strong>：通过国家医保服务平台APP办理。</li><li><strong>窗口办理</strong>：携带病历到参保地医保经办窗口办理。</li></ul>');
    expect(h).toContain('<ul><li><strong>电话咨询</strong>：拨打12393了解当地要求。</li></ul>');
    expect(h).not.toMatch(/<p>[-*] /);
  });

  it.each([
    ['- **线上办理**：通过国家医保服务平台APP办理。', '**线上办理**：通过国家医保服务平台APP办理。'],
    ['* **电话办理**：拨打12393。', '**电话办理**：拨打12393。'],
    ['+ **窗口办理**', '**窗口办理**'],
  ])('%s is a bullet', (text, content) => expect(listMarker(text)).toEqual({ style: 'bullet', number: 1, content }));

  it.each(['**办理材料**', '**注意**：别忘了', '***', '---', '* * *', '- - -'])('%s is not a list line', (text) => expect(listMarker(text)).toBeUndefined());

  it('leaves a bold-only line a heading and ***, --- and * * * rules', () => {
    const s = structureAnswer('b.txt', lines('**办理材料**\n\n- **身份证**：原件\n\n***\n\n* * *\n\n---\n\n- - -'));
    expect(s.counts).toMatchObject({ headings: 1, lists: 1, items: 1, paragraphs: 0 });
    expect(s.html.replace(/>\n</g, '><')).toBe('<h2 id="section-1">办理材料</h2><ul><li><strong>身份证</strong>：原件</li></ul><hr><hr><hr><hr>');
  });
});

describe('full-width list numbers', () => {
  it('are numbered lists like their ASCII forms, with (１) nested under １．', () => {
    const h = answerHtml(
      '生育津贴的天数按下面的情形计算：\n\n  １．顺产：98天；\n  ２．难产：增加15天；\n  ３．多胞胎生育：每多生育1个婴儿增加15天。\n  （１）职工需连续参保满1年；\n  （２）津贴按单位上年度职工月平均工资计算。',
    );
    expect(h).toContain(
      '<ol><li><p>顺产：98天；</p></li><li><p>难产：增加15天；</p></li><li><p>多胞胎生育：每多生育1个婴儿增加15天。</p><ol class="list-paren"><li>职工需连续参保满1年；</li><li>津贴按单位上年度职工月平均工资计算。</li></ol></li></ol>',
    );
    expect(h).not.toMatch(/[０-９]/);
  });

  it.each([
    ['１．顺产：98天；', 'number', 1, '顺产：98天；'],
    ['２．难产：增加15天；', 'number', 2, '难产：增加15天；'],
    ['１２、材料', 'number', 12, '材料'],
    ['３）发票', 'number', 3, '发票'],
    ['１． １．个人账户', 'number', 1, '个人账户'],
    ['1. １．个人账户', 'number', 1, '个人账户'],
    ['２． 1.报销', 'number', 2, '1.报销'],
    ['（１）身份证', 'paren', 1, '身份证'],
    ['（１２）清单', 'paren', 12, '清单'],
    ['(３) 病历', 'paren', 3, '病历'],
    ['第２步：提交', 'step', 2, '提交'],
    ['步骤３ 等待', 'step', 3, '等待'],
  ])('%s → %s %i %s', (text, style, number, content) => expect(listMarker(text)).toEqual({ style, number, content }));

  it.each(['１．５倍', '２０２５年', '１２３９３热线', '（１）'])('%s is not a list line', (text) => expect(listMarker(text)).toBeUndefined());

  it('starts a list at its full-width number', () => {
    const s = structureAnswer('n.txt', lines('３．第三项\n４．第四项'));
    expect(s.html.replace(/>\n</g, '><')).toBe('<ol start="3"><li>第三项</li><li>第四项</li></ol>');
  });
});

describe('tab and pipe rows that lost their empty last cells', () => {
  it('stay rows of the table, padded with empty cells', () => {
    const h = fixtureHtml();
    expect(h).toContain(
      '<caption>各病种的报销标准如下</caption><thead><tr><th scope="col">病种</th><th scope="col">起付线</th><th scope="col">报销比例</th><th scope="col">年度限额</th></tr></thead><tbody><tr><td>高血压</td><td>无</td><td>60%</td><td></td></tr><tr><td>糖尿病</td><td>无</td><td>60%</td><td>3000元</td></tr><tr><td>肺结核</td><td>无</td><td></td><td></td></tr><tr><td>恶性肿瘤门诊</td><td>300元</td><td>70%</td><td>不设限额</td></tr></tbody>',
    );
    expect(h).not.toContain('<p>病种');
  });

  it('makes a table of a header and one short row', () => {
    const h = answerHtml('门诊慢特病报销标准如下。\n\n病种\t起付线\t报销比例\t年度限额\n高血压\t无\t60%\t');
    expect(h).toContain('<thead><tr><th scope="col">病种</th><th scope="col">起付线</th><th scope="col">报销比例</th><th scope="col">年度限额</th></tr></thead><tbody><tr><td>高血压</td><td>无</td><td>60%</td><td></td></tr></tbody>');
  });

  it('pads a pipe row written without its empty cells', () => {
    const h = answerHtml('门诊慢特病报销标准如下。\n\n| 病种 | 起付线 | 报销比例 |\n|---|---|---|\n| 高血压 | 无 |\n| 糖尿病 | 无 | 60% |');
    expect(h).toContain('<tbody><tr><td>高血压</td><td>无</td><td></td></tr><tr><td>糖尿病</td><td>无</td><td>60%</td></tr></tbody>');
  });

  it.each([
    ['a short line after a blank line below the table', '病种\t起付线\t报销比例\n高血压\t无\t60%\n\n缴费渠道\t微信', 1, '<p>缴费渠道\t微信</p>'],
    ['a row left with one cell', '病种\t起付线\t报销比例\n高血压', 0, '<p>病种\t起付线\t报销比例</p><p>高血压</p>'],
    ['a short row split by spaces', '人群  缴费标准  备注\n一般居民  400元', 0, '<p>人群  缴费标准  备注</p><p>一般居民  400元</p>'],
  ])('never pads %s', (_name, answer, tables, paragraphs) => {
    const s = structureAnswer('t.txt', lines(answer));
    expect(s.counts.tables).toBe(tables);
    expect(s.html.replace(/>\n</g, '><')).toContain(paragraphs);
  });
});

describe('numbered items that hold two spaces', () => {
  it('are a numbered list, not a table', () => {
    const h = fixtureHtml();
    expect(h).toContain('<ol><li>职工医保  每年1月缴费</li><li>居民医保  每年9-12月缴费</li></ol>');
    expect(h).not.toMatch(/<th[^>]*>1\. /);
  });

  it.each([
    ['1. 职工医保  每年1月缴费\n2. 居民医保  每年9-12月缴费', 'number'],
    ['1.  职工医保  每年1月缴费\n2.  居民医保  每年9-12月缴费', 'number'],
    ['1、职工医保\u3000每年1月缴费\n2、居民医保\u3000每年9-12月缴费', 'number'],
    ['１．职工医保  每年1月缴费\n２．居民医保  每年9-12月缴费', 'number'],
    ['1. 职工医保\t每年1月缴费\n2. 居民医保\t每年9-12月缴费', 'number'],
    ['(1) 职工医保  每年1月缴费\n(2) 居民医保  每年9-12月缴费', 'paren'],
    ['① 职工医保  每年1月缴费\n② 居民医保  每年9-12月缴费', 'circled'],
    ['第1步  登录APP  选择参保地\n第2步  提交申请  等待审核', 'step'],
    ['• 职工医保  每年1月缴费\n• 居民医保  每年9-12月缴费', 'bullet'],
  ])('%s is a list of two items', (answer, style) => {
    const s = structureAnswer('l.txt', lines(answer));
    expect(s.counts).toMatchObject({ tables: 0, lists: 1, items: 2 });
    expect(listMarker(answer.split('\n')[0] ?? '')?.style).toBe(style);
  });

  it('keeps a pipe table whose first column is numbered', () => {
    const s = structureAnswer('p.txt', lines('| 1. 职工医保 | 每年1月缴费 |\n| 2. 居民医保 | 每年9-12月缴费 |'));
    expect(s.counts).toMatchObject({ tables: 1, lists: 0 });
  });
});
