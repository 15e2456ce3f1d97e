import { describe, expect, it } from 'vitest';
import { isDisclaimer, listMarker, tipOf } from '@/lib/content/markers';
import { structureAnswer } from '@/lib/content/structure';
import { articles, build, byQuestion, page } from './helpers';
import { feedFixtures } from './fixtures';

/**
 * Fixtures in tests/fixtures/feeds/ are pages in the style of other feeds than the seeds', one per structure the
 * parser reads. Each is built with the real data files and checked by what its page shows.
 */
const result = build(Object.fromEntries(feedFixtures().map((f) => [f.path, f.bytes])));
const fullOf = (file: string) => {
  const found = articles(result).find((a) => a.kind === 'full' && a.origins[0]?.file === file);
  if (!found) throw new Error(`no full article from ${file}`);
  return found;
};
/** The answer's HTML with the line breaks rehype puts between elements removed, for compact patterns. */
const html = (file: string) => fullOf(file).answerHtml.replace(/>\n</g, '><');
const lines = (text: string) => text.split('\n').map((t, i) => ({ text: t, line: i + 1 }));

describe('fixtures of other feeds', () => {
  it('all build, with no error', () => {
    expect(result.report.errors).toEqual([]);
    expect(result.report.refused).toEqual([]);
    expect(result.report.full).toBe(feedFixtures().length);
  });

  it('markdown headings: marks gone, levels by depth, 一、 kept, the repeated title left out with its reason', () => {
    const a = fullOf('markdown-headings.txt');
    const h = html('markdown-headings.txt');
    expect(a.sections.map((s) => s.title)).toEqual(['一、哪些人可以办理', '二、需要准备的材料', '办理渠道']);
    expect(h).toContain('<h3>1. 基本材料</h3>');
    expect(h).toContain('<h4>材料说明</h4>');
    expect(h).not.toMatch(/#|\*\*|【|】/);
    // Bold-only and 【】 lines are headings one level under the section they are in.
    expect(h).toContain('<h3>办理时限</h3>');
    expect(h).toContain('<h3>备案有效期</h3>');
    expect(h).toContain('<hr>');
    expect(result.report.omittedLines).toContainEqual({ file: 'markdown-headings.txt', line: 3, text: '# 退休人员异地安置医保怎么办理', reason: 'repeats the question' });
  });

  it('steps: one ordered list per procedure, details under a titled step, the summary after it', () => {
    const h = html('steps.txt');
    const lists = [...h.matchAll(/<ol class="answer-steps">([\s\S]*?)<\/ol>(?!<\/li>)/g)];
    expect(lists).toHaveLength(4);
    expect(h).toMatch(/<ol class="answer-steps"><li><p>下载并登录国家医保服务平台APP<\/p><p>在手机应用商店搜索/);
    expect(h).toMatch(/<li><p>完成实名认证<\/p><p>按提示上传身份证照片并进行人脸识别。<\/p><ul><li>认证时请保持光线充足；/);
    expect(h).toMatch(/<\/ol><p>完成以上步骤后，首页会直接显示医保码/);
    expect(h).toContain('<li>打开微信，在“我-服务-城市服务”中找到“医保电子凭证”。</li><li>选择参保地');
    // Steps written as bullets are steps too, and their labels are the list's numbers.
    expect(h).toContain('<li>到参保地医保经办窗口或定点医院的自助机前；</li>');
    expect(h).not.toMatch(/第[一二三1-3]步|步骤\d|Step \d/);
    expect(h).toMatch(/<\/ol><p>综上，三种渠道/);
  });

  it('numbered items in every form, nested under bullets even when the scraper lost the indent', () => {
    const h = html('numbering.txt');
    expect(h).toContain('<ol><li>参保人身份证或社保卡原件及复印件；</li><li>住院费用发票原件；</li>');
    expect(h).toContain('<ol class="list-paren"><li>异地就医备案登记表；</li>');
    expect(h).toMatch(/<li><p>意外伤害住院的：<\/p><ol class="list-paren"><li><p>意外伤害经过说明/);
    expect(h).toMatch(/需提供交警部门出具的事故认定书；<\/p><ol class="list-circled"><li>事故认定书复印件需与原件核对；<\/li>/);
    expect(h).toMatch(/<li><p>委托他人办理的：<\/p><ol class="list-paren"><li>受托人身份证原件；<\/li><li>委托书。<\/li><\/ol><\/li><\/ul>/);
    expect(h).toContain('<ol class="list-paren"><li>一般在出院后6个月内申请；</li>');
    expect(h).not.toMatch(/[①②⑴⑵]|（1）|\(1\)|1、|1\)/);
  });

  it('tables: a header row of column headers, a caption from the line that introduces it, in a named scrolling region', () => {
    const h = html('table-tabs.txt');
    expect(h).toContain(
      '<div class="table-scroll" role="region" aria-label="部分省份2025年居民医保个人缴费标准如下" tabindex="0"><table><caption>部分省份2025年居民医保个人缴费标准如下</caption><thead><tr><th scope="col">省份</th><th scope="col">个人缴费（元/年）</th>',
    );
    expect(h).toContain('<tr><td>浙江</td><td>450</td><td>760</td><td>2025年2月28日</td></tr>');
    expect(h).toContain('<caption>不同人群的缴费标准也有差别</caption><thead><tr><th scope="col">人群</th><th scope="col">缴费标准</th><th scope="col">备注</th></tr></thead><tbody><tr><td>一般居民</td>');
    // One tab-separated line is never a table.
    expect(h).toContain('<p>缴费渠道\t微信、支付宝、银行网点、税务APP</p>');
    expect(fullOf('table-tabs.txt').answerText).toContain('浙江 450 760 2025年2月28日');

    const md = html('table-markdown.txt');
    expect([...md.matchAll(/<table>/g)]).toHaveLength(2);
    // Under a heading the region is named by the heading; no separator row, alignment colons or pipes remain.
    expect(md).toContain('<h2 id="section-1">缴费档次一览</h2><div class="table-scroll" role="region" aria-label="缴费档次一览" tabindex="0"><table><thead>');
    expect(md).toContain('<tr><td>三档</td><td>22470</td><td>8%</td><td>1797.60</td><td>有</td><td>收入较高、希望多攒个人账户的人</td></tr>');
    expect(md).not.toMatch(/---|:-/);
    expect(md).toContain('<tr><th scope="col">项目</th><th scope="col">一档</th><th scope="col">二档</th></tr>');
    expect(md).toContain('<p>| 单独一行的竖线 | 不是表格 |</p>');
  });

  it('labels a table with no caption or heading by its columns', () => {
    const s = structureAnswer('t.txt', lines('起付线说明。\n\n医院级别\t起付线\n一级\t200元\n三级\t800元'));
    expect(s.html).toContain('aria-label="表格：医院级别、起付线"');
    expect(s.counts.tables).toBe(1);
  });

  it('问/答 pairs: the question a heading, the answer its paragraph; a 问 with no 答 stays text', () => {
    const a = fullOf('qa-pairs.txt');
    const h = html('qa-pairs.txt');
    expect(a.sections.map((s) => s.title)).toEqual(['备案后在就医地可以去哪些医院？', '门诊费用能直接结算吗？', '没有备案就去外地住院怎么办？', '报销比例和本地一样吗？']);
    expect(h).toContain('<h2 id="section-3">没有备案就去外地住院怎么办？</h2><p>可以在出院前补办备案，仍可直接结算；');
    expect(h).toContain('<h2 id="section-4">报销比例和本地一样吗？</h2><p>执行就医地的目录');
    expect(h).toContain('<p>问：临时外出就医需要什么材料？</p><p>只需在线上填写备案信息');
    expect(h).not.toMatch(/答：|A:/);
  });

  it('tips stay in the answer as notes, even when they mention 就医; only the true disclaimer goes', () => {
    const h = html('tips.txt');
    expect(h).toContain('<div class="answer-note" role="note"><p><strong>温馨提示：</strong>出院时请向医院一并索取发票和费用清单，回参保地就医报销时都要用到。</p></div>');
    for (const label of ['小贴士', '特别提醒', '注意', '提醒']) expect(h).toContain(`<strong>${label}：</strong>`);
    expect(h).toMatch(/<strong>注意事项：<\/strong><\/p><ul><li>发票抬头须为参保人本人；<\/li>[\s\S]*?<\/ul><\/div>/);
    // A tip that also says 不能代替面诊 carries other information: kept whole.
    expect(h).toContain('具体报销比例请咨询当地医保经办机构，本内容不能代替面诊。');
    expect(h).toContain('病情紧急时可先到最近的医院就医，事后再按规定补办备案。');
    expect(h).not.toContain('不构成任何医疗建议');
    expect(result.report.omittedLines.filter((o) => o.file === 'tips.txt').map((o) => [o.line, o.reason])).toEqual([
      [28, "medical disclaimer: the page shows the site's standard notice instead"],
      [29, 'navigation leftover'],
    ]);
  });

  it('invisible and control characters are gone before anything reads the text', () => {
    const a = fullOf('invisible.txt');
    expect(a.question).toBe('生育津贴怎么计算');
    expect(a.topics).toContain('maternity');
    expect(a.sections.map((s) => s.title)).toEqual(['一、举例说明', '二、领取条件']);
    expect(`${a.answerHtml}${a.answerText}`).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060\uFEFF]/);
    expect(a.answerText).toContain('生育津贴由医保部门发放到单位账户');
    expect(byQuestion(result, '生育津贴多久到账').source).toEqual({ name: '健康新闻', date: '2025-04-18' });
    expect(result.report.omittedLines.filter((o) => o.file === 'invisible.txt').map((o) => o.reason)).toEqual([
      "medical disclaimer: the page shows the site's standard notice instead",
    ]);
  });

  it('section signs and bare labels: a sign over each section and a label over a run of steps are headings', () => {
    const a = fullOf('section-signs.txt');
    const h = html('section-signs.txt');
    expect(a.sections.map((s) => s.title)).toEqual(['适用对象', '申请材料', '办理时限', '操作步骤']);
    expect(h).toContain('<h2 id="section-3">办理时限</h2><p>10个工作日');
    expect(h).not.toContain('■');
  });

  it('a WeChat article: byline, follow prompt and share bar left out with their evidence, the text kept', () => {
    const a = fullOf('wechat-article.txt');
    expect(a.answerText).not.toMatch(/原创|蓝字|阅读原文|在看/);
    expect(a.answerText).toContain('答案是可以，但要先办理异地就医备案。');
    expect(a.sections.map((s) => s.title)).toEqual(['一、哪些人需要备案', '二、怎么备案']);
    const furniture = result.report.omittedLines.filter((o) => o.file === 'wechat-article.txt' && o.reason.startsWith('page furniture'));
    expect(furniture.map((o) => o.line)).toEqual([2, 3, 13, 14, 15]);
  });

  it('a Zhidao answer: the site names cut from the title, the answer without its controls', () => {
    const a = fullOf('zhidao-answer.txt');
    expect(a.question).toBe('职工医保个人账户里的钱可以取出来吗');
    expect(a.answerText).toBe('一般不能。职工医保个人账户的钱专款专用，只能用于看病买药、家庭共济等，不能提取现金。\n只有参保人出国定居或者去世时，个人账户余额才可以一次性支取或依法继承。');
    const left = result.report.omittedLines.filter((o) => o.file === 'zhidao-answer.txt');
    expect(left.map((o) => [o.line, o.reason.split(':')[0]])).toEqual([
      [1, 'site or section name after the title'],
      [2, 'page furniture'],
      [3, 'page furniture'],
      [6, 'page furniture'],
      [7, 'page furniture'],
      [8, 'page furniture'],
      [9, 'page furniture'],
      [11, 'medical disclaimer'],
    ]);
  });

  it('a Zhihu answer, a news page and a forum post: bylines, counters and tools left out, every sentence kept', () => {
    const kept = (file: string) => fullOf(file).answerText.split('\n');
    expect(fullOf('zhihu-answer.txt').question).toBe('灵活就业人员医保断缴了怎么补？');
    expect(kept('zhihu-answer.txt').slice(0, 2)).toEqual(['断缴以后能不能补、怎么补，要看断了多久和当地政策。', '一般来说，断缴不超过3个月的，可以在补缴后连续计算缴费年限；超过3个月的，要重新计算待遇等待期。']);
    expect(kept('zhihu-answer.txt').at(-1)).toBe('按提示确认金额并缴费。');
    expect(fullOf('news-page.txt').question).toBe('2025年城乡居民医保集中缴费开始了');
    expect(kept('news-page.txt')).toHaveLength(3);
    expect(kept('forum-post.txt')).toHaveLength(3);
    const left = (file: string) => result.report.omittedLines.filter((o) => o.file === file && o.reason.startsWith('page furniture')).map((o) => o.line);
    expect(left('zhihu-answer.txt')).toEqual([2, 3, 4, 13, 14, 15]);
    expect(left('news-page.txt')).toEqual([2, 3, 4, 10]);
    expect(left('forum-post.txt')).toEqual([2, 5, 9]);
  });

  it('a related list under a header in any words is read by its blocks of title, summary and dated source', () => {
    const a = fullOf('related-by-shape.txt');
    expect(a.answerText).toBe('断缴不超过3个月并按规定补缴的，待遇不中断。\n超过3个月再参保的，要重新计算待遇等待期。');
    const listed = a.related.slice(0, 2).map((slug) => articles(result).find((x) => x.slug === slug)?.question);
    expect(listed).toEqual(['职工医保个人账户每月划入多少', '灵活就业人员医保怎么交']);
    expect(result.report.omittedLines).toContainEqual({ file: 'related-by-shape.txt', line: 6, text: '看了又看', reason: 'related list, found by its blocks of title, summary and dated source: its header' });
  });

  it('a title the page repeats under its window title is the title, the rest a site name, both in the report', () => {
    const a = fullOf('title-repeated.txt');
    expect(a.question).toBe('社保卡丢了人在外地怎么补办');
    expect(a.answerText).not.toContain('社保卡丢了人在外地怎么补办');
    expect(a.answerText).toContain('先打12333挂失');
    const left = result.report.omittedLines.filter((o) => o.file === 'title-repeated.txt').map((o) => [o.line, o.text, o.reason.split(':')[0]]);
    expect(left).toContainEqual([1, '- 社保医保 - 某某论坛', 'site or section name after the title']);
    expect(left).toContainEqual([3, '社保卡丢了人在外地怎么补办', 'repeats the question']);
  });

  it('a first line of page furniture is not the title: the line under it is', () => {
    const r = build({ 'w.txt': '点击上方蓝字 关注我们\n\n大病保险二次报销怎么报\n某某医保 2025-01-16 12:00 发表于山东\n出院结算时同步结算，不用单独申请。\n' });
    const a = byQuestion(r, '大病保险二次报销怎么报');
    expect(a.answerText).toBe('出院结算时同步结算，不用单独申请。');
    expect(r.report.omittedLines.find((o) => o.file === 'w.txt' && o.line === 1)?.reason).toMatch(/^page furniture/);
  });

  it('a question about the money in the card or the account is about the personal account', () => {
    const r = build({ 'k.txt': page('为什么医保卡里每个月打的钱变少了', '单位缴费不再划入个人账户，全部进入统筹基金。') });
    expect(byQuestion(r, '为什么医保卡里每个月打的钱变少了').topics[0]).toBe('personal-account');
  });

  it('a page saved whole: the title is chosen under the banner, menu and breadcrumb, the metadata under it left out', () => {
    const a = fullOf('page-saved-whole.txt');
    expect(a.question).toBe('父母在外省，我的医保能帮他们买药吗？');
    expect(a.answerText).toContain('可以用您的个人账户为他们在定点药店购药。');
    expect(a.answerText).toContain('请先在国家医保服务平台查询两地开通情况。');
    for (const line of ['江北区社会保险服务中心', '网站首页 | 办事大厅 | 政策法规 | 互动交流', '当前位置：首页 >> 互动交流 >> 咨询回复', '留言编号：JB20250611093', '回复单位：区医疗保障分局']) {
      expect(a.answerText).not.toContain(line);
      expect(result.report.omittedLines.find((o) => o.file === 'page-saved-whole.txt' && o.text === line)?.reason).toMatch(/^page furniture: .*header/);
    }
  });

  it('a forum thread under a breadcrumb: the post title, without its board tag, is the title; the post and reply stay', () => {
    const a = fullOf('forum-tagged-title.txt');
    expect(a.question).toBe('孩子在外地上大学，医保在哪边交比较好？');
    expect(a.answerText).toContain('老家的居民医保还要不要续');
    expect(a.answerText).toContain('同一年度只能选一边，不能重复参保。');
    expect(result.report.omittedLines).toContainEqual(expect.objectContaining({ file: 'forum-tagged-title.txt', text: '[提问]' }));
  });

  it('a first line that may be a title keeps its place over a question-shaped line under it', () => {
    const r = build({ 't.txt': '断缴后怎么办\n断缴了怎么补？\n先到税务APP补缴，再等待期满后报销。\n' });
    expect(byQuestion(r, '断缴后怎么办').answerText).toContain('断缴了怎么补？');
  });

  it('a related list of bare titles under a known header: each title an item (its count cut), a control word no item', () => {
    const a = fullOf('related-bare-titles.txt');
    const listed = a.related.map((slug) => articles(result).find((x) => x.slug === slug)?.question);
    expect(listed.slice(0, 3)).toEqual(['生育保险报销需要哪些材料', '男职工陪产假有没有津贴', '产检费用可以用医保卡吗']);
    const item = byQuestion(result, '产检费用可以用医保卡吗');
    expect(item.kind).toBe('excerpt');
    expect(item.answerText).toBe('');
    expect(articles(result).some((x) => x.question === '在线客服')).toBe(false);
  });

  it('a related list of bare titles under a short header of the hint words, with only a footer under it', () => {
    const a = fullOf('related-under-news-header.txt');
    expect(a.answerText).toContain('带上发票和费用清单回参保地经办机构一并报销。');
    expect(a.answerText).not.toMatch(/相关报道|起付线是怎么定的|未经授权/);
    const listed = a.related.map((slug) => articles(result).find((x) => x.slug === slug)?.question);
    expect(listed.slice(0, 2)).toEqual(['大病保险起付线是怎么定的', '异地住院没备案，大病保险还报吗']);
    expect(result.report.omittedLines.filter((o) => o.file === 'related-under-news-header.txt').map((o) => o.reason)).toContain('related list of bare titles: its header');
  });

  it('a list of short lines at the end of an answer stays in it when its lines are no titles (too short)', () => {
    const a = fullOf('list-at-the-end.txt');
    expect(a.answerText).toContain('医疗费用发票原件');
    expect(a.answerText).toContain('参保人社会保障卡');
  });

  it('a notice’s footer: the editor in brackets, links to the previous and next page, the address under them', () => {
    const a = fullOf('notice-footer.txt');
    expect(a.answerText).toContain('请避开零点前后购药。');
    expect(a.answerText).not.toMatch(/责编|上一篇|下一篇|邮政编码/);
  });

  it('a PDF’s running head under a page number is left out; the headings around it stay', () => {
    const a = fullOf('pdf-running-head.txt');
    expect(a.answerText).not.toContain('经办服务手册');
    expect(a.sections.map((s) => s.title)).toEqual(['一、申请对象', '二、所需材料', '三、办理时限']);
    expect(result.report.omittedLines).toContainEqual(expect.objectContaining({ file: 'pdf-running-head.txt', reason: 'page furniture: a running head under a page break' }));
  });

  it('a line of topic tags is left out', () => {
    const a = fullOf('note-with-tags.txt');
    expect(a.answerText).toContain('线上线下都可以。');
    expect(a.answerText).not.toContain('#');
  });

  it('a decimal outline: whole numbers head sections, their N.M clauses are items that keep their numbers', () => {
    const a = fullOf('word-outline.txt');
    expect(a.sections.map((s) => s.title)).toEqual(['1 门诊统筹怎么报', '2 个人账户怎么用']);
    const h = html('word-outline.txt');
    expect(h).toContain('<li>1.1 普通门诊费用纳入统筹基金支付，起付标准以上按比例报销。</li>');
    expect(h).toContain('<li>2.2 不能用于健身、保健等消费。</li>');
  });

  it('a note with keycap numbers and check marks: the questions over them are headings, every item stays an item', () => {
    const a = fullOf('note-keycaps.txt');
    expect(a.sections.map((s) => s.title)).toEqual(['📌要带什么？', '📌在哪开通？', '📌要不要钱？']);
    const h = html('note-keycaps.txt');
    expect(h).toContain('<li>老人的身份证（原件，拍照要清晰）</li>');
    expect(h).toContain('<li>✅ 线上：国家医保服务平台APP的亲情账户里添加家人</li>');
    // The opening paragraph does not run into the first heading.
    expect(h).toContain('照着做就能一次办好👇</p>');
  });

  it('two labels with their names over numbered steps are the headings of parallel parts', () => {
    const a = fullOf('ways-over-steps.txt');
    expect(a.sections.map((s) => s.title)).toEqual(['渠道一：手机银行', '渠道二：服务窗口']);
    expect(html('ways-over-steps.txt')).toContain('<li>带本人身份证和社保卡到任一社保服务网点；</li>');
  });

  it('a lone chrome word inside an answer stays; a run of them goes', () => {
    const r = build({ 'c.txt': '医保费可以在哪里交？\n可以在这些应用里缴纳，任选其一：\n微信\n支付宝\n各地税务APP也能交，缴费后次日可以查到记录。\n分享 收藏 举报\n' });
    const text = byQuestion(r, '医保费可以在哪里交？').answerText;
    expect(text).toContain('微信');
    expect(text).not.toContain('举报');
  });

  it('documents cited in 《》 under a 相关 header stay in the answer: they are its sources, not other pages', () => {
    const r = build({ 'p.txt': '退休人员医保待遇有哪些变化？\n退休人员个人账户按养老金平均水平的2%左右定额划入，门诊报销比例也更高。\n相关政策依据\n《关于建立健全职工基本医疗保险门诊共济保障机制的指导意见》\n《某省职工医保门诊共济保障实施办法》\n' });
    const a = byQuestion(r, '退休人员医保待遇有哪些变化？');
    expect(a.answerText).toContain('《某省职工医保门诊共济保障实施办法》');
    expect(a.related.map((slug) => articles(r).find((x) => x.slug === slug)?.question)).not.toContain('《某省职工医保门诊共济保障实施办法》');
  });

  it('a forum thread, whose dated bylines sit over long replies, keeps every reply', () => {
    const r = build({ 'f.txt': '断缴了怎么办\n楼主\n发表于 2024-11-02 09:13\n断缴三个月了，还能补吗？\n沙发\n发表于 2024-11-02 09:40\n可以补，到税务APP补缴就行。\n板凳\n发表于 2024-11-02 10:05\n楼上说得对。\n' });
    const text = byQuestion(r, '断缴了怎么办').answerText;
    expect(text).toContain('可以补，到税务APP补缴就行。');
    expect(text).toContain('楼上说得对。');
  });

  it('a related item the scraper repeated whole is one item, with no warning', () => {
    const a = fullOf('related-repeat.txt');
    const listed = a.related.slice(0, 3).map((slug) => articles(result).find((x) => x.slug === slug)?.question);
    expect(listed).toEqual(['医保个人账户余额可以给父母用吗', '医保个人账户每月划入多少', '医保个人账户余额会清零吗']);
    expect(byQuestion(result, '医保个人账户余额可以给父母用吗').origins).toEqual([{ file: 'related-repeat.txt', line: 11 }]);
    expect(result.report.warnings.filter((w) => w.file === 'related-repeat.txt').map((w) => w.message)).toEqual(['left out navigation leftover `首页 顶部`']);
  });
});

