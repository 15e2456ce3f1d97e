import { excerptTag } from '@/lib/markup/labels';
import { toReact } from '@/components/markup';

/** Marks a cut-off summary wherever it is shown (lib/markup/labels.ts: the lists and search results use it too). */
export function ExcerptLabel() {
  return toReact(excerptTag());
}
