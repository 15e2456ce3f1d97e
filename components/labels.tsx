import { excerptTag, yearTag } from '@/lib/markup/labels';
import { toReact } from '@/components/markup';

/** Marks a cut-off summary wherever it is listed or shown (lib/markup/labels.ts: search results use it too). */
export function ExcerptLabel() {
  return toReact(excerptTag());
}

type Props = { year: number; dated: boolean };

/** The policy year an answer's figures describe; tinted when it is before the build year. */
export function YearLabel({ year, dated }: Props) {
  return toReact(yearTag(year, dated));
}
