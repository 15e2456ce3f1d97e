import { readDataFile } from './data-file';
import { decodeContent } from './decode';
import { readFrontMatter } from './front-matter';
import { parsePage, questionKey, type Page } from './parse-page';
import { compareProblems, type Problem } from './problems';
import { computeRelated } from './related';
import { regionMatcher, regionSettingsSchema, type Division, type RegionMatcher } from './regions';
import { articleSchema, type Article, type FrontMatter, type Origin, type Region, type SiteData, type Topic } from './schema';
import { compileScope, decideScope, scopeFileSchema, type ScopeRules } from './scope';
import { splitShortAnswer } from './short-answer';
import { articleSlug, RESERVED_SLUGS } from './slug';
import { structureAnswer, structureExcerpt } from './structure';
import { assignTopics, compileTopics, topicsFileSchema, type TopicRule } from './topics';
import { typeset } from './typography';
import { detectYears } from './years';

/** The editor-maintained data files, by their path relative to content/. */
export const DATA_FILES = { topics: 'topics.yaml', scope: 'scope.yaml', regions: 'regions.yaml' } as const;

/** `size` is the file's real size when `bytes` holds only its beginning (an oversized file is never read whole). */
export type SourceFile = { path: string; bytes: Uint8Array; size?: number };
export type BuildInput = { files: SourceFile[]; data: { topics: string; scope: string; regions: string } };

export type LeftOut = { file: string; line: number; question: string; rule: string; reason: string };
/** A line of a file's answer part that is not on its page (a disclaimer, page chrome), and why. */
export type OmittedLine = { file: string; line: number; text: string; reason: string };
export type Merge = { question: string; slug: string; kind: 'same-question' | 'same-summary'; occurrences: Origin[] };

export type Report = {
  files: number;
  full: number;
  excerpts: number;
  drafts: { file: string; question: string }[];
  /** Occurrences folded into another record: repeated questions and same-summary alternative titles. */
  mergedDuplicates: number;
  merges: Merge[];
  leftOut: LeftOut[];
  /** Every line between a question and its related list that is not published, with the reason. */
  omittedLines: OmittedLine[];
  errors: Problem[];
  warnings: Problem[];
  topics: { slug: string; name: string; count: number }[];
  regions: { slug: string; name: string; count: number }[];
  /** Every input file and what became of it, so no file is ever dropped silently. */
  fileOutcomes: { file: string; outcome: 'published' | 'draft' | 'error' }[];
};

export type BuildResult = { siteData?: SiteData; report: Report };

type Rules = { topics: TopicRule[]; scope: ScopeRules; regions: RegionMatcher };

type ParsedFile = { file: string; frontMatter: FrontMatter; keyLines: Partial<Record<keyof FrontMatter, number>>; page: Page };

type FullCandidate = { question: string; key: string; file: ParsedFile; origin: Origin };
type ExcerptOccurrence = { question: string; summary: string; source?: { name: string; date?: string }; origin: Origin; listedBy: string };

/** A record before slugs, structure and links are decided. */
type Draft = {
  key: string;
  question: string;
  full?: FullCandidate;
  duplicates: FullCandidate[];
  occurrences: ExcerptOccurrence[];
  altTitles: string[];
  aliasKeys: string[];
};

export function loadRules(data: BuildInput['data']): { rules?: Rules; problems: Problem[] } {
  const problems: Problem[] = [];
  const topicsFile = readDataFile(DATA_FILES.topics, data.topics, topicsFileSchema);
  const scopeFile = readDataFile(DATA_FILES.scope, data.scope, scopeFileSchema);
  const regionsFile = readDataFile(DATA_FILES.regions, data.regions, regionSettingsSchema);
  const topics = topicsFile.ok ? compileTopics(DATA_FILES.topics, topicsFile.value) : topicsFile;
  const scope = scopeFile.ok ? compileScope(DATA_FILES.scope, scopeFile.value) : scopeFile;
  for (const r of [topics, scope, regionsFile]) if (!r.ok) problems.push(...r.problems);
  if (!topics.ok || !scope.ok || !regionsFile.ok) return { problems };
  return { rules: { topics: topics.value, scope: scope.value, regions: regionMatcher(regionsFile.value) }, problems };
}

