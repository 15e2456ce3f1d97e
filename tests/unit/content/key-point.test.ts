import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { askedWords, findKeyPoint, readKeyPointRules, sentences, tidy, type KeyPointRules } from '@/lib/content/key-point';
import type { AnswerBlock } from '@/lib/content/structure';
import { articles, build, byQuestion, CONTENT_DIR, seedFiles } from './helpers';
import { buildSite } from '@/lib/content/build';
import { realData } from './helpers';

const read = readKeyPointRules(readFileSync(path.join(CONTENT_DIR, 'key-point.yaml'), 'utf8'));
if (!read.ok) throw new Error(read.problems.map((p) => p.message).join('\n'));
const rules: KeyPointRules = read.value;

const p = (text: string): AnswerBlock => ({ kind: 'paragraph', text });
const h = (text: string): AnswerBlock => ({ kind: 'heading', text });
const other: AnswerBlock = { kind: 'other', text: '' };

function page(question: string, answer: string): string {
  return `${question}\n\n${answer}\n`;
}

describe('要点 from the answer’s own words', () => {
  it('reads its rules from content/key-point.yaml, and names the line of a broken one', () => {
    expect(rules.summary_markers).toContain('综上');
    const broken = readKeyPointRules('max_chars: 120\nsummary_markers: []\ndirect_answers: []\n');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.problems[0]?.line).toBe(2);
  });

  it('splits sentences whole, closing quotes with them', () => {
    expect(sentences('可以。但要先备案！“先挂失。”然后')).toEqual(['可以。', '但要先备案！', '“先挂失。”', '然后']);
  });

  it('takes the summary sentence of the seed 医保共济缴费扣的是哪里的钱', () => {
    const a = byQuestion(build({}, true), '医保共济缴费扣的是哪里的钱');
    expect(a.keyPoint).toEqual({ evidence: 'summary', text: '综上，医保共济缴费优先扣除职工医保个人账户余额，再考虑其他家庭成员的账户，具体以当地政策为准。' });
    // Its own words: the 要点 is in the answer's text.
    expect(a.answerText).toContain(a.keyPoint?.text);
  });

  it('takes only the marked sentence of a long summary paragraph (医保减免扣的是哪里的钱)', () => {
    const a = byQuestion(build({}, true), '医保减免扣的是哪里的钱');
    expect(a.keyPoint?.evidence).toBe('summary');
    expect(a.keyPoint?.text).toBe('总结来说，医保减免扣款主要涉及个人医保账户和统筹基金，具体扣款方式取决于医保政策和个人就医情况。');
  });

  it('gives no box to a seed with no summary and no direct answer', () => {
    const a = byQuestion(build({}, true), '医保账户余额怎么缴纳医疗保险');
    expect(a.keyPoint).toBeUndefined();
  });

  it('every full answer of the real answers gets one, each a whole sentence of its text, within the cap', () => {
    const dir = path.resolve('tests/fixtures/real-answers');
    const files = ['100_f81ec6ddb30e03c7.txt', '105_a9beb0e8ca180bdd.txt', '113_a7a4614905d52856.txt'].map((f) => ({ path: f, bytes: readFileSync(path.join(dir, f)) }));
    const full = (buildSite({ files, data: realData() }).siteData?.articles ?? []).filter((a) => a.kind === 'full');
    expect(full).toHaveLength(3);
    for (const a of full) {
      expect(a.keyPoint, a.question).toBeDefined();
      expect(a.answerText).toContain(a.keyPoint?.text);
      expect(a.keyPoint?.text.length).toBeLessThanOrEqual(rules.max_chars);
      expect(a.keyPoint?.text).toMatch(/[。！？]$/);
    }
  });

  it('does not count a marker inside a heading, a list or a quote', () => {
    expect(findKeyPoint(rules, '医保卡丢了怎么办', [p('先挂失。'), h('综上所述，要尽快挂失。'), other])).toBeUndefined();
    expect(findKeyPoint(rules, '医保卡丢了怎么办', [p('先挂失。'), other, p('窗口人员常说“综上所述，要尽快挂失。”这句话。')])).toBeUndefined();
    expect(findKeyPoint(rules, '医保卡丢了怎么办', [p('“综上所述，要尽快挂失。”')])).toBeUndefined();
  });

  it('a summary that is a lead-in to a list, or too long, is no 要点 — never a cut-off one', () => {
    expect(findKeyPoint(rules, '医保卡丢了怎么办', [p('先挂失。'), p('综上，需要注意以下几点：')])).toBeUndefined();
    expect(findKeyPoint(rules, '医保卡丢了怎么办', [p(`综上，${'要尽快到窗口挂失并补办'.repeat(20)}。`)])).toBeUndefined();
  });

  it('takes the last summary paragraph, whole when it is one or two sentences', () => {
    const kp = findKeyPoint(rules, '医保卡丢了怎么办', [p('简单来说，卡是凭证。'), p('正文。'), p('总之，先挂失再补办。卡里的钱不会丢。')]);
    expect(kp).toEqual({ evidence: 'summary', text: '总之，先挂失再补办。卡里的钱不会丢。' });
  });

  it('drops only the stray spaces between Chinese characters, never a word', () => {
    const a = byQuestion(build({}, true), '医保个人账户共济是怎么回事');
    expect(a.keyPoint?.text).toBe('医保个人账户共济是指职工医保的个人账户资金，以前仅限职工本人使用，现在可以给家庭成员使用。');
    expect(tidy('按 2024 年标准 3 元，DRG 付费')).toBe('按 2024 年标准 3 元，DRG 付费');
  });

  it('knows which answer word a question asks for', () => {
    expect(askedWords(rules, '广州的公费医疗能在佛山用吗').map((a) => a.word)).toContain('能');
    expect(askedWords(rules, '医保卡可不可以借给别人').map((a) => a.word)).toEqual(['可以']);
    expect(askedWords(rules, '异地就医需不需要备案').map((a) => a.word)).toContain('需要');
    expect(askedWords(rules, '医保共济缴费扣的是哪里的钱')).toEqual([]);
  });

  it('takes a direct answer near the start: an opening answer word, with its next sentence when it is bare', () => {
    expect(findKeyPoint(rules, '广州的公费医疗能在佛山用吗', [p('可以。广州市公费医疗人员在佛山定点医院就医可以直接结算。具体如下：'), other])).toEqual({
      evidence: 'direct',
      text: '可以。广州市公费医疗人员在佛山定点医院就医可以直接结算。',
    });
    expect(findKeyPoint(rules, '异地就医需不需要备案', [p('不需要提前备案的情况很少，一般都要先备案。')])?.evidence).toBe('direct');
    // Repeating the question's words with the answer word counts too.
    expect(findKeyPoint(rules, '广州的公费医疗能在佛山用吗', [p('广州的公费医疗在佛山可以使用，但要先办理备案。')])?.text).toBe('广州的公费医疗在佛山可以使用，但要先办理备案。');
  });

  it('no direct answer when the opening does not answer: a restated question, a common word, a late sentence', () => {
    expect(findKeyPoint(rules, '生完孩子还能领生育津贴吗', [p('生完孩子还能领生育津贴吗'), other])).toBeUndefined();
    expect(findKeyPoint(rules, '断缴有没有影响', [p('有些地方规定不同。')])).toBeUndefined();
    expect(findKeyPoint(rules, '广州的公费医疗能在佛山用吗', [h('一、政策'), p('可以。')])).toBeUndefined();
    expect(findKeyPoint(rules, '广州的公费医疗能在佛山用吗', [p('政策如下。'), p('具体说明。'), p('可以。')])).toBeUndefined();
  });

  it('an answer that opens by completing its question’s words answers a wh-question (医保个人账户共济是怎么回事)', () => {
    const a = byQuestion(build({}, true), '医保个人账户共济是怎么回事');
    expect(a.keyPoint?.evidence).toBe('direct');
    expect(a.keyPoint?.text.startsWith('医保个人账户共济是指')).toBe(true);
  });

  it('an excerpt’s split-off short answer is its 要点: one box, not two', () => {
    const all = articles(buildSite({ files: seedFiles(), data: realData() }));
    const withShort = all.filter((a) => a.shortAnswer);
    expect(withShort.length).toBeGreaterThan(0);
    for (const a of withShort) expect(a.keyPoint).toEqual({ text: a.shortAnswer, evidence: 'short-answer' });
  });

  it('without key-point.yaml no answer gets a 要点', () => {
    const data = { ...realData() };
    delete data.keyPoint;
    const all = articles(buildSite({ files: seedFiles(), data }));
    expect(all.filter((a) => a.kind === 'full' && a.keyPoint)).toEqual([]);
  });

  it('a page with a 综上 only in its question text gets none', () => {
    const a = byQuestion(build({ 'x.txt': page('综上所述的医保报销怎么算', '报销按比例计算，各地不同。\n\n具体看当地政策。') }), '综上所述的医保报销怎么算');
    expect(a.keyPoint).toBeUndefined();
  });
});
