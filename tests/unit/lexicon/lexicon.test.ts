import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/core/problems';
import { checkLexiconTopics, parseLexicon, synonymGroups, type Lexicon } from '@/lib/lexicon/lexicon';
import { compileMatcher, compileMatcherInSteps, conceptCounts, findConcepts, matcherForms } from '@/lib/lexicon/match';

function load(text: string): Lexicon {
  const r = parseLexicon('lexicon.yaml', text);
  if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
  return r.value;
}

const problemsOf = (text: string) => {
  const r = parseLexicon('lexicon.yaml', text);
  return r.ok ? [] : r.problems.map(formatProblem);
};

describe('the shipped lexicon', () => {
  const lexicon = load(readFileSync('content/lexicon.yaml', 'utf8'));
  const topics = new Set(
    [...readFileSync('content/topics.yaml', 'utf8').matchAll(/^- slug: ([a-z0-9-]+)/gm)].map((m) => m[1] ?? ''),
  );

  it('is large enough to speak the residents’ language', () => {
    expect(lexicon.concepts.length).toBeGreaterThanOrEqual(150);
    expect(lexicon.concepts.reduce((n, c) => n + c.forms.length, 0)).toBeGreaterThanOrEqual(600);
  });

  it('names only topics that exist, and every concept has a one-line gloss', () => {
    expect(checkLexiconTopics(lexicon, topics).map(formatProblem)).toEqual([]);
    for (const c of lexicon.concepts) expect(c.gloss).not.toMatch(/\n/);
  });

  it.each([
    ['产检能报销吗', ['prenatal-examination', 'medical-reimbursement']],
    ['门特怎么申请', ['chronic-special-disease']],
    ['两病是什么', ['two-diseases']],
    ['医保码在哪里领', ['e-voucher']],
    ['外地看病回来怎么报', ['remote-care', 'manual-reimbursement']],
    ['打零工怎么交医保', ['flexible-employment', 'contribution']],
    ['个账的钱能给老婆用吗', ['personal-account']],
    ['封顶线是多少', ['payment-cap']],
    ['新农合一年交多少', ['resident-medical-insurance']],
    ['长护险怎么申请', ['long-term-care-insurance']],
    // Words that name a concept only in context (context_forms).
    ['辞职不干了医保怎么办', ['after-leaving-job', 'after-leaving-job', 'basic-medical-insurance']],
    ['城乡居民医疗保险起点是多少', ['resident-medical-insurance', 'deductible']],
    ['宝宝去年十一月出生的', ['newborn-enrolment']],
    ['没有本地户口能参加吗', ['registration-place']],
    ['辞职信怎么写', []],
    ['这个活动的门槛高吗', []],
  ])('%s → %j', (text, ids) => {
    const matcher = compileMatcher(lexicon.concepts);
    expect(findConcepts(matcher, text).map((h) => h.id)).toEqual(ids);
  });
});

const mini = `concepts:
  - id: resident
    term: 城乡居民医保
    gloss: 居民按年缴费参加的医保。
    forms: [居民医保, 新农合]
    topics: [enrolment]
    scope: core
  - id: insurance
    term: 基本医疗保险
    gloss: 国家办的医保。
    forms: [医保]
    scope: core
  - id: drg
    term: 按病种付费
    gloss: 医保向医院付费的方式。
    forms: [DRG, 12393]
    weak_forms: [打包付费]
    scope: weak
`;

describe('matcher', () => {
  const lexicon = load(mini);
  const matcher = compileMatcher(lexicon.concepts);

  it('lets the longest form win and never counts the shorter one inside it', () => {
    expect(findConcepts(matcher, '城乡居民医保和医保').map((h) => [h.id, h.form, h.start, h.end])).toEqual([
      ['resident', '城乡居民医保', 0, 6],
      ['insurance', '医保', 7, 9],
    ]);
    expect(findConcepts(matcher, '居民医保').map((h) => h.id)).toEqual(['resident']);
    expect([...conceptCounts(matcher, '医保、医保、新农合').entries()]).toEqual([
      [1, 2],
      [0, 1],
    ]);
  });

  it('folds Latin case and full width, and keeps Latin forms whole', () => {
    expect(findConcepts(matcher, 'ｄｒｇ付费').map((h) => h.id)).toEqual(['drg']);
    expect(findConcepts(matcher, 'Drg付费').map((h) => h.id)).toEqual(['drg']);
    expect(findConcepts(matcher, 'DRGS系统 和 1239300')).toEqual([]);
    expect(findConcepts(matcher, '拨打12393').map((h) => h.id)).toEqual(['drg']);
  });

  it('gives offsets into the text as written', () => {
    const text = '问：新农合？';
    const [hit] = findConcepts(matcher, text);
    expect(hit && text.slice(hit.start, hit.end)).toBe('新农合');
  });

  it('is the same built in slices, with a pause between them (the browser), as built at once', async () => {
    const shipped = load(readFileSync('content/lexicon.yaml', 'utf8')).concepts;
    const whole = compileMatcher(shipped);
    let pauses = 0;
    const stepped = await compileMatcherInSteps(shipped, async () => void (pauses += 1), 40);
    expect(pauses).toBe(Math.ceil(shipped.length / 40) - 1);
    expect(stepped.ids).toEqual(whole.ids);
    expect(stepped.formCount).toBe(whole.formCount);
    expect(matcherForms(stepped)).toEqual(matcherForms(whole));
  });

  it('reads numbers as text, keeps weak forms apart and makes synonym groups', () => {
    const drg = lexicon.concepts.find((c) => c.id === 'drg');
    expect(drg?.forms).toEqual(['DRG', '12393', '打包付费']);
    expect(drg?.weakForms).toEqual(['打包付费']);
    expect(synonymGroups(lexicon)[0]).toEqual(['城乡居民医保', '居民医保', '新农合']);
  });
});

