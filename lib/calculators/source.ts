import { formatDate } from '@/lib/core/dates';
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

/** What a reader is told under the result about the chosen entry: that it has expired, that it is an example, its note. */
export function entryNotice(entry: RateEntryBase): string {
  const expired = entry.expired && entry.validTo ? `这组数字的有效期到 ${formatDate(entry.validTo)}，已经过期，现在可能已经调整。` : '';
  const example = entry.example ? '示例数据，只演示计算方法，不是现行标准。' : '';
  return `${expired}${example}${entry.note ?? ''}`;
}

/** `2025年1月1日起` or `2024年1月1日至2024年12月31日`. */
export function validityText(entry: RateEntryBase): string {
  return entry.validTo ? `${formatDate(entry.validFrom)}至${formatDate(entry.validTo)}` : `${formatDate(entry.validFrom)}起`;
}
