import { questionPath } from '@/lib/core/urls';

type Props = {
  /** The excerpts this page lists: saved along with it, they are short and what a reader opens next. */
  excerpts: readonly { slug: string }[];
};

/**
 * 「保存以便离线阅读」 on a question page, invisible until lib/islands/save-offline.ts finds a browser that can keep
 * pages offline. Invisible, not hidden, and on a row of its own: its place is kept from the first paint and
 * nothing beside it appears later, so showing it moves nothing, whatever the text size.
 */
export function SaveOffline({ excerpts }: Props) {
  return (
    <div data-island="save-offline" data-save-paths={excerpts.map((e) => questionPath(e.slug)).join(' ')} className="flex flex-wrap items-center gap-x-3 print-hidden">
      <button type="button" className="invisible inline-flex min-h-11 items-center gap-1.5 rounded-md border-2 border-line px-4 font-bold text-ink hover:bg-accent-soft">
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 shrink-0" fill="currentColor">
          <path d="M5 20h14v-2H5zm7-3 6-6-1.4-1.4-3.6 3.6V3h-2v10.2L7.4 9.6 6 11z" />
        </svg>
        保存以便离线阅读
      </button>
      <span role="status" className="text-[0.9375rem] text-muted" />
    </div>
  );
}
