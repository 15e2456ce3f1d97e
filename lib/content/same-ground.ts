import { findConcepts, type ConceptMatcher } from '../lexicon/match';

/**
 * An excerpt page's onward link to full answers: the full answers whose titles name the excerpt's main concepts.
 * Main: the lexicon concepts of its title that place a question in a topic (content/lexicon.yaml `topics`; a scheme's
 * name such as 医保 or 职工医保 places none and says little about what is asked) — all of its concepts when none does —
 * each weighted by how rare it is among all titles (inverse document frequency, as related.ts weighs words), so
 * 公费医疗 decides. A full answer is on the same ground when the main concepts it shares carry at least `MIN_SHARE` of
 * the excerpt's weight. The page that merely listed the excerpt in its related list is its source, not its answer,
 * and is not counted for that.
 */
export const MIN_SHARE = 0.75;
/** Full answers an excerpt page names at most. */
export const MAX_SAME_GROUND = 3;

export type GroundInput = { slug: string; kind: 'full' | 'excerpt'; titles: readonly string[] };

/** `placesTopic(i)`: whether lexicon concept `i` gives a question a topic. */
export function sameGround(records: readonly GroundInput[], matcher: ConceptMatcher, placesTopic: (concept: number) => boolean): Map<string, string[]> {
  const concepts = records.map((r) => {
    const seen = new Set<number>();
    for (const title of r.titles) for (const hit of findConcepts(matcher, title)) seen.add(hit.concept);
    const main = [...seen].filter(placesTopic);
    return main.length > 0 ? new Set(main) : seen;
  });
  const df = new Map<number, number>();
  for (const set of concepts) for (const c of set) df.set(c, (df.get(c) ?? 0) + 1);
  const idf = (c: number) => Math.log(1 + records.length / (df.get(c) ?? 1));
  const fullBy = new Map<number, number[]>();
  records.forEach((r, i) => {
    if (r.kind !== 'full') return;
    for (const c of concepts[i] ?? []) {
      const list = fullBy.get(c) ?? [];
      list.push(i);
      fullBy.set(c, list);
    }
  });

  const out = new Map<string, string[]>();
  records.forEach((r, i) => {
    if (r.kind !== 'excerpt') return;
    const own = concepts[i] ?? new Set<number>();
    let total = 0;
    for (const c of own) total += idf(c);
    if (total === 0) return;
    const score = new Map<number, number>();
    for (const c of own) for (const j of fullBy.get(c) ?? []) score.set(j, (score.get(j) ?? 0) + idf(c));
    const found = [...score.entries()]
      .filter(([, s]) => s >= total * MIN_SHARE)
      // Most of the excerpt's weight first; then the answer about least else (its own concepts mostly shared).
      .sort(([a, sa], [b, sb]) => sb - sa || precision(b) - precision(a) || a - b)
      .slice(0, MAX_SAME_GROUND)
      .map(([j]) => records[j]?.slug ?? '')
      .filter((s) => s !== '');
    if (found.length > 0) out.set(r.slug, found);

    function precision(j: number): number {
      const theirs = concepts[j] ?? new Set<number>();
      let shared = 0;
      let all = 0;
      for (const c of theirs) {
        all += idf(c);
        if (own.has(c)) shared += idf(c);
      }
      return all === 0 ? 0 : shared / all;
    }
  });
  return out;
}
