import { byteOrder } from '@/lib/core/order';
import type { Log } from './build-log';
import { DATA_FILES } from './input';
import type { Rules } from './rules';
import type { Article, Region, Topic } from './schema';

/** Questions per topic (every topic, in the file's order; an empty one is a warning) and per region (by code). */
export function countListings(articles: Article[], rules: Rules, log: Log): { topics: Topic[]; regions: Region[] } {
  const topicCounts = new Map<string, number>();
  const regionCounts = new Map<string, number>();
  for (const a of articles) {
    for (const t of a.topics) topicCounts.set(t, (topicCounts.get(t) ?? 0) + 1);
    for (const g of a.regions) regionCounts.set(g, (regionCounts.get(g) ?? 0) + 1);
  }
  const topics: Topic[] = rules.topics.topics.map((t) => ({
    slug: t.slug,
    name: t.name,
    description: t.description,
    count: topicCounts.get(t.slug) ?? 0,
    ...(t.featured ? { featured: true as const } : {}),
    ...(t.searchExample ? { searchExample: t.searchExample } : {}),
  }));
  for (const t of topics) {
    if (t.count === 0) log.warnings.push({ file: DATA_FILES.topics, line: 1, message: `topic \`${t.slug}\` has no questions`, fix: 'give it to concepts in the lexicon or add phrasings, or remove it' });
  }
  const regions: Region[] = [...regionCounts.entries()]
    .flatMap(([slug, count]) => {
      const d = rules.regions.bySlug.get(slug);
      return d ? [{ slug, name: d.name, shortName: d.shortName, level: d.level, province: d.province, code: d.code, count }] : [];
    })
    .sort((a, b) => byteOrder(a.code, b.code));
  return { topics, regions };
}
