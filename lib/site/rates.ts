import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AnyCalculator, CalculatorKind, PageCalculator, RatesData } from '@/lib/calculators/types';
import { ratesDataSchema } from '@/lib/content/rates';
import { GENERATED_DIR } from './records';

/** What the content step wrote from content/rates/*.yaml (lib/content/rates.ts), validated again as records are. */
export const RATES_FILE = path.join(GENERATED_DIR, 'rates.json');

let cached: RatesData | undefined;

export function rates(): RatesData {
  if (!cached || process.env.NODE_ENV === 'development') {
    let raw: string;
    try {
      raw = readFileSync(RATES_FILE, 'utf8');
    } catch {
      throw new Error(`${path.relative(process.cwd(), RATES_FILE)} is missing: run \`npm run content\` (or \`npm run build\`) first.`);
    }
    cached = ratesDataSchema.parse(JSON.parse(raw));
  }
  return cached;
}

export function calculatorOf(kind: CalculatorKind): AnyCalculator | undefined {
  return rates().calculators.find((c) => c.kind === kind);
}

/** The calculators an answer page shows, decided by the content step from each rate file's topics and concepts. */
export function pageCalculators(slug: string): { calculator: AnyCalculator; entry: number }[] {
  return (rates().pages[slug] ?? []).flatMap(({ kind, entry }: PageCalculator) => {
    const calculator = calculatorOf(kind);
    return calculator ? [{ calculator, entry }] : [];
  });
}

/** The calculators a topic page links to: those whose rate file names the topic. */
export function topicCalculators(topic: string): AnyCalculator[] {
  return rates().calculators.filter((c) => c.topics.includes(topic));
}

/**
 * An answer's HTML cut after its first section (before its second `<h2>`), where a calculator goes; an answer of
 * one section or none is all `before`. The HTML is rehype's, from text nodes only, so `<h2` is never inside text.
 */
export function splitAfterFirstSection(html: string): { before: string; after: string } {
  const first = html.indexOf('<h2');
  const second = first < 0 ? -1 : html.indexOf('<h2', first + 3);
  return second < 0 ? { before: html, after: '' } : { before: html.slice(0, second), after: html.slice(second) };
}
