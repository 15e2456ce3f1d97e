import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/core/problems';
import { loadRateFiles } from '@/lib/content/load';
import { buildRates, entryForRegions } from '@/lib/content/rates';
import type { Article, SiteData } from '@/lib/content/schema';

const lexicon = readFileSync('content/lexicon.yaml', 'utf8');
const topics = ['maternity', 'reimbursement', 'flexible-employment', 'contributions'].map((slug) => ({ slug, name: slug, description: '', count: 1 }));
const regions: SiteData['regions'] = [
  { slug: 'guangdong', name: '广东省', shortName: '广东', level: 'province', province: 'guangdong', code: '44', count: 1 },
  { slug: 'guangzhou', name: '广州市', shortName: '广州', level: 'city', province: 'guangdong', code: '4401', count: 1 },
];
const article = (slug: string, question: string, topicSlugs: string[], regionSlugs: string[] = []): Article => ({
  slug,
  kind: 'full',
  question,
  altTitles: [],
  answerHtml: '',
  answerText: question,
  sections: [],
  years: [],
  topics: topicSlugs,
  regions: regionSlugs,
  related: [],
  listedBy: [],
  origins: [{ file: `${slug}.txt`, line: 1 }],
});
const site: SiteData = {
  topics,
  regions,
  articles: [
    article('guangzhou-allowance', '广州生育津贴怎么算', ['maternity'], ['guangzhou']),
    article('allowance', '生育津贴怎么算', ['maternity']),
    article('maternity-card', '生育怎么办卡', ['maternity']),
    article('deductible', '住院起付线是多少', ['reimbursement']),
  ],
};
const real = loadRateFiles('content');
const TODAY = '2026-06-01';

describe('content/rates/*.yaml', () => {
  it('reads the rate files the site ships, with every number sourced', () => {
    const { data, errors } = buildRates(real, site, lexicon, TODAY);
    expect(errors).toEqual([]);
    expect(data?.calculators.map((c) => c.kind)).toEqual(['maternity', 'hospital', 'flexible']);
    const national = data?.calculators[0]?.entries[0];
    expect(national?.region.level).toBe('national');
    expect(national && 'days' in national ? national.days.map((d) => `${d.case} ${d.days} ${d.source.article}`) : []).toEqual([
      'birth 98 第七条',
      'difficult_birth 15 第七条',
      'extra_baby 15 第七条',
      'miscarriage_early 15 第七条',
      'miscarriage_late 42 第七条',
    ]);
  });

  it('warns, naming file:line, about a rate past its valid_to', () => {
    const { warnings, data } = buildRates(real, site, lexicon, TODAY);
    const lines = readFileSync('content/rates/hospital.yaml', 'utf8').split('\n');
    const sichuan = warnings.find((w) => w.file === 'rates/hospital.yaml');
    expect(sichuan && lines[sichuan.line - 1]).toContain('valid_to: 2024-12-31');
    expect(sichuan && formatProblem(sichuan)).toMatch(/^rates\/hospital\.yaml:\d+: 四川省's rates ended on 2024-12-31 \(valid_to\)/);
    expect(data?.calculators[1]?.entries.find((e) => e.region.name === '四川省')?.expired).toBe(true);
    expect(data?.calculators[1]?.entries.find((e) => e.region.name === '广州市')?.expired).toBe(false);
  });

  it('shows a calculator on answers whose topic and concepts match, starting on the region the page names', () => {
    const { data } = buildRates(real, site, lexicon, TODAY);
    const guangdong = data?.calculators[0]?.entries.findIndex((e) => e.region.slug === 'guangdong');
    expect(data?.pages['guangzhou-allowance']).toEqual([{ kind: 'maternity', entry: guangdong }]);
    expect(data?.pages['allowance']).toEqual([{ kind: 'maternity', entry: 0 }]);
    expect(data?.pages['maternity-card']).toBeUndefined();
    expect(data?.pages['deductible']?.map((p) => p.kind)).toEqual(['hospital']);
  });

  it('reports a broken number, reversed dates, an unknown topic and a second file, each on its line', () => {
    const file = (body: string) => ({ path: 'rates/bad.yaml', text: body });
    const hospital = (extra: string) =>
      file(`calculator: hospital\ntitle: t\ntopics: [${extra || 'reimbursement'}]\nentries:\n  - region: { level: city, name: 示例市, slug: shili }\n    valid_from: 2025-01-01\n    valid_to: ${extra ? '2026-01-01' : '2024-01-01'}\n    source: { name: 示例 }\n    rows:\n      - { hospital_level: 三级, status: 在职, deductible: 1200, ratio: ${extra ? 0.85 : 1.5} }\n    annual_cap: 1000\n`);
    const ratio = buildRates([hospital('')], site, lexicon, TODAY).errors.map(formatProblem);
    expect(ratio).toEqual([expect.stringMatching(/^rates\/bad\.yaml:10: `entries\.0\.rows\.0\.ratio` is invalid/)]);
    const dates = buildRates([{ ...hospital(''), text: hospital('').text.replace('ratio: 1.5', 'ratio: 0.5') }], site, lexicon, TODAY).errors.map(formatProblem);
    expect(dates).toEqual(['rates/bad.yaml:7: 示例市: valid_to 2024-01-01 is before valid_from 2025-01-01 — swap or correct the dates']);
    const topic = buildRates([hospital('nowhere')], site, lexicon, TODAY).errors.map(formatProblem);
    expect(topic).toEqual(['rates/bad.yaml:3: topic `nowhere` is not in content/topics.yaml — use a slug from content/topics.yaml']);
    const twice = buildRates([...real, { path: 'rates/zz.yaml', text: readFileSync('content/rates/hospital.yaml', 'utf8') }], site, lexicon, TODAY).errors;
    expect(twice.map((p) => `${p.file}:${p.line}`)).toEqual([expect.stringMatching(/^rates\/zz\.yaml:\d+$/)]);
  });
});

describe('entryForRegions', () => {
  const entry = (slug: string | undefined, validFrom: string, expired = false) => ({
    region: slug ? { level: 'province' as const, name: slug, slug } : { level: 'national' as const, name: '全国' },
    validFrom,
    source: { name: 's' },
    example: false,
    expired,
    at: 'x:1',
  });
  it('prefers the region, then its province, then national; in force before expired, newest first', () => {
    const entries = [entry(undefined, '2012-01-01'), entry('guangdong', '2024-01-01', true), entry('guangdong', '2025-01-01'), entry('guangzhou', '2020-01-01', true)];
    expect(entryForRegions(entries, [{ slug: 'guangdong', province: 'guangdong' }])).toBe(2);
    expect(entryForRegions(entries, [{ slug: 'guangzhou', province: 'guangdong' }])).toBe(3);
    expect(entryForRegions(entries, [{ slug: 'foshan', province: 'guangdong' }])).toBe(2);
    expect(entryForRegions(entries, [])).toBe(0);
  });
});
