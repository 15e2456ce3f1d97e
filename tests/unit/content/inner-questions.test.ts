import { describe, expect, it } from 'vitest';
import { build, byQuestion } from './helpers';

const DISCLAIMER = '提示:本内容不能代替面诊,如有不适请尽快就医。';

function page(title: string, answer: string[]) {
  const r = build({ 'a.txt': [title, ...answer, DISCLAIMER].join('\n') });
  expect(r.report.errors).toEqual([]);
  return byQuestion(r, title);
}

const headingsOf = (html: string) => [...html.matchAll(/<h[2-4][^>]*>(.*?)<\/h[2-4]>/g)].map((m) => m[1]);

describe('questions inside an answer', () => {
  it('flattened into one paragraph, numbered, become headings over their answers', () => {
    const a = page('城乡居民大病保险政策问答', [
      '1.什么是城乡居民大病保险？城乡居民大病保险是对高额医疗费用的进一步保障。2.大病保险需要单独缴费吗？不需要，个人不用另外缴费。3.需要本人去申请吗？不需要，出院时一站式结算。',
    ]);
    expect(headingsOf(a.answerHtml)).toEqual(['什么是城乡居民大病保险？', '大病保险需要单独缴费吗？', '需要本人去申请吗？']);
    expect(a.sections.map((s) => s.title)).toEqual(['什么是城乡居民大病保险？', '大病保险需要单独缴费吗？', '需要本人去申请吗？']);
    expect(a.answerText).toContain('不需要，个人不用另外缴费。');
  });

  it('on lines of their own, numbered or not, become headings when an answer follows each', () => {
    const a = page('医保电子凭证常见问题', ['1.什么是医保电子凭证？', '医保电子凭证是医保身份识别电子介质。', '需要到政务大厅领取吗？', '不需要，可以在手机上自助激活。']);
    expect(headingsOf(a.answerHtml)).toEqual(['什么是医保电子凭证？', '需要到政务大厅领取吗？']);
  });

  it('stay text when there is only one: a rhetorical question in an ordinary answer', () => {
    const a = page('断缴后怎么办', ['断缴了怎么办？', '先补缴，再等待期满后报销。']);
    expect(headingsOf(a.answerHtml)).toEqual([]);
    expect(a.answerText).toContain('断缴了怎么办？');
  });

  it('a short plain line between their sections heads a section too, as its question siblings do', () => {
    const a = page('门诊共济怎么用', ['门诊共济是什么？', '门诊共济是把普通门诊费用纳入统筹基金支付的保障办法，参保人看门诊也能报销。', '退休人员更优惠', '退休人员的门诊报销比例比在职职工高出一些，年度限额也更高一些。', '在哪里能用？', '在开通门诊统筹的定点医院和基层医疗机构都可以直接刷卡结算。']);
    expect(headingsOf(a.answerHtml)).toEqual(['门诊共济是什么？', '退休人员更优惠', '在哪里能用？']);
  });

  it('stay text when no answer follows them: a list of questions is a list', () => {
    const a = page('常见问题有哪些', ['1.断缴怎么办？', '2.怎么补缴？', '3.等待期多久？']);
    expect(headingsOf(a.answerHtml)).toEqual([]);
  });
});
