import { describe, expect, it } from 'vitest';
import { parsePage } from '@/lib/content/parse-page';
import { articles, build, byQuestion } from './helpers';

/**
 * Page shapes from feeds like the seeds' that the first parser got wrong (an audit with files written in those
 * feeds' style): source lines dated another way, a disclaimer-like line inside the answer, other names for the
 * related list, marks around the question, an excerpt no topic fits.
 */

const DISCLAIMER = '提示:本内容不能代替面诊,如有不适请尽快就医。';

function pageOf(lines: string[]): string {
  return lines.join('\n');
}

function parsed(lines: string[]) {
  const r = parsePage('a.txt', pageOf(lines));
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
  return r.value;
}

const ANSWER = ['门诊慢特病待遇需要先申请认定，具体如下:', '', '一、申请条件', '', '  1. 参加基本医保并正常缴费。', '', '  2. 确诊为规定病种。'];

describe('source lines dated as feeds print them', () => {
  it.each([
    ['健康新闻 2025-03-18 10:32', { name: '健康新闻', date: '2025-03-18' }],
    ['医保百科·2025-03-18', { name: '医保百科', date: '2025-03-18' }],
    ['医保百科 | 2025年3月8日', { name: '医保百科', date: '2025-03-08' }],
    ['2025/3/18 09:05', { name: '', date: '2025-03-18' }],
    ['健康新闻 3天前', { name: '健康新闻' }],
    ['医保小助手 昨天 18:20', { name: '医保小助手' }],
  ])('`%s` closes its item as a source line', (source, expected) => {
    const page = parsed([
      '门诊慢特病怎么申请',
      ...ANSWER,
      DISCLAIMER,
      '相关推荐',
      '',
      '门诊慢特病报销比例是多少',
      '门诊慢特病在起付线以上按比例报销，职工医保报销比例一般高于居民医保，各地规定',
      source,
      '',
      '慢特病认定需要哪些材料',
      '一般需要身份证、医保卡、近期病历和检查报告，部分地区可以在医院直接',
      '健康新闻 2025-03-18',
    ]);
    expect(page.related.map((r) => r.title)).toEqual(['门诊慢特病报销比例是多少', '慢特病认定需要哪些材料']);
    expect(page.related[0]?.source).toEqual(expected);
  });
});

describe('a disclaimer-like line inside the answer', () => {
  it('keeps the answer after it; only the last one before the list ends the answer', () => {
    const page = parsed([
      '职工医保门诊报销比例是多少',
      '一、报销比例',
      '在职职工门诊报销比例为50%，退休人员为60%。',
      '注：以上信息仅供参考，具体以当地医保局公布为准。',
      '',
      '二、年度限额',
      '门诊统筹年度最高支付限额一般为3000元至5000元。',
      DISCLAIMER,
      '返回首页',
      '相关推荐',
    ]);
    const text = page.answer.map((l) => l.text).join('\n');
    expect(text).toContain('注：以上信息仅供参考');
    expect(text).toContain('二、年度限额');
    expect(text).toContain('门诊统筹年度最高支付限额');
    expect(page.disclaimer?.text).toBe(DISCLAIMER);
    expect(page.omitted.map((o) => o.reason)).toEqual(["medical disclaimer: the page shows the site's standard notice instead", 'navigation leftover']);
  });

  it('still ends the answer at a closing disclaimer followed only by page chrome', () => {
    const page = parsed(['医保卡丢了怎么办', '先挂失，再到医保经办机构或银行网点补办。', '温馨提示：以上内容仅供参考，如有不适请及时就医。', '免责声明：', '相关推荐']);
    expect(page.answer.map((l) => l.text)).toEqual(['先挂失，再到医保经办机构或银行网点补办。']);
    expect(page.omitted.map((o) => o.text)).toEqual(['温馨提示：以上内容仅供参考，如有不适请及时就医。', '免责声明：']);
    expect(page.warnings.map((w) => w.message)).toContain('left out navigation leftover `免责声明：`');
  });
});

