import { formatNumber, formatPercent, formatYuan, roundYuan } from './money';
import { basisOf, entryAt, type Outcome } from './source';
import type { FlexibleCalculator } from './types';

export type FlexibleInput = { entry: number | string; tier: number | string };
export type FlexibleResult = Outcome<{ monthly: number; yearly: number }>;

/** 月缴费 = 缴费基数 × 费率, item by item (each rounded to the 分 as it is collected); 年缴费 = 月缴费 × 12. */
export function calculateFlexible(calculator: FlexibleCalculator, input: FlexibleInput): FlexibleResult {
  const entry = entryAt(calculator.entries, input.entry);
  if (!entry) return { ok: false, message: '请选择地区' };
  const tier = entryAt(entry.tiers, input.tier);
  if (!tier) return { ok: false, message: '请选择缴费档次' };
  const basis = basisOf(entry);
  const parts = entry.items.map((item) => ({ item, amount: roundYuan(tier.base * item.rate) }));
  const monthly = roundYuan(parts.reduce((sum, p) => sum + p.amount, 0));
  const yearly = roundYuan(monthly * 12);
  const lines = [
    { text: `缴费基数（${tier.name}）：${formatYuan(tier.base)}`, basis },
    ...parts.map(({ item, amount }) => ({ text: `${item.name} = ${formatNumber(tier.base)} × ${formatPercent(item.rate)} = ${formatYuan(amount)}` })),
    { text: `每月合计 ${formatYuan(monthly)}` },
    { text: `每年 = ${formatNumber(monthly)} × 12 = ${formatYuan(yearly)}` },
  ];
  return { ok: true, monthly, yearly, lines, summary: `每月 ${formatYuan(monthly)}，每年 ${formatYuan(yearly)}` };
}
