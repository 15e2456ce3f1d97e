/** The labels a listed answer carries, on the topic and region lists and in search results alike. */
import type { ResultView } from '@/lib/search/engine/results';
import { formatYear } from '@/lib/core/dates';
import { el, type MarkupElement } from './tree';

/** Marks a cut-off summary wherever it is listed or shown. */
export function excerptTag(): MarkupElement {
  return el('span', { class: 'tag' }, '摘要');
}

/** The policy year an answer's figures describe; tinted when it is before the build year. */
export function yearTag(year: number, dated: boolean): MarkupElement {
  return el('span', { class: dated ? 'tag tag-dated' : 'tag' }, formatYear(year));
}

/** A search result's summary mark, policy year, topics and regions. */
export function resultLabels({ excerpt, year, topics, regions }: Pick<ResultView, 'excerpt' | 'year' | 'topics' | 'regions'>): MarkupElement {
  return el(
    'span',
    { class: 'flex flex-wrap items-center gap-x-2 gap-y-1 text-[0.8125rem] text-muted' },
    excerpt && excerptTag(),
    year && yearTag(year.value, year.dated),
    ...topics.map((topic) => el('span', { class: 'inline-flex items-center rounded bg-sunken px-1.5 leading-6' }, topic)),
    regions.length > 0 && el('span', {}, regions.join('、')),
  );
}