/** Reads one file's bytes into a page, or the problems that stop it. */
export function readPage(file: string, bytes: Uint8Array, size = bytes.length): { parsed?: ParsedFile; problems: Problem[]; warnings: Problem[] } {
  const decoded = decodeContent(file, bytes, size);
  if (!decoded.ok) return { problems: decoded.problems, warnings: [] };
  const fm = readFrontMatter(file, decoded.value.text);
  if (!fm.ok) return { problems: fm.problems, warnings: [] };
  const page = parsePage(file, fm.value.body, fm.value.bodyLineOffset);
  if (!page.ok) return { problems: page.problems, warnings: [] };
  return { parsed: { file, frontMatter: fm.value.frontMatter, keyLines: fm.value.keyLines, page: page.value }, problems: [], warnings: page.value.warnings };
}

export type Progress = (done: number, total: number) => void;

/**
 * All content files → checked article records, topics and regions, plus the report.
 * Pure: the caller reads the files and writes the result. `siteData` is absent when any error was found.
 */
export function buildSite(input: BuildInput, onProgress?: Progress): BuildResult {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const { rules, problems: ruleProblems } = loadRules(input.data);
  errors.push(...ruleProblems);

  const files = [...input.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const outcome = new Map<string, 'published' | 'draft' | 'error'>();
  const parsed: ParsedFile[] = [];
  files.forEach((f, i) => {
    const r = readPage(f.path, f.bytes, f.size);
    errors.push(...r.problems);
    warnings.push(...r.warnings);
    if (r.parsed) parsed.push(r.parsed);
    else outcome.set(f.path, 'error');
    if (onProgress && (i + 1) % 1000 === 0) onProgress(i + 1, files.length);
  });

  const omittedLines = parsed.flatMap((p) => p.page.omitted.map((o) => ({ file: p.file, ...o })));
  if (!rules) return { report: finishReport({ files: files.length, errors, warnings, outcome, paths: files.map((f) => f.path), omittedLines }) };

  const leftOut: LeftOut[] = [];
  const drafts: Report['drafts'] = [];
  const groups = new Map<string, Draft>();
  const group = (key: string, question: string): Draft => {
    let g = groups.get(key);
    if (!g) {
      g = { key, question, duplicates: [], occurrences: [], altTitles: [], aliasKeys: [] };
      groups.set(key, g);
    }
    return g;
  };

  for (const p of parsed) {
    const question = typeset(p.frontMatter.title ?? p.page.question);
    const origin = { file: p.file, line: p.page.questionLine };
    const scope = decideScope(rules.scope, question);
    if (!scope.kept) {
      errors.push({
        file: p.file,
        line: p.page.questionLine,
        message: `the question \`${question}\` is out of the site's scope (${scope.reason})`,
        fix: `delete the file, or adjust rule \`${scope.rule}\` in content/${DATA_FILES.scope}`,
      });
      outcome.set(p.file, 'error');
      continue;
    }
    if (p.frontMatter.draft) {
      drafts.push({ file: p.file, question });
      continue;
    }
    const key = questionKey(question);
    const g = group(key, question);
    const candidate: FullCandidate = { question, key, file: p, origin };
    if (!g.full) {
      g.full = candidate;
      g.question = question;
    } else {
      g.duplicates.push(candidate);
      warnings.push({
        file: p.file,
        line: p.page.questionLine,
        message: `the question \`${question}\` is also the question of ${g.full.file.file}; that file's answer is published`,
        fix: 'delete one of the two files, or reword one question',
      });
    }
  }
  for (const p of parsed) {
    if (p.frontMatter.draft || outcome.get(p.file) === 'error') continue;
    const listedBy = questionKey(typeset(p.frontMatter.title ?? p.page.question));
    const seenHere = new Set<string>();
    for (const item of p.page.related) {
      const question = typeset(item.title);
      const scope = decideScope(rules.scope, question);
      if (!scope.kept) {
        leftOut.push({ file: p.file, line: item.line, question, rule: scope.rule, reason: scope.reason });
        continue;
      }
      const key = questionKey(question);
      if (key === listedBy) continue;
      if (seenHere.has(key)) {
        warnings.push({ file: p.file, line: item.line, message: `related item \`${question}\` appears twice in this list`, fix: 'delete the repeated item' });
      }
      seenHere.add(key);
      group(key, question).occurrences.push({
        question,
        summary: item.summary,
        ...(item.source ? { source: item.source } : {}),
        origin: { file: p.file, line: item.line },
        listedBy,
      });
    }
  }

  mergeSameSummaries(groups);

  const built = assemble(groups, rules, errors, warnings);
  const named = new Set(errors.map((e) => e.file));
  const draftFiles = new Set(drafts.map((d) => d.file));
  for (const f of files) {
    if (named.has(f.path)) outcome.set(f.path, 'error');
    else if (!outcome.has(f.path)) outcome.set(f.path, draftFiles.has(f.path) ? 'draft' : 'published');
  }
  const report = finishReport({ files: files.length, errors, warnings, outcome, paths: files.map((f) => f.path), drafts, leftOut, omittedLines, built });
  if (errors.length > 0 || !built) return { report };
  return { siteData: built.siteData, report };
}

/** The excerpt text chosen for a question listed several times: the newest, then the longest summary. */
function bestOccurrence(occurrences: ExcerptOccurrence[]): ExcerptOccurrence | undefined {
  return [...occurrences].sort(
    (a, b) =>
      (b.source?.date ?? '').localeCompare(a.source?.date ?? '') ||
      b.summary.length - a.summary.length ||
      (a.summary < b.summary ? -1 : a.summary > b.summary ? 1 : 0),
  )[0];
}

/**
 * Two excerpt-only questions with word-for-word the same summary are one page: the shortest wording (then the
 * first in code-point order) is canonical — a choice that depends on the questions alone, never on file order.
 */
function mergeSameSummaries(groups: Map<string, Draft>): void {
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
    list.sort((a, b) => a.question.length - b.question.length || (a.question < b.question ? -1 : 1));
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

type Built = { siteData: SiteData; merges: Merge[]; mergedDuplicates: number };

function assemble(groups: Map<string, Draft>, rules: Rules, errors: Problem[], warnings: Problem[]): Built | undefined {
  // Same-summary merges left several keys pointing at one record: each record once.
  const pending = [...new Set(groups.values())];
  const slugOwner = new Map<string, { where: Origin; question: string }>();
  const slugOfKey = new Map<string, string>();
  const records: (Omit<Article, 'related' | 'listedBy'> & { draft: Draft })[] = [];
  const merges: Merge[] = [];
  let mergedDuplicates = 0;
  const topicNames = new Set(rules.topics.map((t) => t.slug));

  for (const d of pending) {
    const fm = d.full?.file.frontMatter;
    const keyLine = (key: keyof FrontMatter) => d.full?.file.keyLines[key] ?? 1;
    const where = d.full?.origin ?? d.occurrences[0]?.origin;
    if (!where) continue;
    const slug = fm?.slug ?? articleSlug(d.question);
    if (fm?.slug && RESERVED_SLUGS.has(fm.slug)) {
      errors.push({ file: where.file, line: keyLine('slug'), message: `slug \`${fm.slug}\` is reserved`, fix: 'choose another slug, or remove the `slug` line' });
      continue;
    }
    const owner = slugOwner.get(slug);
    if (owner) {
      errors.push({
        file: where.file,
        line: where.line,
        message: `slug \`${slug}\` of \`${d.question}\` is already used by \`${owner.question}\` (${owner.where.file}:${owner.where.line})`,
        fix: 'give one of the two files a different `slug` in its front matter',
      });
      continue;
    }
    slugOwner.set(slug, { where, question: d.question });
    slugOfKey.set(d.key, slug);
    for (const k of d.aliasKeys) slugOfKey.set(k, slug);

    const origins: Origin[] = [];
    let article: Omit<Article, 'related' | 'listedBy' | 'topics' | 'regions' | 'slug'>;
    if (d.full) {
      const page = d.full.file.page;
      const s = structureAnswer(d.full.file.file, page.answer);
      warnings.push(...s.warnings);
      origins.push(d.full.origin, ...d.duplicates.map((c) => c.origin));
      article = {
        kind: 'full',
        question: d.question,
        altTitles: d.altTitles,
        answerHtml: s.html,
        answerText: s.text,
        sections: s.sections,
        ...(fm?.date ? { date: fm.date } : {}),
        years: detectYears(d.question, s.text),
        origins,
      };
    } else {
      const best = bestOccurrence(d.occurrences);
      if (!best) continue;
      const split = splitShortAnswer(best.question, best.summary);
      const excerpt = structureExcerpt(split.rest);
      origins.push(...d.occurrences.map((o) => o.origin));
      article = {
        kind: 'excerpt',
        question: d.question,
        altTitles: d.altTitles,
        answerHtml: excerpt.html,
        answerText: excerpt.text,
        sections: [],
        ...(split.shortAnswer ? { shortAnswer: split.shortAnswer } : {}),
        ...(best.source ? { source: best.source } : {}),
        ...(best.source?.date ? { date: best.source.date } : {}),
        years: detectYears(d.question, `${split.shortAnswer ?? ''} ${split.rest}`),
        origins,
      };
    }
    const repeated = origins.length - 1;
    if (repeated > 0 || d.altTitles.length > 0) {
      mergedDuplicates += repeated;
      merges.push({ question: d.question, slug, kind: d.altTitles.length > 0 ? 'same-summary' : 'same-question', occurrences: [...origins] });
    }

    let topics: string[];
    if (fm?.topics) {
      const unknown = fm.topics.filter((t) => !topicNames.has(t));
      if (unknown.length > 0) {
        errors.push({ file: where.file, line: keyLine('topics'), message: `unknown topic ${unknown.map((t) => `\`${t}\``).join(', ')} in front matter`, fix: `use slugs from content/${DATA_FILES.topics}: ${[...topicNames].join(', ')}` });
        continue;
      }
      topics = fm.topics;
    } else topics = assignTopics(rules.topics, [d.question, ...d.altTitles].join('\n'), article.answerText);
    if (topics.length === 0) {
      errors.push({
        file: where.file,
        line: where.line,
        message: `no topic fits \`${d.question}\``,
        fix: `add a matching pattern to a topic in content/${DATA_FILES.topics}, or set \`topics:\` in the file's front matter`,
      });
      continue;
    }

    let regions: Division[];
    if (fm?.regions) {
      regions = [];
      for (const name of fm.regions) {
        const r = rules.regions.resolve(name);
        if (!r) errors.push({ file: where.file, line: keyLine('regions'), message: `unknown region \`${name}\` in front matter`, fix: 'write a province or city name such as 广东 or 广州市' });
        else {
          const province = rules.regions.bySlug.get(r.province);
          for (const x of [province, r]) if (x && !regions.includes(x)) regions.push(x);
        }
      }
    } else regions = rules.regions.detect([d.question, ...d.altTitles].join('\n'));

    const years = article.years;
    records.push({
      ...article,
      slug,
      ...(years.length > 0 ? { newestYear: years[years.length - 1] } : {}),
      ...(d.aliasKeys.length > 0 ? { aliases: d.altTitles.map((q) => ({ question: q, slug: articleSlug(q) })) } : {}),
      topics,
      regions: regions.map((r) => r.slug),
      draft: d,
    });
  }
  // An alias keeps the URL its question would have had; it must not shadow a real page.
  for (const r of records) {
    for (const a of r.aliases ?? []) {
      const owner = slugOwner.get(a.slug);
      if (owner) {
        errors.push({ file: r.origins[0]?.file ?? '', line: r.origins[0]?.line ?? 1, message: `alternative title \`${a.question}\` has slug \`${a.slug}\`, already used by \`${owner.question}\``, fix: 'reword one of the questions' });
      } else slugOwner.set(a.slug, { where: r.origins[0] ?? { file: '', line: 1 }, question: a.question });
    }
  }

  records.sort((a, b) => (a.slug < b.slug ? -1 : 1));
  const related = computeRelated(
    records.map((r) => {
      const explicit: string[] = [];
      const listedBy: string[] = [];
      if (r.draft.full) {
        for (const item of r.draft.full.file.page.related) {
          const s = slugOfKey.get(questionKey(typeset(item.title)));
          if (s) explicit.push(s);
        }
      }
      for (const o of r.draft.occurrences) {
        const s = slugOfKey.get(o.listedBy);
        if (s) listedBy.push(s);
      }
      return { slug: r.slug, question: [r.question, ...r.altTitles].join(' '), topics: r.topics, regions: r.regions, explicit, listedBy };
    }),
  );

  const articles: Article[] = [];
  for (const r of records) {
    const links = related.get(r.slug) ?? { related: [], listedBy: [] };
    const candidate: unknown = { ...r, draft: undefined, related: links.related, listedBy: links.listedBy };
    const checked = articleSchema.safeParse(candidate);
    if (!checked.success) {
      const where = r.origins[0] ?? { file: '', line: 1 };
      errors.push({ file: where.file, line: where.line, message: `record \`${r.question}\` is invalid: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, fix: 'report this to the content-pipeline maintainers with the file' });
      continue;
    }
    articles.push(checked.data);
  }

  const topicCounts = new Map<string, number>();
  const regionCounts = new Map<string, number>();
  for (const a of articles) {
    for (const t of a.topics) topicCounts.set(t, (topicCounts.get(t) ?? 0) + 1);
    for (const g of a.regions) regionCounts.set(g, (regionCounts.get(g) ?? 0) + 1);
  }
  const topics: Topic[] = rules.topics.map((t) => ({ slug: t.slug, name: t.name, description: t.description, count: topicCounts.get(t.slug) ?? 0 }));
  for (const t of topics) {
    if (t.count === 0) warnings.push({ file: DATA_FILES.topics, line: 1, message: `topic \`${t.slug}\` has no questions`, fix: 'adjust its patterns, or remove it' });
  }
  const regions: Region[] = [...regionCounts.entries()]
    .flatMap(([slug, count]) => {
      const d = rules.regions.bySlug.get(slug);
      return d ? [{ slug, name: d.name, shortName: d.shortName, level: d.level, province: d.province, code: d.code, count }] : [];
    })
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { siteData: { articles, topics, regions }, merges, mergedDuplicates };
}

function outcomes(files: string[], outcome: Map<string, 'published' | 'draft' | 'error'>): Report['fileOutcomes'] {
  return files.map((file) => ({ file, outcome: outcome.get(file) ?? 'error' }));
}

function finishReport(args: {
  files: number;
  errors: Problem[];
  warnings: Problem[];
  outcome: Map<string, 'published' | 'draft' | 'error'>;
  paths: string[];
  drafts?: Report['drafts'];
  leftOut?: LeftOut[];
  omittedLines: OmittedLine[];
  built?: Built;
}): Report {
  const articles = args.built?.siteData.articles ?? [];
  const leftOut = [...(args.leftOut ?? [])].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return {
    files: args.files,
    full: articles.filter((a) => a.kind === 'full').length,
    excerpts: articles.filter((a) => a.kind === 'excerpt').length,
    drafts: args.drafts ?? [],
    mergedDuplicates: args.built?.mergedDuplicates ?? 0,
    merges: [...(args.built?.merges ?? [])].sort((a, b) => (a.slug < b.slug ? -1 : 1)),
    leftOut,
    omittedLines: args.omittedLines,
    errors: [...args.errors].sort(compareProblems),
    warnings: [...args.warnings].sort(compareProblems),
    topics: (args.built?.siteData.topics ?? []).map((t) => ({ slug: t.slug, name: t.name, count: t.count })),
    regions: (args.built?.siteData.regions ?? []).map((r) => ({ slug: r.slug, name: r.name, count: r.count })),
    fileOutcomes: outcomes(args.paths, args.outcome),
  };
}
