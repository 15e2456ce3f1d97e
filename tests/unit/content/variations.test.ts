import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articles, build, byQuestion, page } from './helpers';

const ANSWER = '家庭共济是指职工医保个人账户可以给家人使用,具体如下:\n\n  1. 配偶、父母、子女可以共济。\n\n  2. 需要在同一统筹区。';
const RELATED: [string, string, string][] = [
  ['医保家庭共济怎么开通', '通过国家医保服务平台APP或当地医保小程序开通家庭共济,添加家庭成员后即可授权使用个人账户余额', '健康新闻 2025-03-18'],
  ['医保个人账户余额能取现吗', '一般不能取现 医保个人账户余额原则上只能用于支付医疗费用,但本人死亡等特殊情况下可以依法继承', '健康新闻 2025-03-18'],
];
const base = page('医保家庭共济可以给谁用', ANSWER, RELATED);

describe('encodings and line ends', () => {
  it('reads CRLF and CR line ends like LF, with the same line numbers', () => {
    const lf = build({ 'a.txt': base });
    const crlf = build({ 'a.txt': base.replace(/\n/g, '\r\n') });
    const cr = build({ 'a.txt': base.replace(/\n/g, '\r') });
    expect(articles(crlf)).toEqual(articles(lf));
    expect(articles(cr)).toEqual(articles(lf));
    expect(byQuestion(crlf, '医保家庭共济怎么开通').origins).toEqual([{ file: 'a.txt', line: 12 }]);
  });

  it('drops a UTF-8 byte-order mark', () => {
    const r = build({ 'a.txt': `\uFEFF${base}` });
    expect(articles(r).find((a) => a.kind === 'full')?.question).toBe('医保家庭共济可以给谁用');
  });

  it('decodes a GB18030 file', () => {
    const bytes = readFileSync(path.resolve('tests/fixtures/content/gb18030.txt'));
    const r = build({ 'gb.txt': bytes });
    const a = byQuestion(r, '灵活就业人员医保断缴了怎么办');
    expect(a.answerText).toContain('断缴后需要尽快补缴，具体规则如下：');
    expect(byQuestion(r, '医保断缴多久会清零').shortAnswer).toBe('不会清零');
  });
});

describe('front matter', () => {
  it('overrides slug, title, topics, regions and date', () => {
    const r = build({
      'a.txt': `---\nslug: jiating-gongji\ntitle: 家庭共济能给哪些家人用\ntopics: [family-copay, personal-account]\nregions: [广州]\ndate: 2025-05-01\n---\n${base}`,
    });
    const a = byQuestion(r, '家庭共济能给哪些家人用');
    expect(a).toMatchObject({ slug: 'jiating-gongji', kind: 'full', topics: ['family-copay', 'personal-account'], regions: ['guangdong', 'guangzhou'], date: '2025-05-01' });
    // The question's line is still a line of the file: the front matter took the first 7.
    expect(a.origins).toEqual([{ file: 'a.txt', line: 8 }]);
  });

  it('leaves a draft out of the site but checks it and lists it', () => {
    const r = build({ 'a.txt': `---\ndraft: true\n---\n${base}`, 'b.txt': page('医保卡丢了怎么补办', '可以到社保卡服务网点或者线上补办。') });
    expect(articles(r).map((a) => a.question)).not.toContain('医保家庭共济可以给谁用');
    expect(r.report.drafts).toEqual([{ file: 'a.txt', question: '医保家庭共济可以给谁用' }]);
    expect(r.report.fileOutcomes).toEqual([
      { file: 'a.txt', outcome: 'draft' },
      { file: 'b.txt', outcome: 'published' },
    ]);
    const broken = build({ 'a.txt': '---\ndraft: true\n---\n只有标题没有回答的医保问题\n' });
    expect(broken.report.refused.map((e) => e.file)).toEqual(['a.txt']);
  });

  it('refuses an unknown key and a wrong type, naming the line', () => {
    const r = build({ 'a.txt': `---\nslug: ok-slug\nauthor: 张三\n---\n${base}`, 'b.txt': `---\ndraft: yes please\n---\n${base}` });
    expect(r.report.errors).toEqual([]);
    expect(r.report.refused.map((e) => [e.file, e.line, e.message])).toEqual([
      ['a.txt', 3, 'unknown front-matter key `author`'],
      ['b.txt', 2, expect.stringContaining('front-matter `draft` is invalid')],
    ]);
  });
});

