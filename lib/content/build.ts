import { byteOrder } from '@/lib/core/order';
import { compareProblems, type Problem } from '@/lib/core/problems';
import { newLog, refuse, type Log } from './build-log';
import { cleanAcrossFiles } from './cross-file';
import { bestOccurrence, type Draft } from './drafts';
import { mergeSameSummaries } from './fold-same-summaries';
import { takeFullArticles, takeRelatedItems } from './gather';
import { buildGlossary } from './glossary';
import type { History } from './history';
import { DATA_FILES, type BuildInput } from './input';
import { findKeyPoint } from './key-point';
import { questionKey } from './parse-page';
import { readFiles, type Progress } from './read-files';
import { computeRelated } from './related';
import type { Merge, Report } from './report-types';
import { loadRules, type Rules } from './rules';
import { sameGround } from './same-ground';
import type { Division } from './regions';
import { articleSchema, type Article, type FrontMatter, type Origin, type Region, type SiteData, type Topic } from './schema';
import type { SearchWordsData } from './search-words';
import { splitShortAnswer } from './short-answer';
import { articleSlug, RESERVED_SLUGS } from './slug';
import { structureAnswer, structureExcerpt } from './structure';
import { assignTopics } from './topics';
import { typeset } from './typography';
import { detectYears } from './years';

// Scripts and tests import the content step's names from here; each is defined in the file for its job.
export { DATA_FILES, type BuildInput, type SourceFile } from './input';
export type { FileOutcome, LeftOut, Merge, OmittedLine, Report, ScopeNote } from './report-types';
export { loadRules } from './rules';
export { readPage, type Progress } from './read-files';
export { SCOPE_ANSWER_CHARS } from './gather';
export { GLOSSARY_LINKS } from './glossary';

/** `searchWords`: what the search index needs from content/ besides the records (generated/search-words.json). */
export type BuildResult = { siteData?: SiteData; searchWords?: SearchWordsData; report: Report };

/**
 * All content files → checked article records, topics, regions and the glossary, plus the report.
 * Pure: the caller reads the files and writes the result. `siteData` is absent when any error was found.
 *
 * The steps, in order: read every file · take each file's own question (scope, drafts, repeats) · take the
 * related items (scope, repeats) · fold same-summary excerpts · assemble the records · the glossary · the report.
 */
export function buildSite(input: BuildInput, onProgress?: Progress): BuildResult {
  const log = newLog(input.strict ?? false);
  const loaded = loadRules(input.data);
  const rules = loaded.rules && input.history ? { ...loaded.rules, history: input.history } : loaded.rules;
  log.errors.push(...loaded.problems);

  const files = [...input.files].sort((a, b) => byteOrder(a.path, b.path));
  const paths = files.map((f) => f.path);
  const parsed = readFiles(files, log, onProgress);
  if (rules) cleanAcrossFiles(parsed, rules.furniture);
  log.omittedLines = parsed.flatMap((p) => [...p.page.omitted].sort((a, b) => a.line - b.line).map((o) => ({ file: p.file, ...o })));
  if (!rules) return { report: finishReport(files.length, paths, log, undefined, input.history) };

  const groups = new Map<string, Draft>();
  takeFullArticles(parsed, rules, groups, log);
  takeRelatedItems(parsed, rules, groups, log);
  mergeSameSummaries(groups);
  const built = assemble(groups, rules, log);
  if (built) built.siteData.glossary = buildGlossary(built.siteData.articles, rules);

  const named = new Set(log.errors.map((e) => e.file));
  for (const f of paths) {
    if (named.has(f)) log.outcome.set(f, 'error');
    else if (!log.outcome.has(f)) log.outcome.set(f, 'published');
  }
  const report = finishReport(files.length, paths, log, built, input.history);
  if (log.errors.length > 0 || !built) return { report };
  return { siteData: built.siteData, searchWords: rules.searchWords, report };
}

type Built = { siteData: SiteData; merges: Merge[]; mergedDuplicates: number };

