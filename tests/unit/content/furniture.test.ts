import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { furnitureEvidence, isNavBar } from '@/lib/content/furniture';
import { readPageFurniture } from '@/lib/content/page-furniture-data';
import { build, byQuestion, page, realData } from './helpers';

const read = readPageFurniture(realData().furniture ?? '');
if (!read.ok) throw new Error('content/page-furniture.yaml does not load');
const words = read.value;

describe('a line is page furniture on the evidence of its words, shape and length', () => {
  it.each([
    // WeChat
    '原创 健康广东 2025-04-02 08:30 发表于广东',
    '点击上方蓝字关注我们',
    '↓↓↓ 点击“阅读原文”…',
    '阅读原文',
    '分享 收藏 在看 点赞',
    // Baidu Zhidao
    '最佳答案',
    '展开全部',
    '本回答由 医保小助手 提供 2024-08-12',
    '本回答由 国家医保服务平台官方账号 提供 2024-08-12',
    '评论 分享 举报',
    '已赞过 已踩过',
    '你对这个回答的评价是？',
    // Forms no rule names: Zhihu, news, forums, app help centres
    '赞同 1.2 万',
    '编辑于 2024-05-01 10:21',
    '发布于 2024-05-01 10:21・IP 属地广东',
    '来源：XX日报 责任编辑：张三',
    '楼主 回复 沙发',
    '2 楼 网友 2023-11-02',
    '阅读 3.4万 · 点赞 120',
    '2024-08-12 10:21',
    '收起 ▲',
    // Government pages and forums
    '发布时间：2024-03-01 来源：市医保局 浏览次数：1234',
    '【字体：大 中 小】 打印 关闭',
    '发表于 2023-5-6 10:21:33 | 只看该作者',
    '举报 | 收藏 | 分享到微信',
    '|举报',
    '【纠错】',
    '【友情链接】',
    '记者 张*　通讯员 李*',
    '推荐于2024-07-22 10:31:46',
  ])('%s', (line) => {
    expect(furnitureEvidence(line, words)).toBeDefined();
  });

  it.each([
    '可以。',
    '不能报销。',
    '需要备案。',
    '一、办理条件',
    '（一）职工医保',
    '1. 点击“我的”，再点“异地就医备案”',
    '可以',
    '答：可以报销',
    '回答：',
    '医保服务热线：12393',
    '2025年1月1日起',
    '异地就医怎么备案？',
    '点击“异地就医备案”，填写信息后提交。',
    '更多医保知识请关注当地医保局',
    '打开国家医保服务平台APP',
    '办理流程',
    '项目 | 一档 | 二档',
    '住院报销比例 | 相同 | 相同',
    '可以提供帮助吗',
    '咨询电话',
    '【办理条件】',
    '| 项目 | 咨询电话 |',
  ])('keeps %s', (line) => {
    expect(furnitureEvidence(line, words)).toBeUndefined();
  });
});

describe('a menu bar by its shape', () => {
  it('is three short items between bars or wide spaces, or four short words apart by single spaces', () => {
    expect(isNavBar('首页 | 政策 | 办事 | 互动')).toBe(true);
    expect(isNavBar('首页　办事　我的')).toBe(true);
    expect(isNavBar('快手 | 发现 同城 消息 我')).toBe(true);
    expect(isNavBar('精选 关注 热榜 视频')).toBe(true);
  });

  it('is never a title with a space or one bar in it', () => {
    expect(isNavBar('医保断缴了 怎么补缴')).toBe(false);
    expect(isNavBar('问题｜出生90天内要办医保吗')).toBe(false);
    expect(isNavBar('2025年 城乡居民 医保缴费 标准')).toBe(false);
    expect(isNavBar('医保 断了 怎么办？')).toBe(false);
  });
});

