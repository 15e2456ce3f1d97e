import type { Report, ScopeNote } from './report-types';
import { formatProblem } from '@/lib/core/problems';
import { questionPath, regionPath, topicPath } from '@/lib/core/urls';
import type { SiteData } from './schema';

export type Style = { bold: (s: string) => string; red: (s: string) => string; yellow: (s: string) => string; green: (s: string) => string; dim: (s: string) => string };

export const PLAIN: Style = { bold: (s) => s, red: (s) => s, yellow: (s) => s, green: (s) => s, dim: (s) => s };
export const ANSI: Style = {
  bold: (s) => `\u001b[1m${s}\u001b[22m`,
  red: (s) => `\u001b[31m${s}\u001b[39m`,
  yellow: (s) => `\u001b[33m${s}\u001b[39m`,
  green: (s) => `\u001b[32m${s}\u001b[39m`,
  dim: (s) => `\u001b[2m${s}\u001b[22m`,
};

/** Long lists are cut in the terminal; report.md and report.json always hold all of them. */
const WARNINGS_SHOWN = 50;
const LIST_SHOWN = 100;

/** From this many files on, the content step shows its progress. */
export const PROGRESS_FROM_FILES = 2000;

function table(rows: [string, string | number][]): string[] {
  const width = Math.max(...rows.map(([k]) => displayWidth(k)));
  return rows.map(([k, v]) => `  ${k}${' '.repeat(width - displayWidth(k))}  ${v}`);
}

/** Chinese characters take two terminal columns. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch) ? 2 : 1;
  return w;
}

/** The summary rows, the same in the terminal and in report.md. */
function summaryRows(report: Report): [string, number][] {
  return [
    ['files read', report.files],
    ['files refused (not published)', report.refused.length],
    ['published pages', report.full + report.excerpts],
    ['full articles', report.full],
    ['excerpts', report.excerpts],
    ['drafts (not published)', report.drafts.length],
    ['duplicates merged', report.mergedDuplicates],
    ['files left out (需要编辑确认)', report.needsConfirmation.length],
    ['related items left out', report.leftOut.length],
    ['answer lines left out', report.omittedLines.length],
    ['kept on weak evidence (待编辑确认)', report.borderline.length],
    ['warnings', report.warnings.length],
    ['errors', report.errors.length],
  ];
}

/** How many answers open with a 要点 box, and from which evidence (content/key-point.yaml). */
export function keyPointLine(report: Report): string {
  const k = report.keyPoints;
  const full = k.summary + k.direct + k.none;
  return `要点: ${k.summary + k.direct} of ${full} full answers (summary sentence ${k.summary}, direct answer ${k.direct}; none ${k.none}); ${k.excerptShortAnswers} excerpts (short answer)`;
}

/** Where the pages' 本站更新于 / 首次发布 dates came from, and what it cost. */
export function siteDatesLine(report: Report): string {
  const d = report.siteDates;
  const source = d.fromGit ? `from git history (one call, ${d.gitMs} ms)` : 'no git history: front matter only';
  return `本站更新于: ${d.dated} pages dated, ${d.undated} without a site date — ${source}; front matter date/updated in ${d.frontMatterOverrides} files${d.note ? `; note: ${d.note}` : ''}`;
}

/** One line of progress, e.g. `[##########··········] 5000/10000 files`. */
export function progressBar(done: number, total: number, width = 30): string {
  const filled = total > 0 ? Math.min(width, Math.round((done / total) * width)) : width;
  return `[${'#'.repeat(filled)}${'·'.repeat(width - filled)}] ${done}/${total} files`;
}