describe('the same question in several places', () => {
  it('makes one record of a question asked by two files, the first file in path order publishing it', () => {
    const r = build({ 'a.txt': base, 'sub/b.txt': base.replace('家庭共济是指', '家庭共济的意思是') });
    const full = articles(r).filter((a) => a.kind === 'full');
    expect(full).toHaveLength(1);
    expect(full[0]?.origins).toEqual([
      { file: 'a.txt', line: 1 },
      { file: 'sub/b.txt', line: 1 },
    ]);
    expect(full[0]?.answerText).toContain('家庭共济是指');
    expect(r.report.warnings.some((w) => w.file === 'sub/b.txt' && w.message.includes('also the question of a.txt'))).toBe(true);
    // The question itself, and the two related items both files list.
    expect(r.report.mergedDuplicates).toBe(3);
  });

  it('compares questions without spaces, width or punctuation', () => {
    const r = build({ 'a.txt': base, 'b.txt': page('医保家庭共济 可以给谁用？', '另一份回答。') });
    expect(articles(r).filter((a) => a.kind === 'full')).toHaveLength(1);
  });

  it('lets a full article win over the same question listed as an excerpt elsewhere', () => {
    const r = build({ 'a.txt': base, 'b.txt': page('医保家庭共济怎么开通', '打开APP开通即可。') });
    const a = byQuestion(r, '医保家庭共济怎么开通');
    expect(a.kind).toBe('full');
    expect(a.listedBy).toEqual([byQuestion(r, '医保家庭共济可以给谁用').slug]);
    expect(byQuestion(r, '医保家庭共济可以给谁用').related[0]).toBe(a.slug);
  });

  it('keeps a question listed twice in one file once, with a warning', () => {
    const twice = page('医保家庭共济可以给谁用', ANSWER, [RELATED[0], RELATED[1], RELATED[0]] as [string, string, string][]);
    const r = build({ 'a.txt': twice });
    expect(articles(r).filter((a) => a.question === '医保家庭共济怎么开通')).toHaveLength(1);
    expect(byQuestion(r, '医保家庭共济可以给谁用').related.filter((s) => s === byQuestion(r, '医保家庭共济怎么开通').slug)).toHaveLength(1);
    expect(r.report.warnings.some((w) => w.message.includes('appears twice'))).toBe(true);
  });

  it('turns two questions with word-for-word the same summary into one page and an alternative title', () => {
    const summary = '2025年杭州医保的门诊起付线已经有所调整。职工医保普通门诊起付线由原先的1000元下调至600元';
    const r = build({
      'a.txt': page('医保家庭共济可以给谁用', ANSWER, [
        ['杭州医保门诊起付线是多少', summary, '健康新闻 2025-03-13'],
        ['杭州门诊医保起付标准', summary, '健康新闻 2025-03-13'],
      ]),
    });
    const a = byQuestion(r, '杭州医保门诊起付线是多少');
    expect(a.question).toBe('杭州门诊医保起付标准');
    expect(a.altTitles).toEqual(['杭州医保门诊起付线是多少']);
    expect(articles(r).filter((x) => x.kind === 'excerpt')).toHaveLength(1);
  });
});

