import type { FlexibleCalculator, HospitalCalculator, MaternityCalculator, RateEntryBase } from '@/lib/calculators/types';

const base = (name: string, level: RateEntryBase['region']['level'], slug?: string): RateEntryBase => ({
  region: { level, name, ...(slug ? { slug } : {}) },
  validFrom: '2021-01-01',
  source: { name: `${name}的规定`, article: '第一条' },
  example: false,
  expired: false,
  at: 'rates/test.yaml:1',
});

const law = { name: '女职工劳动保护特别规定', article: '第七条' };

export const maternity: MaternityCalculator = {
  kind: 'maternity',
  title: '生育津贴计算器',
  topics: ['maternity'],
  concepts: ['maternity-allowance'],
  entries: [
    {
      ...base('全国', 'national'),
      source: law,
      days: [
        { case: 'birth', days: 98, label: '国家规定产假', source: law },
        { case: 'difficult_birth', days: 15, label: '难产增加产假', source: law },
        { case: 'extra_baby', days: 15, label: '多胞胎每多生育 1 个婴儿增加产假', source: law },
        { case: 'miscarriage_early', days: 15, label: '怀孕未满 4 个月流产产假', source: law },
        { case: 'miscarriage_late', days: 42, label: '怀孕满 4 个月流产产假', source: law },
      ],
      allowance: { divisor: 30, source: { name: '中华人民共和国社会保险法', article: '第五十六条' } },
    },
    { ...base('广东省', 'province', 'guangdong'), example: true, days: [{ case: 'birth', days: 80, label: '奖励假', source: { name: '广东省人口与计划生育条例', article: '第三十条' } }] },
  ],
};

export const hospital: HospitalCalculator = {
  kind: 'hospital',
  title: '住院报销估算',
  topics: ['reimbursement'],
  concepts: ['deductible'],
  entries: [
    {
      ...base('示例市', 'city', 'shili'),
      rows: [
        { hospitalLevel: '三级', status: '在职', deductible: 1200, ratio: 0.85 },
        { hospitalLevel: '三级', status: '退休', deductible: 1200, ratio: 0.9 },
        { hospitalLevel: '一级', status: '在职', deductible: 300, ratio: 0.92 },
      ],
      annualCap: 100000,
    },
  ],
};

export const flexible: FlexibleCalculator = {
  kind: 'flexible',
  title: '灵活就业缴费计算器',
  topics: ['flexible-employment'],
  concepts: ['flexible-employment'],
  entries: [
    {
      ...base('广东省', 'province', 'guangdong'),
      tiers: [
        { name: '60% 档', base: 4800 },
        { name: '100% 档', base: 8000 },
      ],
      items: [
        { name: '基本养老保险', rate: 0.2 },
        { name: '职工基本医疗保险', rate: 0.065 },
      ],
    },
  ],
};