/** The report as the terminal shows it: summary first, then errors, then what was left out and why. */
export function formatReport(report: Report, style: Style = PLAIN): string {
  const out: string[] = [];
  // First, loudest: files that could not be published at all, each by name and line, then files left out by scope.
  if (report.refused.length > 0) {
    const files = new Set(report.refused.map((p) => p.file)).size;
    out.push(style.red(style.bold(`Refused: ${files} file${files === 1 ? '' : 's'} not published (the rest of the site was built; --strict makes this an error):`)));
    for (const p of report.refused) out.push(style.red(`  ${formatProblem(p)}`));
    out.push('');
  }
  // A whole file the scope step left out. The rest of the site was built; an editor decides.
  if (report.needsConfirmation.length > 0) {
    const n = report.needsConfirmation.length;
    out.push(style.red(style.bold(`需要编辑确认: ${n} file${n === 1 ? '' : 's'} left out as off-topic (the rest of the site was built; --strict makes this an error):`)));
    for (const l of report.needsConfirmation) out.push(style.red(`  ${l.file} line ${l.line}: ${l.question} — ${l.reason} [${l.rule}]`), style.dim(`      ${l.evidence}`));
    out.push(style.dim(`  To publish one: add its insurance words to content/lexicon.yaml, or adjust the rule in content/scope.yaml.`), '');
  }
  out.push(style.bold('Content report'));
  out.push(...table(summaryRows(report)));
  if (report.full > 0 || report.excerpts > 0) out.push('', keyPointLine(report), siteDatesLine(report));
  if (report.errors.length > 0) {
    out.push('', style.red(style.bold(`${report.errors.length} error${report.errors.length === 1 ? '' : 's'}:`)));
    for (const e of report.errors) out.push(style.red(`  ${formatProblem(e)}`));
  }
  if (report.leftOut.length > 0) {
    out.push('', style.bold('Left out (out of scope, see content/scope.yaml):'));
    // Not in the `file:line: … — …` shape: that shape means an error to people and to tools (the dev server's banner).
    for (const l of report.leftOut.slice(0, LIST_SHOWN)) out.push(`  ${l.question} — ${l.reason} [${l.rule}] (${l.file} line ${l.line})`);
    if (report.leftOut.length > LIST_SHOWN) out.push(style.dim(`  … ${report.leftOut.length - LIST_SHOWN} more in generated/report.md`));
  }
  if (report.borderline.length > 0) {
    out.push('', style.bold('Kept on weak evidence — please confirm (待编辑确认):'));
    for (const b of report.borderline.slice(0, LIST_SHOWN)) out.push(`  ${b.question} (${b.file} line ${b.line})`, style.dim(`      ${b.evidence}`));
    if (report.borderline.length > LIST_SHOWN) out.push(style.dim(`  … ${report.borderline.length - LIST_SHOWN} more in generated/report.md`));
  }
  if (report.drafts.length > 0) {
    out.push('', style.bold('Drafts (checked, not published):'));
    for (const d of report.drafts) out.push(`  ${d.file}: ${d.question}`);
  }
  if (report.merges.length > 0) {
    out.push('', style.bold('Merged:'));
    for (const m of report.merges.slice(0, LIST_SHOWN)) out.push(`  ${m.question} (${m.kind}) ← ${m.occurrences.slice(0, 4).map((o) => `${o.file}:${o.line}`).join(', ')}${m.occurrences.length > 4 ? ` +${m.occurrences.length - 4}` : ''}`);
  }
  if (report.merges.length > LIST_SHOWN) out.push(style.dim(`  … ${report.merges.length - LIST_SHOWN} more in generated/report.md`));
  if (report.topics.length > 0) {
    out.push('', style.bold('Questions per topic:'), ...table(report.topics.map((t) => [`${t.name} (${t.slug})`, t.count])));
  }
  if (report.regions.length > 0) {
    const regions = report.regions.slice(0, LIST_SHOWN);
    out.push('', style.bold('Questions per region:'), ...table(regions.map((r) => [`${r.name} (${r.slug})`, r.count])));
    if (report.regions.length > LIST_SHOWN) out.push(style.dim(`  … ${report.regions.length - LIST_SHOWN} more in generated/report.md`));
  }
  if (report.warnings.length > 0) {
    out.push('', style.yellow(style.bold(`${report.warnings.length} warning${report.warnings.length === 1 ? '' : 's'}:`)));
    for (const w of report.warnings.slice(0, WARNINGS_SHOWN)) out.push(style.yellow(`  warning: ${formatProblem(w)}`));
    if (report.warnings.length > WARNINGS_SHOWN) out.push(style.dim(`  … ${report.warnings.length - WARNINGS_SHOWN} more in generated/report.md`));
  }
  out.push('', report.errors.length > 0 ? style.red('Content step failed: nothing was written except the report.') : style.green('Content step passed.'));
  return out.join('\n');
}

const md = (s: string) => s.replace(/([\\`*_[\]|<>])/g, '\\$1');

/** What one file became, for the Files table of report.md. */
type FileRow = { file: string; became: string; url: string; topics: string; regions: string };

function fileRows(report: Report, siteData: SiteData | undefined): FileRow[] {
  const topicName = new Map(siteData?.topics.map((t) => [t.slug, t.name]));
  const regionName = new Map(siteData?.regions.map((r) => [r.slug, r.shortName]));
  // A file's own page is the full article whose first origin is that file; its related items became excerpts.
  const ownPage = new Map<string, SiteData['articles'][number]>();
  const excerptsFrom = new Map<string, number>();
  for (const a of siteData?.articles ?? []) {
    const first = a.origins[0];
    if (a.kind === 'full' && first) ownPage.set(first.file, a);
    if (a.kind === 'excerpt') for (const file of new Set(a.origins.map((o) => o.file))) excerptsFrom.set(file, (excerptsFrom.get(file) ?? 0) + 1);
  }
  const firstError = new Map<string, string>();
  for (const e of [...report.refused, ...report.errors]) if (!firstError.has(e.file)) firstError.set(e.file, `line ${e.line}: ${e.message}`);
  const mergedInto = new Map<string, string>();
  for (const m of report.merges) for (const o of m.occurrences.slice(1)) if (!mergedInto.has(o.file)) mergedInto.set(o.file, m.slug);

  return report.fileOutcomes.map(({ file, outcome }) => {
    const page = ownPage.get(file);
    const excerpts = excerptsFrom.get(file) ?? 0;
    const plusExcerpts = excerpts > 0 ? ` + ${excerpts} excerpt${excerpts === 1 ? '' : 's'}` : '';
    if (outcome === 'refused') return { file, became: `refused, not published (${firstError.get(file) ?? 'see Refused'})`, url: '', topics: '', regions: '' };
    if (outcome === 'error') return { file, became: `error (${firstError.get(file) ?? 'see Errors'})`, url: '', topics: '', regions: '' };
    if (outcome === 'draft') return { file, became: 'draft, not published', url: '', topics: '', regions: '' };
    if (outcome === 'left-out') return { file, became: `left out as off-topic (需要编辑确认)${plusExcerpts}`, url: '', topics: '', regions: '' };
    if (!page) {
      const merged = mergedInto.get(file);
      return { file, became: `merged into another file's page${plusExcerpts}`, url: merged ? questionPath(merged) : '', topics: '', regions: '' };
    }
    return {
      file,
      became: `full article${plusExcerpts}`,
      url: questionPath(page.slug),
      topics: page.topics.map((t) => topicName.get(t) ?? t).join('、'),
      regions: page.regions.map((r) => regionName.get(r) ?? r).join('、') || '—',
    };
  });
}

