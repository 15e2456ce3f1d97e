/**
 * Related questions for every record: first the links the scraped pages state (a full article's own related list
 * in page order; an excerpt's back-links to every full article that listed it), then computed similar questions
 * until a page offers at least `MIN_RELATED`. Never the page itself, never twice.
 *
 * Similarity: shared character bigrams of the question (the words Chinese questions share: 灵活就业, 起付, 共济),
 * each weighted by how rare it is (inverse document frequency), plus shared topics, city and province. Candidates come from inverted indexes, and a bigram held by
 * more than `MAX_POSTING` questions (医保, 多少) is too common to mean anything, so it is skipped: the work per
 * record stays bounded and the whole step stays near-linear in the number of records.
 *
 * Both lists are capped. In a large corpus one popular summary is named by hundreds of pages; listing them all
 * turned one excerpt page into a megabyte of links at 10,000 questions (issue 8). A reader wants a handful of good
 * next steps, and every record stays reachable from its topic and region listings.
 */
export const MIN_RELATED = 6;
/** Related links a page shows at most: a scraped page's own list (15 on the real pages) fits whole. */
export const MAX_RELATED = 24;
/** Full answers an excerpt page names as listing it, at most; the first in file order, so every build agrees. */
export const MAX_LISTED_BY = 20;
const MAX_POSTING = 400;
const FALLBACK_SCAN = 200;
const TOPIC_WEIGHT = 3;
const REGION_WEIGHT = 2;

export type RelatedInput = {
  slug: string;
  question: string;
  topics: string[];
  regions: string[];
  /** Slugs the record's own page lists, in order. */
  explicit: string[];
  /** Slugs of full articles whose related list named this record. */
  listedBy: string[];
};

export type Links = { related: string[]; listedBy: string[] };

function bigrams(text: string): Set<string> {
  const chars = Array.from(text.normalize('NFKC').replace(/[\s\p{P}\p{S}]+/gu, ''));
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(`${chars[i]}${chars[i + 1]}`);
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** `records` must be in a stable order (by slug) so ties resolve the same way in every build. */
export function computeRelated(records: RelatedInput[]): Map<string, Links> {
  const index = new Map(records.map((r, i) => [r.slug, i]));
  const grams = records.map((r) => bigrams(r.question));
  const byGram = new Map<string, number[]>();
  const byRegion = new Map<string, number[]>();
  const byTopic = new Map<string, number[]>();
  records.forEach((r, i) => {
    for (const g of grams[i] ?? []) push(byGram, g, i);
    for (const g of r.regions) push(byRegion, g, i);
    for (const t of r.topics) push(byTopic, t, i);
  });

  // Last resort for a question that shares nothing with the rest: the questions most pages link to.
  const listedCount = new Map<string, number>();
  for (const r of records) for (const s of r.explicit) listedCount.set(s, (listedCount.get(s) ?? 0) + 1);
  const popular = records
    .map((r, i) => ({ i, n: (listedCount.get(r.slug) ?? 0) + r.listedBy.length }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .slice(0, MIN_RELATED * 4)
    .map((x) => x.i);

  const result = new Map<string, Links>();
  const score = new Float64Array(records.length);
  records.forEach((r, i) => {
    const related: string[] = [];
    const seen = new Set<string>([r.slug]);
    const take = (slug: string) => {
      if (!seen.has(slug) && index.has(slug)) {
        seen.add(slug);
        related.push(slug);
      }
    };
    const listedBy = [...new Set(r.listedBy.filter((s) => s !== r.slug && index.has(s)))].slice(0, MAX_LISTED_BY);
    r.explicit.forEach(take);
    listedBy.forEach(take);

    if (related.length < MIN_RELATED) {
      const touched: number[] = [];
      const bump = (j: number, w: number) => {
        if (j === i) return;
        if (score[j] === 0) touched.push(j);
        score[j] = (score[j] ?? 0) + w;
      };
      for (const g of grams[i] ?? []) {
        const posting = byGram.get(g);
        // Rare words count most: 公费 says more about a question than 可以.
        if (posting && posting.length <= MAX_POSTING) {
          const idf = Math.log(1 + records.length / posting.length);
          for (const j of posting) bump(j, idf);
        }
      }
      // A shared topic or place counts about as much as a shared uncommon word.
      for (const g of r.regions) for (const j of (byRegion.get(g) ?? []).slice(0, FALLBACK_SCAN)) bump(j, REGION_WEIGHT);
      for (const t of r.topics) for (const j of (byTopic.get(t) ?? []).slice(0, FALLBACK_SCAN)) bump(j, TOPIC_WEIGHT);
      touched.sort((a, b) => (score[b] ?? 0) - (score[a] ?? 0) || a - b);
      for (const j of touched) {
        if (related.length >= MIN_RELATED) break;
        const other = records[j];
        if (other) take(other.slug);
      }
      for (const j of touched) score[j] = 0;
      for (const j of popular) {
        if (related.length >= MIN_RELATED) break;
        const other = records[j];
        if (other && j !== i) take(other.slug);
      }
    }
    result.set(r.slug, { related: related.slice(0, MAX_RELATED), listedBy });
  });
  return result;
}