describe('the related list under other names', () => {
  it.each(['猜你喜欢', '相关问答', '为你推荐', '大家都在问：'])('`%s` opens the related list', (header) => {
    const page = parsed([
      '生育津贴怎么算',
      '生育津贴按照职工所在用人单位上年度职工月平均工资计发。',
      header,
      '',
      '生育津贴什么时候发放',
      '生育津贴一般在申请材料审核通过后的一个月内发放到单位或个人账户，部分地区',
      '健康新闻 2025-03-18',
    ]);
    expect(page.answer.map((l) => l.text)).toEqual(['生育津贴按照职工所在用人单位上年度职工月平均工资计发。']);
    expect(page.related.map((r) => r.title)).toEqual(['生育津贴什么时候发放']);
  });

  it('a second header right under the first opens nothing new', () => {
    const page = parsed(['生育津贴怎么算', '按上年度职工月平均工资计发。', DISCLAIMER, '猜你喜欢', '相关推荐', '生育津贴什么时候发放', '一般在审核通过后的一个月内发放到单位或个人账户，部分地区', '健康新闻 2025-03-18']);
    expect(page.related.map((r) => r.title)).toEqual(['生育津贴什么时候发放']);
  });
});

describe('marks around the question', () => {
  it.each(['# 职工医保退休后还要交费吗', '## 职工医保退休后还要交费吗', '**职工医保退休后还要交费吗**', '【职工医保退休后还要交费吗】', '问：职工医保退休后还要交费吗', 'Q: 职工医保退休后还要交费吗'])(
    '`%s` is the question without its marks',
    (first) => {
      expect(parsed([first, '达到规定缴费年限的，退休后不再缴纳职工医保费。', DISCLAIMER]).question).toBe('职工医保退休后还要交费吗');
    },
  );

  it('gives the page a slug from the question alone', () => {
    const r = build({ 'a.txt': pageOf(['问：新生儿医保怎么办理', '出生后可以在医保服务平台为新生儿参保登记。', DISCLAIMER]) });
    const a = byQuestion(r, '新生儿医保怎么办理');
    expect(a.slug.startsWith('xin-sheng-er')).toBe(true);
  });
});

describe('an excerpt no topic fits', () => {
  it('is left out with a warning naming its file and line; the site still builds', () => {
    const r = build({
      'a.txt': pageOf([
        '医保卡丢了怎么办',
        '先挂失，再到医保经办机构补办新的医保卡。',
        DISCLAIMER,
        '相关推荐',
        '',
        '上海惠民保怎么申请',
        '惠民保是商业保险公司承办的城市定制型医疗保险，每年几十元，可以在线投保，具体',
        '健康新闻 2025-03-18',
      ]),
    });
    expect(r.report.errors).toEqual([]);
    expect(r.report.refused).toEqual([]);
    expect(articles(r).map((a) => a.question)).not.toContain('上海惠民保怎么申请');
    expect(r.report.warnings).toContainEqual(expect.objectContaining({ file: 'a.txt', line: 6, message: 'left out related item `上海惠民保怎么申请`: no topic fits' }));
    expect(byQuestion(r, '医保卡丢了怎么办').related).toEqual([]);
  });
});

describe('single asterisks', () => {
  it('make emphasis of the words between them, but leave a formula alone', () => {
    const r = build({
      'a.txt': pageOf(['职工医保个人账户每月划入多少', '在职职工按本人缴费基数的2%划入，计算为 基数*2%*12 个月。', '*以上信息来源于国家医保局公开文件*', DISCLAIMER]),
    });
    const html = byQuestion(r, '职工医保个人账户每月划入多少').answerHtml;
    expect(html).toContain('<em>以上信息来源于国家医保局公开文件</em>');
    expect(html).toContain('基数*2%*12');
  });
});

describe('the line above a table', () => {
  it('is its caption when short and ending in a colon, but stays a paragraph when it holds a sentence', () => {
    const table = ['城市\t待遇标准', '上海\t每月最高1200元', '成都\t每月最高900元'];
    const captioned = build({ 'a.txt': pageOf(['长护险每月能报多少', '各地长护险待遇标准如下：', ...table, DISCLAIMER]) });
    expect(byQuestion(captioned, '长护险每月能报多少').answerHtml).toContain('<caption>各地长护险待遇标准如下</caption>');
    const sentence = build({ 'a.txt': pageOf(['长护险每月能报多少', '长护险的待遇标准各地不同。以上海为例：', ...table, DISCLAIMER]) });
    const html = byQuestion(sentence, '长护险每月能报多少').answerHtml;
    expect(html).not.toContain('<caption>');
    expect(html).toContain('<p>长护险的待遇标准各地不同。以上海为例：</p>');
  });
});