describe('scraper noise', () => {
  const noisy = [
    '医保家庭共济可以给谁用',
    '',
    ANSWER,
    '',
    '首页 | 健康问答 | 医保',
    '提示:本内容不能代替面诊,如有不适请尽快就医。',
    '分享 收藏 举报',
    '返回顶部',
    '相关推荐',
    '',
    '医保家庭共济怎么开通',
    '',
    RELATED[0]?.[1],
    '',
    '健康新闻 2025-03-18',
    '医保家庭共济怎么开通',
    '',
    '医保个人账户余额能取现吗',
    '',
    RELATED[1]?.[1],
    '',
    '健康新闻',
    '',
    '异地就医备案后能报销多少',
    '',
    '异地就医备案后按就医地目录、参保地待遇报销,比例一般比本地低5到10个百分点',
    '',
    '健康新闻 2025-04-20',
    '',
    '上一篇 下一篇',
    '关于我们 | 联系我们 | 网站地图',
    '© 2025 健康新闻 版权所有',
  ].join('\n');
  const r = build({ 'a.txt': noisy });

  it('keeps navigation leftovers before 相关推荐 and after the last item out of every record', () => {
    for (const a of articles(r)) {
      expect(`${a.question} ${a.answerText} ${a.altTitles.join(' ')} ${a.source?.name ?? ''}`).not.toMatch(/首页|分享|返回顶部|上一篇|关于我们|版权所有/);
    }
    expect(articles(r).filter((a) => a.kind === 'excerpt').map((a) => a.question)).toEqual(
      expect.arrayContaining(['医保家庭共济怎么开通', '医保个人账户余额能取现吗', '异地就医备案后能报销多少']),
    );
    expect(articles(r)).toHaveLength(4);
  });

  it('ignores a title repeated after its source line', () => {
    const a = byQuestion(r, '医保家庭共济怎么开通');
    expect(a.origins).toEqual([{ file: 'a.txt', line: 15 }]);
    expect(a.answerText).not.toContain('医保家庭共济怎么开通');
  });

  it('keeps an item whose source line has no date, without inventing one', () => {
    const a = byQuestion(r, '医保个人账户余额能取现吗');
    expect(a.source).toEqual({ name: '健康新闻' });
    expect(a.date).toBeUndefined();
    expect(a.shortAnswer).toBe('一般不能取现');
    expect(r.report.warnings.some((w) => w.line === 26 && w.message.includes('no date'))).toBe(true);
    expect(byQuestion(r, '异地就医备案后能报销多少').date).toBe('2025-04-20');
  });
});

describe('markup in a file is text', () => {
  const hostile = page(
    '医保<script>alert(1)</script>报销怎么算',
    '点击[这里](javascript:alert(1))查看,或者<img src=x onerror=alert(1)>,模板{{constructor}}不会执行。\n\n**重点**:住院报销比例更高</p>',
    [['<b>异地就医</b>备案怎么办', '登录国家医保服务平台<script>alert(2)</script>办理备案', '健康新闻 2025-03-18']],
  );
  const r = build({ 'a.txt': hostile });
  const a = byQuestion(r, '医保<script>alert(1)</script>报销怎么算');

  it('escapes tags in answers so they show as characters', () => {
    expect(a.question).toBe('医保<script>alert(1)</script>报销怎么算');
    expect(a.slug).toMatch(/^yi-bao-script-alert-1-script-bao-xiao-zen-me-suan-[0-9a-f]{6}$/);
    expect(a.answerHtml).not.toMatch(/<script|<img|<\/p><\/p>/);
    expect(a.answerHtml).toContain('&#x3C;img src=x onerror=alert(1)>');
    expect(a.answerText).toContain('<img src=x onerror=alert(1)>');
    expect(a.answerHtml).toContain('<strong>重点</strong>：住院报销比例更高&#x3C;/p>');
  });

  it('keeps Markdown link syntax and template braces as plain text', () => {
    expect(a.answerHtml).toContain('点击[这里](javascript:alert(1))查看');
    expect(a.answerHtml).not.toContain('<a');
    expect(a.answerHtml).toContain('{{constructor}}');
    const excerpt = byQuestion(r, '<b>异地就医</b>备案怎么办');
    expect(excerpt.answerHtml).toBe('<p>登录国家医保服务平台&#x3C;script>alert(2)&#x3C;/script>办理备案…</p>');
  });
});
