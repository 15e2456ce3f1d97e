import { formatNumber, formatPercent, formatYuan, parseAmount, roundYuan } from './money';
import { basisOf, entryAt, type Outcome } from './source';
import { HOSPITAL_LEVELS, STATUSES, type HospitalCalculator } from './types';

export type HospitalInput = { total: string; selfPaid: string; entry: number | string; hospitalLevel: string; status: string };
export type HospitalResult = Outcome<{ deductible: number; pooled: number; personal: number }>;

/** One stay costing more than this is a typing slip. */
const MAX_COST = 10_000_000;

/**
 * 统筹支付 = (总费用 − 自费和先行自付 − 起付线) × 报销比例, at most the year's 最高支付限额; 个人负担 is the rest.
 * An estimate (估算): items outside the 目录, second deductibles within a year and local tiers are not modelled.
 */
export function calculateHospital(calculator: HospitalCalculator, input: HospitalInput): HospitalResult {
  const entry = entryAt(calculator.entries, input.entry);
  if (!entry) return { ok: false, message: '请选择地区' };
  const level = HOSPITAL_LEVELS.find((l) => l === input.hospitalLevel);
  const status = STATUSES.find((s) => s === input.status);
  if (!level) return { ok: false, message: '请选择医院级别' };
  if (!status) return { ok: false, message: '请选择在职或退休' };
  const total = parseAmount(input.total, '住院总费用', { max: MAX_COST });
  if (!total.ok) return total;
  const selfPaid = parseAmount(input.selfPaid.trim() === '' ? '0' : input.selfPaid, '自费和先行自付部分', { max: MAX_COST, allowZero: true });
  if (!selfPaid.ok) return selfPaid;
  if (selfPaid.value > total.value) return { ok: false, message: '自费和先行自付部分不能多于住院总费用' };
  const row = entry.rows.find((r) => r.hospitalLevel === level && r.status === status);
  if (!row) return { ok: false, message: `${entry.region.name}的费率表里没有${level}医院、${status}人员这一行` };

  const covered = roundYuan(total.value - selfPaid.value);
  const above = Math.max(0, roundYuan(covered - row.deductible));
  const uncapped = roundYuan(above * row.ratio);
  const pooled = Math.min(uncapped, entry.annualCap);
  const personal = roundYuan(total.value - pooled);
  const basis = basisOf(entry);
  const lines = [
    { text: `政策范围内费用 = ${formatNumber(total.value)} − ${formatNumber(selfPaid.value)} = ${formatYuan(covered)}` },
    { text: `起付线（${level}医院，${status}）：${formatYuan(row.deductible)}`, basis },
    above === 0
      ? { text: `费用没有超过起付线，统筹基金不支付` }
      : { text: `统筹支付 = (${formatNumber(covered)} − ${formatNumber(row.deductible)}) × ${formatPercent(row.ratio)} = ${formatYuan(uncapped)}` },
    ...(uncapped > entry.annualCap ? [{ text: `超过年度最高支付限额，按 ${formatYuan(entry.annualCap)} 计` }] : []),
    { text: `个人负担 = ${formatNumber(total.value)} − ${formatNumber(pooled)} = ${formatYuan(personal)}` },
  ];
  return { ok: true, deductible: row.deductible, pooled, personal, lines, summary: `估算：起付线 ${formatYuan(row.deductible)}，统筹支付 ${formatYuan(pooled)}，个人负担 ${formatYuan(personal)}` };
}