/** An article's text and dates, before its slug, topics, regions and links. */
type Body = Omit<Article, 'related' | 'listedBy' | 'topics' | 'regions' | 'slug'>;
type ArticleRecord = Omit<Article, 'related' | 'listedBy'> & { draft: Draft };
type SlugOwner = { where: Origin; question: string };

/**
 * Drafts → checked articles, in steps: a slug for each question · its text · its topics · its regions · the
 * alternative titles' URLs · related links · the schema check · topic and region counts.
 */
function assemble(groups: Map<string, Draft>, rules: Rules, log: Log): Built | undefined {
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

/** A slug for every question: the front matter's, else one made from the question; reserved and taken ones are errors. */
function allocateSlugs(pending: Draft[], log: Log): { ofDraft: Map<Draft, string>; ofKey: Map<string, string>; owner: Map<string, SlugOwner> } {
  const ofDraft = new Map<Draft, string>();
  const ofKey = new Map<string, string>();
  const owner = new Map<string, SlugOwner>();
  for (const d of pending) {
    const fm = d.full?.file.frontMatter;
    const where = d.full?.origin ?? d.occurrences[0]?.origin;
    if (!where) continue;
    const slug = fm?.slug ?? articleSlug(d.question);
    if (fm?.slug && RESERVED_SLUGS.has(fm.slug)) {
      refuse(log, { file: where.file, line: d.full?.file.keyLines.slug ?? 1, message: `slug \`${fm.slug}\` is reserved`, fix: 'choose another slug, or remove the `slug` line' });
      continue;
    }
    const taken = owner.get(slug);
    if (taken) {
      const problem = {
        file: where.file,
        line: where.line,
        message: `slug \`${slug}\` of \`${d.question}\` is already used by \`${taken.question}\` (${taken.where.file}:${taken.where.line})`,
        fix: 'give one of the two files a different `slug` in its front matter',
      };
      // A full answer's file is refused; a related item's clash says so without refusing the file that lists it.
      if (d.full) refuse(log, problem);
      else log.warnings.push({ ...problem, message: `left out related item: ${problem.message}` });
      continue;
    }
    owner.set(slug, { where, question: d.question });
    ofDraft.set(d, slug);
    ofKey.set(d.key, slug);
    for (const k of d.aliasKeys) ofKey.set(k, slug);
  }
  return { ofDraft, ofKey, owner };
}

/** The article's text: a full answer from its file, or an excerpt from the best of its related-list occurrences. */
function articleBody(d: Draft, rules: Rules, log: Log): Body | undefined {
  if (d.full) {
    const page = d.full.file.page;
    const fm = d.full.file.frontMatter;
    const s = structureAnswer(d.full.file.file, page.answer);
    log.warnings.push(...s.warnings);
    const keyPoint = rules.keyPoint ? findKeyPoint(rules.keyPoint, d.question, s.blocks) : undefined;
    const siteDates = siteDatesOf(d.full.file.file, fm, rules.history);
    if (fm.date || fm.updated) log.dateOverrides++;
    const changeNote = fm.change_note ?? fm.更新说明;
    return {
      kind: 'full',
      question: d.question,
      altTitles: d.altTitles,
      answerHtml: s.html,
      answerText: s.text,
      sections: s.sections,
      ...(keyPoint ? { keyPoint } : {}),
      ...(fm.date ? { date: fm.date } : {}),
      ...(siteDates ? { siteDates } : {}),
      ...(changeNote ? { changeNote } : {}),
      years: detectYears(d.question, s.text),
      origins: [d.full.origin, ...d.duplicates.map((c) => c.origin)],
    };
  }
  const best = bestOccurrence(d.occurrences);
  if (!best) return undefined;
  const split = splitShortAnswer(best.question, best.summary);
  const excerpt = structureExcerpt(split.rest);
  // An excerpt is on the site since the file it was taken from is.
  const siteDates = siteDatesOf(best.origin.file, undefined, rules.history);
  return {
    kind: 'excerpt',
    question: d.question,
    altTitles: d.altTitles,
    answerHtml: excerpt.html,
    answerText: excerpt.text,
    sections: [],
    ...(split.shortAnswer ? { shortAnswer: split.shortAnswer, keyPoint: { text: split.shortAnswer, evidence: 'short-answer' as const } } : {}),
    ...(best.source ? { source: best.source } : {}),
    ...(best.source?.date ? { date: best.source.date } : {}),
    ...(siteDates ? { siteDates } : {}),
    years: detectYears(d.question, `${split.shortAnswer ?? ''} ${split.rest}`),
    origins: d.occurrences.map((o) => o.origin),
  };
}

/**
 * 首次发布 and 本站更新于 for a page made from `file`: the front matter's `date` and `updated`, else the file's first and
 * last commit; never a file time. The update is never before the publication. Undefined when neither is known.
 */
function siteDatesOf(file: string, fm: FrontMatter | undefined, history: History | undefined): Article['siteDates'] {
  const git = history?.dates?.get(file);
  const published = fm?.date ?? git?.first;
  const latest = fm?.updated ?? git?.last;
  const updated = published !== undefined && latest !== undefined && latest < published ? published : latest;
  if (published === undefined && updated === undefined) return undefined;
  return { ...(published ? { published } : {}), ...(updated ? { updated } : {}) };
}

/** A question that came from more than one place (repeated, or under another wording) is one record; the report says so. */
function mergeOf(d: Draft, slug: string, origins: Origin[]): Merge | undefined {
  if (origins.length < 2 && d.altTitles.length === 0) return undefined;
  return { question: d.question, slug, kind: d.altTitles.length > 0 ? 'same-summary' : 'same-question', occurrences: [...origins] };
}

/** The front matter's topics (checked), else the lexicon's and the phrasings' (lib/content/topics.ts); none is an error. */
function topicsOf(d: Draft, body: Body, rules: Rules, log: Log): string[] | undefined {
  const where = body.origins[0] ?? { file: '', line: 1 };
  const fm = d.full?.file.frontMatter;
  const known = rules.topics.topics.map((t) => t.slug);
  if (fm?.topics) {
    const unknown = fm.topics.filter((t) => !known.includes(t));
    if (unknown.length === 0) return fm.topics;
    refuse(log, {
      file: where.file,
      line: d.full?.file.keyLines.topics ?? 1,
      message: `unknown topic ${unknown.map((t) => `\`${t}\``).join(', ')} in front matter`,
      fix: `use slugs from content/${DATA_FILES.topics}: ${known.join(', ')}`,
    });
    return undefined;
  }
  const topics = assignTopics(rules.topics, [d.question, ...d.altTitles].join('\n'), body.answerText);
  if (topics.length > 0) return topics;
  if (!d.full) {
    // An excerpt from someone else's related list cannot be given front matter: one such item must not stop the site.
    log.warnings.push({
      file: where.file,
      line: where.line,
      message: `left out related item \`${d.question}\`: no topic fits`,
      fix: `give one of its words a topic in content/${DATA_FILES.lexicon} or add a phrasing in content/${DATA_FILES.topics}; delete the item if it is off-topic`,
    });
    return undefined;
  }
  refuse(log, {
    file: where.file,
    line: where.line,
    message: `no topic fits \`${d.question}\``,
    fix: `give one of its words a topic in content/${DATA_FILES.lexicon}, add a phrasing in content/${DATA_FILES.topics}, or set \`topics:\` in the file's front matter`,
  });
  return undefined;
}

