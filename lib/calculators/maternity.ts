import { formatNumber, formatYuan, parseAmount, roundYuan } from './money';
import { basisOf, entryAt, type Outcome, type WorkingLine } from './source';
import type { MaternityCalculator, MaternityCase, MaternityEntry } from './types';

/** What the reader chooses: 顺产, 难产, or a miscarriage before or after four months. */
export const BIRTH_SITUATIONS = [
  { value: 'birth', label: '顺产' },
  { value: 'difficult_birth', label: '难产（含剖宫产）' },
  { value: 'miscarriage_early', label: '流产（怀孕未满 4 个月）' },
  { value: 'miscarriage_late', label: '流产（怀孕满 4 个月）' },
] as const;
export type BirthSituation = (typeof BIRTH_SITUATIONS)[number]['value'];

export type MaternityInput = { wage: string; entry: number | string; situation: string; babies: number | string };
export type MaternityResult = Outcome<{ days: number; amount: number }>;

/** A monthly average wage above this is a typing slip, not a wage. */
const MAX_WAGE = 1_000_000;
const MAX_BABIES = 5;

/** The cases that count for a situation, in the order the working lists them. */
function casesFor(situation: BirthSituation, babies: number): { case: MaternityCase; times: number }[] {
  if (situation === 'miscarriage_early' || situation === 'miscarriage_late') return [{ case: situation, times: 1 }];
  return [
    { case: 'birth', times: 1 },
    ...(situation === 'difficult_birth' ? [{ case: 'difficult_birth' as const, times: 1 }] : []),
    ...(babies > 1 ? [{ case: 'extra_baby' as const, times: babies - 1 }] : []),
  ];
}

/**
 * 生育津贴 = 月平均工资 ÷ 30 × 产假天数 (社会保险法 第五十六条; the days from 女职工劳动保护特别规定 第七条, plus the
 * region's own). The amount is worked from the unrounded daily figure, as the legal examples do: 8000 ÷ 30 × 98 = 26,133.33.
 */
export function calculateMaternity(calculator: MaternityCalculator, input: MaternityInput): MaternityResult {
  const national = calculator.entries.find((e) => e.region.level === 'national');
  const chosen = entryAt(calculator.entries, input.entry);
  if (!national?.allowance) return { ok: false, message: '缺少国家规定的产假天数，无法计算' };
  if (!chosen) return { ok: false, message: '请选择地区' };
  const situation = BIRTH_SITUATIONS.find((s) => s.value === input.situation)?.value;
  if (!situation) return { ok: false, message: '请选择生育情况' };
  const babies = Number(input.babies);
  if (!Number.isInteger(babies) || babies < 1 || babies > MAX_BABIES) return { ok: false, message: `胎数请填 1 到 ${MAX_BABIES}` };
  const wage = parseAmount(String(input.wage), '月平均工资', { max: MAX_WAGE });
  if (!wage.ok) return wage;

  const entries: MaternityEntry[] = chosen === national ? [national] : [national, chosen];
  const lines: WorkingLine[] = [];
  let days = 0;
  for (const { case: kind, times } of casesFor(situation, babies)) {
    for (const entry of entries) {
      for (const rule of entry.days.filter((d) => d.case === kind)) {
        const added = rule.days * times;
        days += added;
        const label = times > 1 ? `${rule.label}：${rule.days} 天 × ${times}` : `${rule.label}：${rule.days} 天`;
        lines.push({ text: `${days === added ? '' : '+ '}${label}${times > 1 ? ` = ${added} 天` : ''}`, basis: `${entry.region.name} · ${basisOf(entry, rule.source)}` });
      }
    }
  }
  const { divisor, source } = national.allowance;
  const amount = roundYuan((wage.value * days) / divisor);
  lines.push({ text: `合计产假 ${days} 天` });
  lines.push({ text: `日津贴 = ${formatNumber(wage.value)} ÷ ${divisor} ≈ ${formatYuan(wage.value / divisor)}`, basis: basisOf(national, source) });
  lines.push({ text: `生育津贴 = ${formatNumber(wage.value)} ÷ ${divisor} × ${days} = ${formatYuan(amount)}` });
  return { ok: true, days, amount, lines, summary: `产假 ${days} 天，生育津贴 ${formatYuan(amount)}` };
}
