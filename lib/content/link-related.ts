import type { ArticleRecord } from './drafts';
import { questionKey } from './parse-page';
import { computeRelated } from './related';
import { typeset } from './typography';

/** The links each page states (its own related list; the full answers that list it), then similar questions. */
export function linkRelated(records: ArticleRecord[], slugOfKey: Map<string, string>): ReturnType<typeof computeRelated> {
  // A question given a slug but left out later (an excerpt no topic fits) is linked from nowhere.
  const published = new Set(records.map((r) => r.slug));
  const linkable = (key: string) => {
    const slug = slugOfKey.get(key);
    return slug !== undefined && published.has(slug) ? slug : undefined;
  };
  return computeRelated(
    records.map((r) => {
      const explicit: string[] = [];
      const listedBy: string[] = [];
      for (const item of r.draft.full?.file.page.related ?? []) {
        const s = linkable(questionKey(typeset(item.title)));
        if (s) explicit.push(s);
      }
      for (const o of r.draft.occurrences) {
        const s = linkable(o.listedBy);
        if (s) listedBy.push(s);
      }
      return { slug: r.slug, question: [r.question, ...r.altTitles].join(' '), topics: r.topics, regions: r.regions, explicit, listedBy };
    }),
  );
}