describe('furniture on a page', () => {
  it('is left out of a WeChat article, each line in the report with its evidence', () => {
    const answer = ['原创 健康广东 2025-04-02 08:30 发表于广东', '点击上方蓝字关注我们', '', '异地就医备案可以在国家医保服务平台APP上办理。', '', '需要备案。', '', '阅读原文', '分享 收藏 在看 点赞'].join('\n');
    const r = build({ 'wx.txt': page('异地就医备案怎么办理', answer) });
    const a = byQuestion(r, '异地就医备案怎么办理');
    expect(a.answerText).toBe('异地就医备案可以在国家医保服务平台APP上办理。\n需要备案。');
    const left = r.report.omittedLines.filter((o) => o.reason.startsWith('page furniture'));
    expect(left.map((o) => o.text)).toEqual(['原创 健康广东 2025-04-02 08:30 发表于广东', '点击上方蓝字关注我们', '阅读原文', '分享 收藏 在看 点赞']);
    expect(left[1]?.reason).toMatch(/^page furniture: 100% of its characters are controls or metadata; UI words 点击、蓝字、关注$/);
  });

  it('is left out when the same line opens the answers of several files (a feed template)', () => {
    const files = Object.fromEntries(
      ['医保卡丢了怎么补办', '医保断缴了怎么办', '生育津贴怎么领取'].map((q, i) => [`${i}.txt`, page(q, `小康说保 · 医保小课堂\n\n${q}的办法：带身份证到医保窗口办理。`)]),
    );
    const r = build(files);
    expect(byQuestion(r, '医保断缴了怎么办').answerText).toBe('医保断缴了怎么办的办法：带身份证到医保窗口办理。');
    expect(r.report.omittedLines.filter((o) => o.reason.includes("a feed's template"))).toHaveLength(3);
  });

  it('keeps lines that recur because answers were written from one pattern: a clause, a heading', () => {
    const files = Object.fromEntries(
      ['医保卡丢了怎么补办', '医保断缴了怎么办', '生育津贴怎么领取'].map((q, i) => [`${i}.txt`, page(q, `办理的方式有以下几种:\n\n### 温馨提示\n\n${q}：带身份证到医保窗口办理。`)]),
    );
    const r = build(files);
    expect(r.report.omittedLines.filter((o) => o.reason.startsWith('page furniture'))).toEqual([]);
  });

  it('takes a byline above the opening furniture with it, but never a heading over the first paragraph', () => {
    const r = build({
      'a.txt': page('医保断缴了怎么补', '医保小助手\n社保从业者\n赞同 1.2 万\n断缴不超过3个月的可以补缴。'),
      'b.txt': page('异地就医怎么备案', '点击上方蓝字关注我们\n办理条件\n参保人在国家医保服务平台APP上申请。'),
    });
    expect(byQuestion(r, '医保断缴了怎么补').answerText).toBe('断缴不超过3个月的可以补缴。');
    expect(r.report.omittedLines.filter((o) => o.reason.includes('byline')).map((o) => o.text)).toEqual(['医保小助手', '社保从业者']);
    // A one-line bio may hold a comma.
    const bio = build({ 'c.txt': page('医保断缴了怎么补', '精算师小王\n保险精算，偶尔科普社保\n1,045 人赞同了该回答\n断缴不超过3个月的可以补缴。') });
    expect(byQuestion(bio, '医保断缴了怎么补').answerText).toBe('断缴不超过3个月的可以补缴。');
    expect(byQuestion(r, '异地就医怎么备案').answerText).toBe('办理条件\n参保人在国家医保服务平台APP上申请。');
  });

  it('takes the class of the furniture around a line: UI words beside it, a run between, a footer below, a prompt above', () => {
    const r = build({ 'g.txt': readFileSync('tests/fixtures/feeds/gov-guide-page.txt', 'utf8') });
    const a = byQuestion(r, '异地就医备案办事指南');
    expect(a.answerText.split('\n')).toEqual([
      '参加本市基本医疗保险且参保状态正常的人员，可以办理异地就医备案。',
      '办理时限：即时办结。',
      '咨询电话',
      '12393',
      '备案后在就医地联网医院直接结算。',
    ]);
    const left = r.report.omittedLines.filter((o) => o.file === 'g.txt' && o.reason.startsWith('page furniture')).map((o) => [o.text, o.reason.split(':')[1]?.split(',')[0]?.trim()]);
    expect(left).toEqual([
      ['当前位置：首页 > 个人服务 > 医疗保障', 'a breadcrumb (short steps joined by >)'],
      ['在线办理', 'a short line between two lines of furniture'],
      ['我要咨询', expect.stringMatching(/^\d+% of its characters/)],
      ['我要评价', expect.stringMatching(/^\d+% of its characters/)],
      ['- 1 -', 'a page number'],
      ['扫一扫在手机打开当前页', 'beside furniture'],
      ['【打印】【关闭】', expect.stringMatching(/^\d+% of its characters/)],
      ['主办单位办公室', 'a short line between two lines of furniture'],
      ['以上内容是否对您有帮助？', 'beside furniture'],
      ['有帮助', expect.stringMatching(/^\d+% of its characters/)],
      ['没帮助', expect.stringMatching(/^\d+% of its characters|^a short line below/)],
    ]);
  });

  it('after the last sentence, takes a footer line below furniture and a feedback question over it', () => {
    const r = build({ 'f.txt': page('慢特病怎么认定', '到定点医院申请认定。\n这篇文章解决你的疑问了吗？\n收藏 打印\n某某市人民政府\n某某市卫健委') });
    expect(byQuestion(r, '慢特病怎么认定').answerText).toBe('到定点医院申请认定。');
    expect(r.report.omittedLines.filter((o) => o.file === 'f.txt' && o.reason.startsWith('page furniture')).map((o) => o.reason.split(':')[1]?.trim())).toEqual([
      'a short question over furniture after the answer’s last sentence (a feedback prompt)',
      expect.stringMatching(/^100% of its characters/),
      'a short line below furniture after the answer’s last sentence',
      'a short line below furniture after the answer’s last sentence',
    ]);
  });

  it('a PDF: the publisher under the title and the page numbers are left out, the headings kept', () => {
    const r = build({ 'p.txt': readFileSync('tests/fixtures/feeds/pdf-cover.txt', 'utf8') });
    const a = byQuestion(r, '灵活就业人员参加职工医保政策解读');
    expect(a.sections.map((x) => x.title)).toEqual(['一、参保对象', '二、缴费标准']);
    expect(a.answerText).not.toMatch(/编印|- 1 -|第 2 页/);
    expect(r.report.omittedLines.filter((o) => o.file === 'p.txt' && o.reason.startsWith('page furniture')).map((o) => o.line)).toEqual([2, 5, 8]);
    // A heading or a sentence in the publisher's place stays.
    const kept = build({ 'q.txt': page('生育津贴怎么领', '办理渠道\n单位经办人通过网上服务大厅统一申报。'), 'r.txt': page('医保卡怎么激活', '某某市医疗保障局提醒大家尽快激活。\n可以在APP里激活。') });
    expect(byQuestion(kept, '生育津贴怎么领').answerText).toContain('办理渠道');
    expect(byQuestion(kept, '医保卡怎么激活').answerText).toContain('某某市医疗保障局提醒大家尽快激活。');
  });

  it('takes a short line without a figure right over the footer, once the answer has a sentence', () => {
    const r = build({ 'w.txt': page('家庭共济怎么开通', '在APP的家庭共济专区添加家人。\n预览时标签不可点\n微信扫一扫\n关注该公众号') });
    expect(byQuestion(r, '家庭共济怎么开通').answerText).toBe('在APP的家庭共济专区添加家人。');
    const short = build({ 's.txt': page('能报销吗', '可以\n需要先备案\n分享 收藏') });
    expect(byQuestion(short, '能报销吗').answerText).toBe('可以\n需要先备案');
  });

  it('keeps a short line beside furniture when it has no UI word and no furniture on its other side', () => {
    const r = build({ 'k.txt': page('慢特病怎么认定', '■ 咨询电话\n12393\n收藏\n打印') });
    expect(byQuestion(r, '慢特病怎么认定').answerText).toContain('12393');
  });

  it('never empties an answer', () => {
    const r = build({ 'a.txt': page('医保怎么查', '已赞过 已踩过') });
    expect(byQuestion(r, '医保怎么查').answerText).toBe('已赞过 已踩过');
  });
});