/** The front matter's regions (each province with its city), else those the question names; none when one is unknown. */
function regionsOf(d: Draft, rules: Rules, log: Log): Division[] | undefined {
  const fm = d.full?.file.frontMatter;
  if (!fm?.regions) return rules.regions.detect([d.question, ...d.altTitles].join('\n'));
  const where = d.full?.origin ?? { file: '', line: 1 };
  const regions: Division[] = [];
  const unknown: Problem[] = [];
  for (const name of fm.regions) {
    const r = rules.regions.resolve(name);
    if (!r) {
      unknown.push({ file: where.file, line: d.full?.file.keyLines.regions ?? 1, message: `unknown region \`${name}\` in front matter`, fix: 'write a province or city name such as 广东 or 广州市' });
      continue;
    }
    const province = rules.regions.bySlug.get(r.province);
    for (const x of [province, r]) if (x && !regions.includes(x)) regions.push(x);
  }
  refuse(log, ...unknown);
  return unknown.length > 0 ? undefined : regions;
}

/** An alias keeps the URL its question would have had; it must not shadow a real page. */
function checkAliases(records: ArticleRecord[], owner: Map<string, SlugOwner>, log: Log): void {
  for (const r of records) {
    const where = r.origins[0] ?? { file: '', line: 1 };
    for (const a of r.aliases ?? []) {
      const taken = owner.get(a.slug);
      if (taken) {
        log.errors.push({ file: where.file, line: where.line, message: `alternative title \`${a.question}\` has slug \`${a.slug}\`, already used by \`${taken.question}\``, fix: 'reword one of the questions' });
      } else owner.set(a.slug, { where, question: a.question });
    }
  }
}

