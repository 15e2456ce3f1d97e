/** A topic as a link with its number of questions: how /search/ offers topics to browse, and those nearest a query. */
import type { TopicLink } from '@/lib/search/engine/protocol';
import { topicPath } from '@/lib/core/urls';
import { el, type MarkupElement } from './tree';

/** The count beside a topic's name, wherever one is listed. */
export function questionCount(count: number): string {
  return `${count} 个问题`;
}

/** A list item: the topic's name and count on one line, the whole tile a link. */
export function topicTile({ slug, name, count }: TopicLink): MarkupElement {
  return el(
    'li',
    {},
    el(
      'a',
      { href: topicPath(slug), class: 'flex min-h-11 items-center justify-between rounded-md border border-line bg-surface px-4 hover:bg-accent-soft' },
      el('span', { class: 'text-accent' }, name),
      el('span', { class: 'text-[0.875rem] text-muted' }, questionCount(count)),
    ),
  );
}
