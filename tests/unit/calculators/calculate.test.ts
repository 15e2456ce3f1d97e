import { describe, expect, it } from 'vitest';
import { calculateFlexible } from '@/lib/calculators/flexible';
import { calculateHospital } from '@/lib/calculators/hospital';
import { calculateMaternity } from '@/lib/calculators/maternity';
import { formatYuan, parseAmount, roundYuan } from '@/lib/calculators/money';
import { flexible, hospital, maternity } from './fixtures';

const birth = { wage: '8000', entry: 0, situation: 'birth', babies: 1 };

describe('生育津贴', () => {
  it('works the legal example: 8000 ÷ 30 × 98 = 26,133.33', () => {
    const r = calculateMaternity(maternity, birth);
    expect(r).toMatchObject({ ok: true, days: 98, amount: 26133.33 });
    if (!r.ok) return;
    expect(r.summary).toBe('产假 98 天，生育津贴 26,133.33 元');
    expect(r.lines.at(-1)?.text).toBe('生育津贴 = 8,000.00 ÷ 30 × 98 = 26,133.33 元');
    expect(r.lines[0]).toEqual({ text: '国家规定产假：98 天', basis: '全国 · 女职工劳动保护特别规定 第七条' });
  });

  it("works the seed article's example: 6000 ÷ 30 × 158 = 31,600 (98 + 60 days)", () => {
    const withSixty = { ...maternity, entries: [maternity.entries[0]!, { ...maternity.entries[1]!, days: [{ ...maternity.entries[1]!.days[0]!, days: 60 }] }] };
    expect(calculateMaternity(withSixty, { ...birth, wage: '6000', entry: 1 })).toMatchObject({ ok: true, days: 158, amount: 31600 });
  });

  it('adds a difficult birth, each extra baby and the region, each with its basis', () => {
    const r = calculateMaternity(maternity, { wage: '9,000', entry: 1, situation: 'difficult_birth', babies: '2' });
    expect(r).toMatchObject({ ok: true, days: 98 + 80 + 15 + 15, amount: 62400 });
    if (!r.ok) return;
    expect(r.lines.map((l) => l.text).slice(0, 4)).toEqual(['国家规定产假：98 天', '+ 奖励假：80 天', '+ 难产增加产假：15 天', '+ 多胞胎每多生育 1 个婴儿增加产假：15 天']);
    expect(r.lines[1]?.basis).toBe('广东省 · 广东省人口与计划生育条例 第三十条（示例）');
  });

  it('gives 15 and 42 days for a miscarriage, without the region’s birth days', () => {
    expect(calculateMaternity(maternity, { ...birth, entry: 1, situation: 'miscarriage_early' })).toMatchObject({ ok: true, days: 15, amount: 4000 });
    expect(calculateMaternity(maternity, { ...birth, situation: 'miscarriage_late' })).toMatchObject({ ok: true, days: 42, amount: 11200 });
  });

  it.each([
    ['', '请填写月平均工资'],
    ['0', '月平均工资是 0，请填写实际金额'],
    ['-8000', '月平均工资不能是负数'],
    ['abc', '月平均工资请只填数字，例如 8000'],
    ['1e9', '月平均工资请只填数字，例如 8000'],
    ['80000000', '月平均工资超过 1,000,000.00 元，请检查是否多输了 0'],
  ])('says what is wrong with a wage of %j, never NaN', (wage, message) => {
    expect(calculateMaternity(maternity, { ...birth, wage })).toEqual({ ok: false, message });
  });

  it('refuses an unknown region, situation or number of babies', () => {
    expect(calculateMaternity(maternity, { ...birth, entry: 9 })).toEqual({ ok: false, message: '请选择地区' });
    expect(calculateMaternity(maternity, { ...birth, situation: 'x' })).toEqual({ ok: false, message: '请选择生育情况' });
    expect(calculateMaternity(maternity, { ...birth, babies: 0 })).toEqual({ ok: false, message: '胎数请填 1 到 5' });
  });
});

describe('住院报销估算', () => {
  const stay = { total: '50000', selfPaid: '5000', entry: 0, hospitalLevel: '三级', status: '在职' };

  it("works the seed article's example: (50000 − 3000 − 2000 − 1200) × 85% = 37,230", () => {
    const r = calculateHospital(hospital, stay);
    expect(r).toMatchObject({ ok: true, deductible: 1200, pooled: 37230, personal: 12770 });
    if (r.ok) expect(r.summary).toBe('估算：起付线 1,200.00 元，统筹支付 37,230.00 元，个人负担 12,770.00 元');
  });

  it('pays nothing below the deductible and stops at the annual cap', () => {
    expect(calculateHospital(hospital, { ...stay, total: '1000', selfPaid: '' })).toMatchObject({ ok: true, pooled: 0, personal: 1000 });
    expect(calculateHospital(hospital, { ...stay, total: '500000', selfPaid: '0' })).toMatchObject({ ok: true, pooled: 100000, personal: 400000 });
  });

  it('uses the retired row and rounds to the 分', () => {
    expect(calculateHospital(hospital, { ...stay, total: '12345.67', selfPaid: '0', status: '退休' })).toMatchObject({ ok: true, pooled: 10031.1, personal: 2314.57 });
  });

  it('says what is wrong with impossible input', () => {
    expect(calculateHospital(hospital, { ...stay, total: '' })).toEqual({ ok: false, message: '请填写住院总费用' });
    expect(calculateHospital(hospital, { ...stay, selfPaid: '-1' })).toEqual({ ok: false, message: '自费和先行自付部分不能是负数' });
    expect(calculateHospital(hospital, { ...stay, selfPaid: '60000' })).toEqual({ ok: false, message: '自费和先行自付部分不能多于住院总费用' });
    expect(calculateHospital(hospital, { ...stay, hospitalLevel: '二级' })).toEqual({ ok: false, message: '示例市的费率表里没有二级医院、在职人员这一行' });
  });
});

describe('灵活就业缴费', () => {
  it('adds each item, rounded to the 分, and multiplies by 12', () => {
    const r = calculateFlexible(flexible, { entry: 0, tier: 0 });
    expect(r).toMatchObject({ ok: true, monthly: 1272, yearly: 15264 });
    if (r.ok) expect(r.lines.map((l) => l.text)).toContain('职工基本医疗保险 = 4,800.00 × 6.5% = 312.00 元');
  });

  it('refuses a tier the page never offered', () => {
    expect(calculateFlexible(flexible, { entry: 0, tier: '' })).toEqual({ ok: false, message: '请选择缴费档次' });
    expect(calculateFlexible(flexible, { entry: 3, tier: 0 })).toEqual({ ok: false, message: '请选择地区' });
  });
});

describe('money', () => {
  it('reads amounts as people type them', () => {
    expect(parseAmount('８，０００元', '工资', { max: 1e6 })).toEqual({ ok: true, value: 8000 });
    expect(parseAmount(' 8 000.5 ', '工资', { max: 1e6 })).toEqual({ ok: true, value: 8000.5 });
  });
  it('rounds half up to the 分 and groups thousands', () => {
    expect(roundYuan(1.005)).toBe(1.01);
    expect(roundYuan(26133.3333)).toBe(26133.33);
    expect(formatYuan(1234567.891)).toBe('1,234,567.89 元');
  });
});
