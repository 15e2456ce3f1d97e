import { byteOrder } from '@/lib/core/order';
import { bestOccurrence, type Draft } from './drafts';
import { questionKey } from './parse-page';

/**
 * Two excerpt-only questions with word-for-word the same summary are one page: the shortest wording (then the
 * first in code-point order) is canonical — a choice that depends on the questions alone, never on file order.
 */
export function mergeSameSummaries(groups: Map<string, Draft>): void {
  const bySummary = new Map<string, Draft[]>();
  for (const g of groups.values()) {
    if (g.full) continue;
    const best = bestOccurrence(g.occurrences);
    if (!best) continue;
    const key = questionKey(best.summary);
    if (key.length < 20) continue;
    const list = bySummary.get(key) ?? [];
    list.push(g);
    bySummary.set(key, list);
  }
  for (const list of bySummary.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => a.question.length - b.question.length || byteOrder(a.question, b.question));
    const [canonical, ...others] = list;
    if (!canonical) continue;
    for (const other of others) {
      canonical.altTitles.push(other.question, ...other.altTitles);
      canonical.aliasKeys.push(other.key);
      canonical.occurrences.push(...other.occurrences);
      groups.delete(other.key);
      groups.set(other.key, canonical);
    }
  }
}
