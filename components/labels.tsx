import { formatYear } from '@/lib/core/dates';

/** Marks a cut-off summary wherever it is listed or shown. */
export function ExcerptLabel() {
  return <span className="tag">摘要</span>;
}

type Props = { year: number; dated: boolean };

/** The policy year an answer's figures describe; tinted when it is before the build year. */
export function YearLabel({ year, dated }: Props) {
  return (
    <span className={dated ? 'tag tag-dated' : 'tag'}>
      {formatYear(year)}
    </span>
  );
}
