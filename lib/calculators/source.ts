import type { RateEntryBase, RateSource } from './types';

/** `女职工劳动保护特别规定 第七条`: how a source is named beside a number. */
export function sourceText(source: RateSource): string {
  return source.article ? `${source.name} ${source.article}` : source.name;
}

/** One line of the working: what was added or worked out, and on what basis. */
export type WorkingLine = { text: string; basis?: string };

export type Outcome<T> = ({ ok: true; lines: WorkingLine[]; summary: string } & T) | { ok: false; message: string };

/** The item a select's value (an index) names, or undefined for a value the page never offered. */
export function entryAt<T>(list: readonly T[], index: number | string): T | undefined {
  const i = typeof index === 'number' ? index : Number(index);
  return Number.isInteger(i) && String(index).trim() !== '' ? list[i] : undefined;
}

/** The basis of a number from an entry: its source, marked 示例 when only an example. */
export function basisOf(entry: RateEntryBase, source: RateSource = entry.source): string {
  return `${sourceText(source)}${entry.example ? '（示例）' : ''}`;
}
