import type { Region } from '@/lib/content/schema';
import { catalog } from '@/lib/site/records';

type Chip = { region: Region; count: number; href: string };

/** `labelledBy`: the id of the heading that names the list. */
type Props = { chips: readonly Chip[]; labelledBy: string };

/** A row of region links with counts; used to narrow a topic by region and to list regions. */
export function RegionChips({ chips, labelledBy }: Props) {
  return (
    <ul aria-labelledby={labelledBy} className="flex flex-wrap gap-2">
      {chips.map(({ region, count, href }) => (
        <li key={region.slug}>
          <a
            href={href}
            className="inline-flex min-h-11 items-center gap-1.5 rounded-full border border-line bg-surface px-4 hover:border-accent hover:text-accent"
          >
            {catalog().regionLabel(region)}
            <span className="text-[0.875rem] text-muted">
              {count}
              <span className="sr-only"> 个问题</span>
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