/** The links each page states (its own related list; the full answers that list it), then similar questions. */
function linkRelated(records: ArticleRecord[], slugOfKey: Map<string, string>): ReturnType<typeof computeRelated> {
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

/** Questions per topic (every topic, in the file's order; an empty one is a warning) and per region (by code). */
function countListings(articles: Article[], rules: Rules, log: Log): { topics: Topic[]; regions: Region[] } {
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

function finishReport(files: number, paths: string[], log: Log, built?: Built, history?: History): Report {
  const articles = built?.siteData.articles ?? [];
  const byPlace = <T extends { file: string; line: number }>(list: T[]) => [...list].sort((a, b) => byteOrder(a.file, b.file) || a.line - b.line);
  return {
    files,
    full: articles.filter((a) => a.kind === 'full').length,
    excerpts: articles.filter((a) => a.kind === 'excerpt').length,
    drafts: log.drafts,
    mergedDuplicates: built?.mergedDuplicates ?? 0,
    merges: [...(built?.merges ?? [])].sort((a, b) => byteOrder(a.slug, b.slug)),
    leftOut: byPlace(log.leftOut),
    omittedLines: log.omittedLines,
    needsConfirmation: byPlace(log.needsConfirmation),
    borderline: byPlace(log.borderline),
    kept: byPlace(log.kept),
    refused: [...log.refused].sort(compareProblems),
    errors: [...log.errors].sort(compareProblems),
    warnings: [...log.warnings].sort(compareProblems),
    topics: (built?.siteData.topics ?? []).map((t) => ({ slug: t.slug, name: t.name, count: t.count })),
    regions: (built?.siteData.regions ?? []).map((r) => ({ slug: r.slug, name: r.name, count: r.count })),
    keyPoints: {
      summary: articles.filter((a) => a.kind === 'full' && a.keyPoint?.evidence === 'summary').length,
      direct: articles.filter((a) => a.kind === 'full' && a.keyPoint?.evidence === 'direct').length,
      none: articles.filter((a) => a.kind === 'full' && !a.keyPoint).length,
      excerptShortAnswers: articles.filter((a) => a.kind === 'excerpt' && a.keyPoint).length,
    },
    siteDates: {
      fromGit: history?.dates !== undefined,
      gitMs: Math.round(history?.ms ?? 0),
      ...(history?.note ? { note: history.note } : {}),
      dated: articles.filter((a) => a.siteDates).length,
      undated: articles.filter((a) => !a.siteDates).length,
      frontMatterOverrides: log.dateOverrides,
    },
    fileOutcomes: paths.map((file) => ({ file, outcome: log.outcome.get(file) ?? 'error' })),
  };
}