describe('line forms', () => {
  it.each([
    ['提示:本内容不能代替面诊,如有不适请尽快就医。', true],
    ['温馨提示：以上内容仅供参考，不能替代医生的诊断和治疗。', true],
    ['免责声明：本文仅供参考，不构成任何医疗建议。如有不适，请及时就医。', true],
    ['【温馨提示】本文内容仅供科普，具体诊疗请咨询专业医生。', true],
    ['本内容不能代替面诊,如有不适请尽快就医。', true],
    ['温馨提示:出院时带齐发票和费用清单，回参保地就医报销时要用', false],
    ['提示：异地就医需先备案', false],
    ['注意：以上政策以当地医保局公布为准，不能代替面诊。', false],
    ['以上内容仅供参考', false],
    ['以上数据仅供参考', false],
    ['声明：本文仅供参考，具体以当地医保政策为准。', true],
    ['具体以当地医保政策为准。', false],
    ['灵活就业人员按本人缴费基数计发，具体以参保地规定为准。', false],
  ])('%s is a disclaimer: %s', (text, expected) => expect(isDisclaimer(text)).toBe(expected));

  it.each([
    ['第一步：登录APP', 'step', 1, '登录APP'],
    ['第十二步、提交', 'step', 12, '提交'],
    ['步骤2：准备材料', 'step', 2, '准备材料'],
    ['步骤三 提交', 'step', 3, '提交'],
    ['STEP 4. 等待', 'step', 4, '等待'],
    ['• 第2步、刷卡', 'step', 2, '刷卡'],
    ['1. 1.个人账户', 'number', 1, '个人账户'],
    ['3、缴费', 'number', 3, '缴费'],
    ['2）发票', 'number', 2, '发票'],
    ['(3) 病历', 'paren', 3, '病历'],
    ['（4）清单', 'paren', 4, '清单'],
    ['⑵ 证明', 'paren', 2, '证明'],
    ['③ 复印件', 'circled', 3, '复印件'],
    ['• 条目', 'bullet', 1, '条目'],
    ['- 条目', 'bullet', 1, '条目'],
  ])('%s → %s %i %s', (text, style, number, content) => expect(listMarker(text)).toEqual({ style, number, content }));

  it.each(['第一步是准备材料', '1.5倍', '2025年', '12393热线', '**重点**', '-5元'])('%s is not a list line', (text) => expect(listMarker(text)).toBeUndefined());

  it.each([
    ['温馨提示：带齐发票', '温馨提示', '带齐发票'],
    ['**注意**：别忘了', '注意', '别忘了'],
    ['【小贴士】线上也能办', '小贴士', '线上也能办'],
    ['注意事项：', '注意事项', ''],
  ])('%s is a tip', (text, label, body) => expect(tipOf(text)).toEqual({ label, body }));

  it('never makes a table of prose that happens to hold double spaces', () => {
    const s = structureAnswer('p.txt', lines('多头借贷风险  同时持有超过3家机构的信贷产品，会被判定为资金链紧张。\n负债率过高  若现有负债的月还款额超过月收入50%，系统会认为还款压力过大。'));
    expect(s.counts.tables).toBe(0);
    expect(s.counts.paragraphs).toBe(2);
  });

  it('keeps a page whose only 温馨提示 mentions 就医 whole, up to its related list', () => {
    const r = build({ 'a.txt': page('住院报销要带什么', '带身份证和医保卡。\n\n温馨提示:出院时带齐发票和费用清单,回参保地就医报销时要用。\n\n报销时限为出院后6个月内。') });
    const a = byQuestion(r, '住院报销要带什么');
    expect(a.answerText).toContain('出院时带齐发票和费用清单，回参保地就医报销时要用。');
    expect(a.answerText).toContain('报销时限为出院后6个月内。');
  });
});
