import { describe, expect, it } from 'vitest';
import { loadRules } from '@/lib/content/build';
import { describeEvidence } from '@/lib/content/scope';
import { decideScope } from '@/lib/content/scope-decision';
import { evaluateScope, GOALS } from '@/lib/eval/scope';
import { realData } from './helpers';

const { rules } = loadRules(realData());
if (!rules) throw new Error('the real data files must load');

/** One fixture per way a decision is reached, written in the feeds' style (not the issue's examples). */
describe('scope classes', () => {
  const decide = (title: string, summary = '') => decideScope(rules.scope, title, summary);

  it('keeps a question that names a core concept, whatever its summary', () => {
    const d = decide('门特报销要带什么材料');
    expect(d.verdict).toBe('kept');
    expect(d.evidence.concepts.map((c) => [c.id, c.place])).toEqual([['chronic-special-disease', 'title'], ['medical-reimbursement', 'title']]);
  });

  it('keeps a colloquial question on what its summary says', () => {
    const d = decide('家里添丁了能领啥钱', '参加职工医保的妈妈可以领取生育津贴，生育医疗费由生育保险按定额支付，新生儿出生后可办理居民医保参保登记');
    expect(d.verdict).toBe('kept');
    expect(d.evidence.concepts.every((c) => c.place === 'body')).toBe(true);
  });

  it('keeps but flags a question whose only evidence is weak', () => {
    const d = decide('个体户怎么弄那个', '');
    expect(d.verdict).toBe('borderline');
    expect(d.kept).toBe(true);
    expect(describeEvidence(d.evidence)).toBe('标题：个体户（灵活就业人员）[弱] · 得分 3');
  });

  it('leaves out a question an exclusion rule names, with the rule and the words it matched', () => {
    const d = decide('2025年河南郑州治疗痛风的医院有哪些', '郑州大学第一附属医院风湿免疫科……可使用医保结算');
    expect(d).toMatchObject({ verdict: 'out', rule: 'hospital-recommendation', evidence: { rule: { id: 'hospital-recommendation', matched: '医院有哪些' } } });
  });

  it('lets an unless pattern or a core concept rescue a question from a rule, and says so', () => {
    const pension = decide('退休金和医保卡每月到账是一回事吗');
    expect(pension.verdict).toBe('kept');
    expect(pension.evidence.rule).toEqual({ id: 'pension-only', matched: '退休金', rescued: '医保' });
    const hospital = decide('哪些医院可以用长护险');
    expect(hospital.verdict).toBe('kept');
    expect(hospital.evidence.rule).toMatchObject({ id: 'hospital-recommendation', rescued: '长护险' });
  });

  it('does not let a core word rescue a rule that needs its own words', () => {
    expect(decide('社保基数8000每月扣个税多少')).toMatchObject({ verdict: 'out', rule: 'income-tax' });
  });

  it('leaves out choosing or buying a commercial insurance product, but not a public programme that insurers run', () => {
    // The product words, whatever product: 医疗保险 in the name does not make it basic medical insurance.
    expect(decide('少儿重疾医疗保险哪家好')).toMatchObject({ verdict: 'out', rule: 'commercial-insurance' });
    expect(decide('寿险的保单可以退保吗')).toMatchObject({ verdict: 'out', rule: 'commercial-insurance' });
    expect(decide('百万医疗险值得买吗')).toMatchObject({ verdict: 'out', rule: 'commercial-insurance' });
    // 大病保险 is paid through insurance companies and 惠民保 is sold by them: still ours.
    expect(decide('大病保险是保险公司赔还是医保局赔').kept).toBe(true);
    expect(decide('有了医保还要买商业保险吗，保费贵不贵').kept).toBe(true);
  });

  it('leaves out what a pension pays, however it is put', () => {
    expect(decide('交满十五年社保以后能领到多少养老')).toMatchObject({ verdict: 'out', rule: 'pension-only' });
  });

  it('leaves out a question with no insurance evidence at all', () => {
    expect(decide('周末去哪里露营比较好', '推荐几个适合周末露营的地方')).toMatchObject({ verdict: 'out', rule: 'not-insurance', evidence: { score: 0 } });
  });

  it('lets a long text add only up to its cap, so the question still decides', () => {
    const body = Array.from({ length: 30 }, () => '医保 报销 起付线 统筹基金 个人账户 门诊慢特病 异地就医').join('，');
    expect(decide('这个怎么弄', body).evidence.score).toBe(rules.scope.weights.body_cap);
  });
});

describe('the labelled evaluation set', () => {
  const score = evaluateScope();

  it('has at least 250 items from the seeds and written in their style', () => {
    expect(score.items).toBeGreaterThanOrEqual(250);
  });

  it(`keeps at least ${GOALS.recall * 100} % of in-scope items and none of the seeds' off-topic ones`, () => {
    expect(score.missed.map((j) => j.title)).toEqual([]);
    expect(score.recall).toBeGreaterThanOrEqual(GOALS.recall);
    expect(score.seedOffTopicKept.map((j) => j.title)).toEqual([]);
  });
});
