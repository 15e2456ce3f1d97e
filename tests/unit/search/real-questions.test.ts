import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import type { SearchEngine } from '@/lib/search/engine/query';
import { openInMemory } from '@/lib/search/index/memory';
import { evaluationSite, judge, readSet, type Outcome } from '@/lib/eval/real-questions';
import { searchWords } from '@/lib/search/index/files';

/**
 * Questions as residents write them, asked of the seeds and the real answer pages (tests/fixtures/real-answers):
 * each kind of real question on its own, then the whole public set with the floor the bench reports.
 */
describe('real questions', () => {
  let engine: SearchEngine;
  let themesOf: (question: string) => string[] | undefined;
  beforeAll(async () => {
    const { siteData, judged } = evaluationSite('tests/fixtures/real-answers');
    ({ engine } = await openInMemory(siteData, searchWords()));
    themesOf = (question) => judged[question];
  });

  const top = async (query: string, n = 3) => {
    const result = await engine.search(query, n);
    return { closeness: result.closeness, titles: result.hits.map((h) => h.doc.question), themes: result.hits.flatMap((h) => themesOf(h.doc.question) ?? []) };
  };

  it('look past courtesy and voice-input filler', async () => {
    const plain = await top('生育津贴怎么领');
    const chatty = await top('请问一下生育津贴怎么领啊 谢谢了 在线等');
    expect(chatty.titles).toEqual(plain.titles);
    expect(chatty.closeness).toBe('close');
  });

  it('read a masked place name as unknown, not as words', async () => {
    const result = await top('保*市有灵活就业人员只交医疗保险的吗可以吗');
    expect(result.closeness).toBe('close');
    expect(result.themes).toContain('flexible-employment');
  });

  it('know old and regional names', async () => {
    expect((await top('农合异地就医怎么报销')).themes).toContain('remote-care');
    expect((await top('新农合去年没交今年还能交吗')).themes).toContain('arrears/back-pay');
    expect((await top('社会医疗保险中断了咋办啊没法补')).themes).toContain('arrears/back-pay');
  });

  it('answer each half of a question that asks two things', async () => {
    const result = await top('医保卡丢了怎么办？医保个人账户的钱能干什么用？', 6);
    expect(result.themes).toContain('other-in-scope');
    expect(result.themes).toContain('personal-account');
  });

  it('read a sentence that names no theme of its own as asking on about the one before it', async () => {
    // 一个月能报多少 alone is close to any page on 报销; after 长护险 it asks about 长护险.
    const result = await top('长护险在养老院能用吗 一个月能报多少');
    expect(result.themes).toContain('long-term-care');
    expect(result.titles).not.toContain('职工医保住院报销比例是多少，怎么算');
  });

  it('tell never having paid (没交过) from a lapse (没交)', async () => {
    const named = (q: string) => engine.parse(q).concepts.map((c) => engine.meta.concepts[c]?.forms[0]);
    expect(named('以前从来没交过新农合')).not.toContain('断缴');
    expect(named('以前从来没交过新农合')).toContain('参保登记');
    expect(named('去年医保没交')).toContain('断缴');
  });

  it('read years written in Chinese numerals', async () => {
    const digits = await top('2024年灵活就业医保每月多少钱');
    expect((await top('二0二四年灵活就业医保每月多少钱')).titles[0]).toBe(digits.titles[0]);
  });

  it('say so when only pages on the theme exist, and show them', async () => {
    const result = await top('家庭共济绑定了以后 家里人看病是先扣谁的钱');
    expect(result.closeness).toBe('related');
    expect(result.themes).toContain('family-share');
  });

  it('find the theme through the rarest concept some page title names, not one only answers mention', async () => {
    // 看病的钱 is rarer than 补缴 but no title names it: the pages on 补缴 are the ones on the question's theme.
    const result = await top('职工医保停了三个月，补缴以后这三个月看病的钱还能报吗');
    expect(result.closeness).toBe('related');
    expect(result.themes).toContain('arrears/back-pay');
  });

  it('find the theme through a concept few titles name when every concept the question names is in many answers', async () => {
    // 医保卡余额 (个人账户) is mentioned by many answers, so it is no main concept; few titles name it, and those
    // pages are on the question's theme: related, not nothing.
    const result = await top('医保卡余额不够了买药的时候怎么扣钱');
    expect(result.closeness).toBe('related');
    expect(result.themes).toContain('personal-account');
  });

  it('know the everyday words of a theme: retirement, years of contributions, lapses, sharing with family', async () => {
    // 退休 and 医保交多少年 name the retirement page's theme; 断了 after 居民医保 is a lapse; 共用 is 共济.
    expect((await top('我爸快退休了 医保还要继续交吗')).themes).toContain('retirement');
    expect((await top('医保交多少年退休后就不用交了')).themes).toContain('retirement');
    expect((await top('居民医保断了两年还能续上吗')).themes).toContain('arrears/back-pay');
    expect((await top('两口子的医保能共用吗')).themes).toContain('family-share');
    expect((await top('送外卖的骑手怎么交医保')).themes).toContain('flexible-employment');
    // 多长时间生效 asks about the waiting period; 失能失智 is the long-term-care assessment.
    expect((await top('新参保的职工医保多长时间生效')).themes).toContain('arrears/back-pay');
    expect((await top('失能失智老人怎么申请护理')).themes).toContain('long-term-care');
    // 外地患者 is someone seeking care away from home.
    expect((await top('外地患者在上海住院怎么结算')).themes).toContain('remote-care');
    // 没给交 is a lapse; 怎么报销比例 is 报销比例, not 怎么报销.
    expect((await top('单位没给交医保三个月 能补吗')).themes).toContain('arrears/back-pay');
    expect((await top('职工医保怎么报销比例是多少')).themes).toContain('reimbursement-ratio');
    // 退休 is no evidence of medical insurance: a question on the pension stays out of scope.
    expect((await engine.search('退休以后养老金每年涨多少', 3)).hits).toEqual([]);
  });

  it('know regional names and the words for a theme\'s people: 门规, 跨市住院, 婴儿', async () => {
    // 门规 (门诊规定病种) is Shandong's name for 门诊慢特病; 跨市住院 is care away from home; an infant under a year
    // is a newborn's enrolment.
    expect((await top('济南门规怎么申请')).themes).toContain('outpatient-chronic');
    expect((await top('跨市住院怎么报销')).themes).toContain('remote-care');
    expect((await top('婴儿怎么办医保')).themes).toContain('newborn');
    expect((await top('不满周岁的孩子怎么参保')).themes).toContain('newborn');
    // 跨市, 跨省 alone are no form of it: 跨省家庭共济 and 跨市缴费 are family sharing across cities.
    const named = (q: string) => engine.parse(q).concepts.map((c) => engine.meta.concepts[c]?.forms[0]);
    expect(named('跨省家庭共济怎么开通')).not.toContain('异地就医');
    expect(named('医保可以跨市缴费吗')).not.toContain('异地就医');
    // 婴儿 is a weak form, no evidence alone: a question on a baby's health is no answer's question.
    expect((await engine.search('婴儿湿疹怎么护理', 3)).closeness).not.toBe('close');
  });

  it('know everyday ways of asking about care away from home, the personal account and years of contributions', async () => {
    // 外地能用, 老家能用 ask whether insurance works elsewhere; 卡里的钱 is the personal account; 交多少年 the years.
    expect((await top('医保卡在外地能用吗')).themes).toContain('remote-care');
    expect((await top('医保要缴多少年才能退休')).themes).toContain('retirement');
    expect((await top('住院结账没扣卡里的钱是怎么回事')).themes).toContain('personal-account');
  });

  it('count time words (期间, 以后, 时候) as generic, not as what a question is about', async () => {
    // 补办期间 in a title shares only 期间 with 失业期间: no answer on 失业 or on paying.
    const result = await top('失业期间医保怎么交');
    expect(result.titles).not.toContain('医保卡丢了怎么补办，补办期间怎么看病');
    expect(result.themes).toContain('flexible-employment');
  });

  it('read 补贴 as a subsidy, not as 生育津贴', async () => {
    for (const query of ['灵活就业有补贴吗', '居民医保有政府补贴吗']) {
      const { titles } = await top(query);
      expect(titles.filter((t) => t.includes('生育津贴'))).toEqual([]);
    }
  });

  it('show the pages on the main concept among pages close only by a common concept\'s characters', async () => {
    // 城乡居民医疗保险 is most of the characters; 漏缴 (断缴) is what is asked.
    const result = await top('城乡居民医疗保险漏缴了会怎么样');
    expect(result.closeness).toBe('close');
    expect(result.themes).toContain('arrears/back-pay');
  });

  it('do not call a page close because its long answer has most of a short question\'s common characters', async () => {
    // 医保, 当年, 计算 are in the answers on 断缴 and 退休; 余额 (the personal account) is what is asked.
    const result = await top('医保当年的余额怎么计算');
    expect(result.themes).toContain('personal-account');
    expect(result.titles).not.toContain('医保断缴后怎么补缴，有等待期吗');
    expect(result.titles).not.toContain('职工医保退休后还要交吗，年限不够怎么办');
  });

  it('show pages on both themes of a question that names two', async () => {
    // 退休 and 异地备案: the related pages of each, in turn.
    const result = await top('城镇职工退休了想回老家住 异地备案怎么弄');
    expect(result.closeness).toBe('related');
    expect(result.themes).toContain('remote-care');
    expect(result.themes).toContain('retirement');
  });

  it('show a page on the second theme among close pages that are all on the first', async () => {
    const result = await top('生育津贴怎么算 灵活就业的能领吗');
    expect(result.closeness).toBe('close');
    expect(result.themes).toContain('maternity');
    expect(result.themes).toContain('flexible-employment');
  });

  it('show a page on the second theme among pages close by what the question is about', async () => {
    // Close by weight (医保卡每月, 个人账户划入), all on it: the page on 退休 in turn with them.
    const result = await top('已退休的人医保卡每月划多少钱');
    expect(result.closeness).toBe('close');
    expect(result.themes).toContain('retirement');
  });

  it('say nothing was found for questions out of scope, with no topics to suggest for an excluded one', async () => {
    for (const query of ['乙肝会传染的吗？', '养老保险交15年后可以不交了吗', '糖尿病一般需要怎么治疗？', '住房公积金三个月提取一次怎么取']) {
      const result = await engine.search(query, 3);
      expect([query, result.closeness, result.hits.length]).toEqual([query, 'nothing-close', 0]);
    }
    expect((await engine.search('养老保险交15年后可以不交了吗', 3)).suggestTopics).toEqual([]);
  });

  // A floor under what the bench reports on the public set (scripts/bench/real-questions.ts), so a change that
  // makes real questions worse fails here; the goals themselves are measured on held-back questions.
  it('find an on-theme answer for most of the public set, off-theme results for few, and stay honest out of scope', async () => {
    const sets = ['tests/fixtures/real-questions/public.tsv', '../shared/real-questions/dev.tsv'].filter((f) => existsSync(f));
    const counts = new Map<Outcome, number>();
    let inScope = 0;
    let outOfScope = 0;
    for (const file of sets) {
      for (const q of readSet(file)) {
        const outcome = judge(q, await engine.search(q.question, 10), themesOf);
        counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
        if (q.inScope) inScope += 1;
        else outOfScope += 1;
      }
    }
    const share = (o: Outcome, of: number) => (counts.get(o) ?? 0) / of;
    // 92 % and 5.4 % after issue 29's second pass (docs/search-quality.md), less a question or two.
    expect(share('answered', inScope) + share('related-on-theme', inScope)).toBeGreaterThanOrEqual(0.9);
    expect(share('off-theme', inScope)).toBeLessThanOrEqual(0.07);
    expect(share('honest', outOfScope)).toBe(1);
  });
});
