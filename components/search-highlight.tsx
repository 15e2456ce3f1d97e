import type { Segment } from '@/lib/search/highlight';
import type { ResultView } from '@/lib/search/client';
import { ExcerptLabel, YearLabel } from '@/components/labels';

type Props = { segments: readonly Segment[] };

/** Result text with the matched parts in <mark>, built as React text nodes: index text is never HTML. */
export function Highlighted({ segments }: Props) {
  return (
    <>
      {segments.map((segment, i) =>
        segment.mark ? (
          <mark key={i} className="rounded-sm bg-accent-soft px-px font-semibold text-accent-strong">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}

type LabelsProps = { result: ResultView };

/** Topic, region and policy year of a result, and whether it is only a summary: what the topic lists show. */
export function ResultLabels({ result }: LabelsProps) {
  return (
    <span className="flex flex-wrap items-center gap-x-2 gap-y-1 text-[0.8125rem] text-muted">
      {result.excerpt ? <ExcerptLabel /> : null}
      {result.year ? <YearLabel year={result.year.value} dated={result.year.dated} /> : null}
      {result.topics.map((topic) => (
        <span key={topic} className="inline-flex items-center rounded bg-sunken px-1.5 leading-6">
          {topic}
        </span>
      ))}
      {result.regions.length > 0 ? <span>{result.regions.join('、')}</span> : null}
    </span>
  );
}
