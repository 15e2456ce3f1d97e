import { formatYear } from '@/lib/site/format';

const label = 'inline-flex items-center rounded border px-1.5 text-[0.8125rem] leading-6 whitespace-nowrap';

/** Marks a cut-off summary wherever it is listed or shown. */
export function ExcerptLabel() {
  return <span className={`${label} border-line text-muted`}>摘要</span>;
}

type Props = { year: number; dated: boolean };

/** The policy year an answer's figures describe; tinted when it is before the build year. */
export function YearLabel({ year, dated }: Props) {
  return (
    <span className={`${label} ${dated ? 'border-notice-line bg-notice text-notice-ink' : 'border-line text-muted'}`}>
      {formatYear(year)}
    </span>
  );
}
