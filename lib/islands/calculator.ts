/**
 * A calculator (components/calculator.tsx renders it, `data-island="calculator"`): recalculates as the reader types
 * or chooses, with the same pure functions the page used for its worked example (lib/calculators/), and updates the
 * announced result, the working line by line and the notice on the chosen rates.
 */
import { calculate } from '@/lib/calculators/calculate';
import { entryNotice } from '@/lib/calculators/source';
import type { AnyCalculator } from '@/lib/calculators/types';
import { tierChoices, workingLine } from '@/lib/markup/calculator';
import { h, part, toDom } from './dom';

export function start(root: HTMLElement): void {
  // The page wrote this from generated/rates.json, which lib/site/rates.ts validated against its schema.
  const calculator = JSON.parse(root.dataset.rates ?? '') as AnyCalculator;
  const summary = part(root, '[data-calc-summary]');
  const caption = part(root, '[data-calc-caption]');
  const lines = part(root, '[data-calc-lines]');
  const notice = part(root, '[data-calc-notice]');
  const controls = [...root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[name], select[name]')];
  const field = (name: string) => controls.find((c) => c.name === name);

  const syncTiers = () => {
    const tier = field('tier');
    if (calculator.kind !== 'flexible' || !(tier instanceof HTMLSelectElement)) return;
    const entry = calculator.entries[Number(field('entry')?.value)];
    const chosen = tier.value;
    tier.replaceChildren(...tierChoices(entry?.tiers ?? []).map(({ value, label }) => h('option', { value }, label)));
    if (Number(chosen) < tier.options.length) tier.value = chosen;
  };

  const update = () => {
    const fields = Object.fromEntries(controls.map((c) => [c.name, c.value]));
    const result = calculate(calculator, fields);
    caption.textContent = '计算结果：';
    summary.textContent = result.ok ? result.summary : result.message;
    summary.classList.toggle('calc-error', !result.ok);
    lines.replaceChildren(...(result.ok ? result.lines.map((line) => toDom(workingLine(line))) : []));
    const entry = calculator.entries[Number(fields.entry)];
    const text = entry ? entryNotice(entry) : '';
    notice.textContent = text;
    notice.hidden = text === '';
  };

  root.addEventListener('input', update);
  root.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement && event.target.name === 'entry') syncTiers();
    update();
  });
}
