import { calculateFlexible } from './flexible';
import { calculateHospital } from './hospital';
import { calculateMaternity } from './maternity';
import type { Outcome } from './source';
import type { AnyCalculator } from './types';

/** The form's values by field name, as the page and the island both read them. */
export type Fields = Readonly<Record<string, string>>;

/** One entry point for the page (the first result, in server markup) and the island (every change after). */
export function calculate(calculator: AnyCalculator, fields: Fields): Outcome<object> {
  const get = (name: string) => fields[name] ?? '';
  switch (calculator.kind) {
    case 'maternity':
      return calculateMaternity(calculator, { wage: get('wage'), entry: get('entry'), situation: get('situation'), babies: get('babies') });
    case 'hospital':
      return calculateHospital(calculator, { total: get('total'), selfPaid: get('selfPaid'), entry: get('entry'), hospitalLevel: get('hospitalLevel'), status: get('status') });
    case 'flexible':
      return calculateFlexible(calculator, { entry: get('entry'), tier: get('tier') });
  }
}
