import type { Report } from './build';
import { formatProblem } from './problems';

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

/** The report as the terminal shows it: summary first, then errors, then what was left out and why. */
export function formatReport(report: Report, style: Style = PLAIN): string {
  const out: string[] = [];
  out.push(style.bold('Content report'));
  out.push(
    ...table([
      ['files read', report.files],
      ['full articles', report.full],
      ['excerpts', report.excerpts],
      ['drafts (not published)', report.drafts.length],
      ['duplicates merged', report.mergedDuplicates],
      ['related items left out', report.leftOut.length],
      ['warnings', report.warnings.length],
      ['errors', report.errors.length],
    ]),
  );
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

/** The same report as Markdown, with every warning (the terminal shows the first few). */
export function reportMarkdown(report: Report): string {
  const out: string[] = ['# Content report', '', '| | |', '| --- | ---: |'];
  const rows: [string, number][] = [
    ['files read', report.files],
    ['full articles', report.full],
    ['excerpts', report.excerpts],
    ['drafts (not published)', report.drafts.length],
    ['duplicates merged', report.mergedDuplicates],
    ['related items left out', report.leftOut.length],
    ['warnings', report.warnings.length],
    ['errors', report.errors.length],
  ];
  for (const [k, v] of rows) out.push(`| ${k} | ${v} |`);
  const section = (title: string, lines: string[]) => {
    if (lines.length > 0) out.push('', `## ${title}`, '', ...lines);
  };
  section('Errors', report.errors.map((e) => `- ${md(formatProblem(e))}`));
  section('Left out', report.leftOut.map((l) => `- ${md(l.question)} — ${md(l.reason)} (\`${l.rule}\`, ${l.file} line ${l.line})`));
  section('Drafts', report.drafts.map((d) => `- \`${d.file}\` ${md(d.question)}`));
  section('Merged', report.merges.map((m) => `- ${md(m.question)} (${m.kind}): ${m.occurrences.map((o) => `\`${o.file}:${o.line}\``).join(', ')}`));
  section('Questions per topic', report.topics.map((t) => `- ${md(t.name)} (\`${t.slug}\`): ${t.count}`));
  section('Questions per region', report.regions.map((r) => `- ${md(r.name)} (\`${r.slug}\`): ${r.count}`));
  section('Warnings', report.warnings.map((w) => `- ${md(formatProblem(w))}`));
  section('Files', report.fileOutcomes.map((f) => `- \`${f.file}\`: ${f.outcome}`));
  return `${out.join('\n')}\n`;
}