/** Every line of an answer's part of a file that is not on its page; the one disclaimer per file is counted. */
function omittedSection(report: Report): string[] {
  const disclaimers = report.omittedLines.filter((o) => o.reason.startsWith('medical disclaimer'));
  const others = report.omittedLines.filter((o) => !o.reason.startsWith('medical disclaimer'));
  return [
    ...(disclaimers.length > 0 ? [`- ${disclaimers.length} medical disclaimer line${disclaimers.length === 1 ? '' : 's'} (one per file at most): each page shows the site's standard notice instead`] : []),
    ...others.map((o) => `- \`${o.file}:${o.line}\` ${md(o.text)} — ${md(o.reason)}`),
  ];
}

/**
 * The same report as Markdown, with every warning (the terminal shows the first few) and, when the run
 * succeeded, what each file became: its page's URL, topics and regions.
 */
export function reportMarkdown(report: Report, siteData?: SiteData): string {
  const out: string[] = ['# Content report'];
  const section = (title: string, lines: string[]) => {
    if (lines.length === 0) return;
    out.push('', `## ${title}`, '');
    // A loop, not a spread: at 10,000 files a list can outgrow the call stack's argument limit.
    for (const line of lines) out.push(line);
  };
  const scopeLine = (n: ScopeNote) => `- ${md(n.question)}${n.reason ? ` — ${md(n.reason)} (\`${n.rule}\`)` : ''} — ${n.file} line ${n.line}  \n  ${md(n.evidence)}`;
  section('Refused — files not published', [
    ...(report.refused.length > 0 ? ['Each file below has a problem of its own and is not on the site; the rest of the site was built. `npm run content -- --strict` fails on them.', ''] : []),
    ...report.refused.map((p) => `- ${md(formatProblem(p))}`),
  ]);
  section('需要编辑确认 — files left out as off-topic', [
    ...(report.needsConfirmation.length > 0 ? ['The rest of the site was built. To publish one of these, add its insurance words to `content/lexicon.yaml` or adjust the rule in `content/scope.yaml`; `npm run content -- --strict` fails on them.', ''] : []),
    ...report.needsConfirmation.map(scopeLine),
  ]);
  out.push('', '| | |', '| --- | ---: |');
  for (const [k, v] of summaryRows(report)) out.push(`| ${k} | ${v} |`);
  if (report.full > 0 || report.excerpts > 0) out.push('', keyPointLine(report), '', siteDatesLine(report));
  section('Errors', report.errors.map((e) => `- ${md(formatProblem(e))}`));
  section(
    'Files',
    report.fileOutcomes.length === 0
      ? []
      : [
          '| file | became | URL | topics | regions |',
          '| --- | --- | --- | --- | --- |',
          ...fileRows(report, siteData).map((r) => `| \`${r.file}\` | ${md(r.became)} | ${r.url ? `\`${r.url}\`` : ''} | ${md(r.topics)} | ${md(r.regions)} |`),
        ],
  );
  section('Left out', report.leftOut.map(scopeLine));
  section('Answer lines left out', omittedSection(report));
  section('Kept on weak evidence (待编辑确认)', report.borderline.map(scopeLine));
  section('Drafts', report.drafts.map((d) => `- \`${d.file}\` ${md(d.question)}`));
  section('Merged', report.merges.map((m) => `- ${md(m.question)} (${m.kind}) → \`${questionPath(m.slug)}\`: ${m.occurrences.map((o) => `\`${o.file}:${o.line}\``).join(', ')}`));
  section('Questions per topic', report.topics.map((t) => `- ${md(t.name)} (\`${topicPath(t.slug)}\`): ${t.count}`));
  section('Questions per region', report.regions.map((r) => `- ${md(r.name)} (\`${regionPath(r.slug)}\`): ${r.count}`));
  section('Warnings', report.warnings.map((w) => `- ${md(formatProblem(w))}`));
  section(`Kept (${report.kept.length} questions, each with the evidence of its first place)`, report.kept.map(scopeLine));
  return `${out.join('\n')}\n`;
}
