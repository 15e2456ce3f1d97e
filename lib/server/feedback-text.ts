/**
 * Feedback as an editor reads it: the terminal listing of `npm run feedback`, and the section of the content
 * report (generated/report.md) that lists answers readers call out of date or wrong. Pure: rows in, text out.
 */
import { FEEDBACK_REASONS } from '@/lib/core/feedback';
import type { PageSummary, StoredFeedback } from './feedback-store';

/** The reasons that mean the content itself needs an editor, and how far back the report looks. */
export const CONTENT_REASONS = ['outdated', 'wrong'] as const;
export const CONTENT_REPORT_DAYS = 90;

/** A note shown in a terminal or Markdown: control characters (C0 and C1, which a terminal may obey) become spaces, line breaks ⏎. */
export function noteAsText(note: string): string {
  return note.replace(/\r?\n/g, ' ⏎ ').replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

/** `2026-12-07 13:05 UTC`: the stored minute, said plainly. */
export function minuteUtc(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

function reportLine(report: StoredFeedback): string {
  const verdict = report.helpful ? '有帮助' : '没有帮助';
  const reason = report.reason ? ` · ${FEEDBACK_REASONS[report.reason]}` : '';
  const note = report.note ? ` — 「${noteAsText(report.note)}」` : '';
  return `    ${minuteUtc(report.receivedAt)}  ${verdict}${reason}${note}`;
}

/** Per page: yes and no, then its latest reports, newest first; pages with the most recent report first. */
export function formatSummary(summary: PageSummary[], where: string): string {
  const total = summary.reduce((n, s) => n + s.yes + s.no, 0);
  const lines = [`Feedback in ${where}: ${total} report${total === 1 ? '' : 's'} on ${summary.length} page${summary.length === 1 ? '' : 's'}`];
  for (const page of summary) {
    lines.push('', `${page.page}  有帮助 ${page.yes} · 没有帮助 ${page.no}`);
    lines.push(...page.latest.map(reportLine));
    const shown = page.latest.length;
    if (page.yes + page.no > shown) lines.push(`    … ${page.yes + page.no - shown} earlier`);
  }
  return lines.join('\n');
}

/** Markdown inline text: the characters Markdown would read as markup are escaped. */
function markdownText(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-!|~]/g, (c) => `\\${c}`);
}

/**
 * The report's section: each page with 内容过时 / 说法有误 reports in the last 90 days, linked on the site,
 * most reports first, with the notes. `reports` holds those reports (store.recent with CONTENT_REASONS and since).
 */
export function contentReportSection(reports: StoredFeedback[], site: string, now: Date): string {
  const since = new Date(now.getTime() - CONTENT_REPORT_DAYS * 24 * 3600 * 1000);
  const lines = [`## Reader reports: 内容过时 / 说法有误 (last ${CONTENT_REPORT_DAYS} days, since ${since.toISOString().slice(0, 10)})`, ''];
  if (reports.length === 0) return [...lines, 'None.', ''].join('\n');
  const byPage = new Map<string, StoredFeedback[]>();
  for (const report of reports) byPage.set(report.page, [...(byPage.get(report.page) ?? []), report]);
  const pages = [...byPage].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  for (const [page, list] of pages) {
    const counts = CONTENT_REASONS.map((r) => `${FEEDBACK_REASONS[r]} ${list.filter((x) => x.reason === r).length}`).join(' · ');
    lines.push(`- [${page}](${site}${page}) — ${counts}`);
    for (const report of list.filter((r) => r.note)) lines.push(`  - ${report.receivedAt.slice(0, 10)} ${FEEDBACK_REASONS[report.reason ?? 'wrong']}: ${markdownText(noteAsText(report.note ?? ''))}`);
  }
  return [...lines, ''].join('\n');
}
