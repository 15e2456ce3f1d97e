/** What a calculator shows that the page renders first and its island re-renders on every change (components/calculator.tsx). */
import { formatYuan } from '@/lib/calculators/money';
import type { WorkingLine } from '@/lib/calculators/source';
import type { FlexibleTier } from '@/lib/calculators/types';
import { el, type MarkupElement } from './tree';

/** One line of the working, with the rule it rests on. */
export function workingLine({ text, basis }: WorkingLine): MarkupElement {
  return el('li', {}, text, basis && el('span', { class: 'calc-basis' }, `依据：${basis}`));
}

/** The choices of contribution tier for a region: its index, and its name with its base. */
export function tierChoices(tiers: readonly FlexibleTier[]): { value: string; label: string }[] {
  return tiers.map((tier, i) => ({ value: String(i), label: `${tier.name}（基数 ${formatYuan(tier.base)}）` }));
}