describe('words that name a concept only in context', () => {
  const lexicon = load(`concepts:
  - id: remote-care
    term: 异地就医
    gloss: 在参保地以外看病。
    forms: [外地看病]
    context_forms:
      - words: [外地, 老家]
        with: [住院, 报销]
    scope: core
  - id: resident
    term: 城乡居民医保
    gloss: 居民按年缴费参加的医保。
    forms: [合作医疗]
    scope: core
`);
  const matcher = compileMatcher(lexicon.concepts);
  const ids = (text: string) => findConcepts(matcher, text).map((h) => `${h.id}:${h.form}`);

  it('names the concept where its clause has one of the words it needs, on either side', () => {
    expect(ids('外地的合作医疗怎么报销')).toEqual(['remote-care:外地', 'resident:合作医疗']);
    expect(ids('住院是在老家')).toEqual(['remote-care:老家']);
  });

  it('names nothing alone, nor across a clause or a spoken pause', () => {
    expect(ids('在外地上班，单位交的合作医疗')).toEqual(['resident:合作医疗']);
    expect(ids('户口在老家，孩子在这边住院')).toEqual([]);
    expect(ids('我在外地 这边住院咋报')).toEqual([]);
    expect(ids('我在外地？住院能报吗')).toEqual([]);
  });

  it('keeps the words out of the names and counts them as weak evidence, and claims them like forms', () => {
    const remote = lexicon.concepts.find((c) => c.id === 'remote-care');
    expect(remote?.forms).toEqual(['外地看病']);
    expect(remote?.weakForms).toEqual(['外地', '老家']);
    expect(problemsOf(mini.replace('    weak_forms: [打包付费]\n', '    weak_forms: [打包付费]\n    context_forms:\n      - words: [新农合]\n        with: [付费]\n'))).toEqual([
      'lexicon.yaml:19: `新农合` is a form of `按病种付费` and also of `城乡居民医保` (line 5) — a word means one concept: keep it under the concept people mean by it, delete it from the other',
    ]);
  });
});

describe('problems name the line', () => {
  it('reports a form claimed by two concepts at the second one', () => {
    expect(problemsOf(mini.replace('forms: [医保]', 'forms: [医保, 新农合]'))).toEqual([
      'lexicon.yaml:11: `新农合` is a form of `基本医疗保险` and also of `城乡居民医保` (line 5) — a word means one concept: keep it under the concept people mean by it, delete it from the other',
    ]);
  });

  it('reports repeats, bad ids, a bad strength and unknown topics', () => {
    const text = mini.replace('forms: [居民医保, 新农合]', 'forms: [居民医保, 居民医保]').replace('id: drg', 'id: Drg').replace('scope: weak', 'scope: strong');
    const problems = problemsOf(text);
    expect(problems.some((p) => p.startsWith('lexicon.yaml:5: `居民医保` is written twice'))).toBe(false);
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/^lexicon\.yaml:13: `concepts\.2\.id` is invalid/), expect.stringMatching(/^lexicon\.yaml:18: `concepts\.2\.scope` is invalid: .*core, weak, none/)]),
    );
    const fine = load(mini);
    expect(checkLexiconTopics(fine, new Set(['maternity'])).map(formatProblem)).toEqual([
      'lexicon.yaml:2: concept `城乡居民医保` names unknown topic `enrolment` — use slugs from content/topics.yaml: maternity',
    ]);
  });

  it('reports the line of a repeated form once the file is otherwise valid', () => {
    expect(problemsOf(mini.replace('forms: [居民医保, 新农合]', 'forms: [居民医保, 居民医保]'))).toEqual([
      'lexicon.yaml:5: `居民医保` is written twice for `城乡居民医保` — delete the repeated form',
    ]);
  });
});
