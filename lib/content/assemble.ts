import { byteOrder } from '@/lib/core/order';
import type { Problem } from '@/lib/core/problems';
import { allocateSlugs, checkAliases } from './allocate-slugs';
import { articleBody } from './article-body';
import { refuse, type Log } from './build-log';
import type { ArticleRecord, Draft } from './drafts';
import { linkRelated } from './link-related';
import { countListings } from './listings';
import type { computeRelated } from './related';
import type { Merge } from './report-types';
import type { Rules } from './rules';
import { sameGround } from './same-ground';
import { articleSchema, type Article, type Origin, type SiteData } from './schema';
import { articleSlug } from './slug';
import { regionsOf, topicsOf } from './topics-and-regions';

export type Built = { siteData: SiteData; merges: Merge[]; mergedDuplicates: number };

/**
 * Drafts → checked articles, in steps: a slug for each question · its text · its topics · its regions · the
 * alternative titles' URLs · related links · the schema check · topic and region counts.
 */
export function assemble(groups: Map<string, Draft>, rules: Rules, log: Log): Built | undefined {
  // Same-summary merges left several keys pointing at one record: each record once.
  const pending = [...new Set(groups.values())];
  const slugs = allocateSlugs(pending, log);
  const records: ArticleRecord[] = [];
  const merges: Merge[] = [];
  for (const d of pending) {
    const slug = slugs.ofDraft.get(d);
    if (slug === undefined) continue;
    const body = articleBody(d, rules, log);
    if (!body) continue;
    const topics = topicsOf(d, body, rules, log);
    const regions = topics && regionsOf(d, rules, log);
    if (!topics || !regions) {
      // Appended, so the loop takes this question again with the next file that asks it.
      if (promoteDuplicate(d, log)) pending.push(d);
      continue;
    }
    const merge = mergeOf(d, slug, body.origins);
    if (merge) merges.push(merge);
    const years = body.years;
    records.push({
      ...body,
      slug,
      ...(years.length > 0 ? { newestYear: years[years.length - 1] } : {}),
      ...(d.aliasKeys.length > 0 ? { aliases: d.altTitles.map((q) => ({ question: q, slug: articleSlug(q) })) } : {}),
      topics,
      regions: regions.map((r) => r.slug),
      draft: d,
    });
  }
  checkAliases(records, slugs.owner, log);
  records.sort((a, b) => byteOrder(a.slug, b.slug));
  const ground = sameGround(
    records.map((r) => ({ slug: r.slug, kind: r.kind, titles: [r.question, ...r.altTitles] })),
    rules.matcher,
    (c) => (rules.lexicon.concepts[c]?.topics.length ?? 0) > 0,
  );
  const articles = validate(records, linkRelated(records, slugs.ofKey), ground, log);
  const { topics, regions } = countListings(articles, rules, log);
  const mergedDuplicates = merges.reduce((n, m) => n + m.occurrences.length - 1, 0);
  return { siteData: { articles, topics, regions, glossary: [] }, merges, mergedDuplicates };
}

/** A refused file's question is answered by the next file that asks it, if there is one; the report says so. */
function promoteDuplicate(d: Draft, log: Log): boolean {
  const refused = d.full;
  const next = d.duplicates[0];
  if (!refused || !next || log.outcome.get(refused.file.file) !== 'refused') return false;
  d.duplicates.shift();
  d.full = next;
  log.warnings.push({
    file: next.file.file,
    line: next.origin.line,
    message: `the question \`${d.question}\` is published from this file: ${refused.file.file}, which asks it too, was refused`,
    fix: `fix or delete ${refused.file.file}`,
  });
  return true;
}

/** A question that came from more than one place (repeated, or under another wording) is one record; the report says so. */
function mergeOf(d: Draft, slug: string, origins: Origin[]): Merge | undefined {
  if (origins.length < 2 && d.altTitles.length === 0) return undefined;
  return { question: d.question, slug, kind: d.altTitles.length > 0 ? 'same-summary' : 'same-question', occurrences: [...origins] };
}

/** Every record through the schema the pages read; a record that fails it is an error naming its file. */
function validate(records: ArticleRecord[], related: ReturnType<typeof computeRelated>, ground: Map<string, string[]>, log: Log): Article[] {
  const articles: Article[] = [];
  for (const r of records) {
    const links = related.get(r.slug) ?? { related: [], listedBy: [] };
    const fullAnswers = ground.get(r.slug);
    const checked = articleSchema.safeParse({ ...r, draft: undefined, related: links.related, listedBy: links.listedBy, ...(fullAnswers ? { fullAnswers } : {}) });
    if (checked.success) {
      articles.push(checked.data);
      continue;
    }
    const where = r.origins[0] ?? { file: '', line: 1 };
    (r.kind === 'full' ? refuse : (l: Log, p: Problem) => l.warnings.push(p))(log, { file: where.file, line: where.line, message: `record \`${r.question}\` is invalid: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, fix: 'report this to the content-pipeline maintainers with the file' });
  }
  return articles;
}
