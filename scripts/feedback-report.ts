/**
 * Appends the readers' 内容过时 / 说法有误 reports of the last 90 days to generated/report.md, when a feedback
 * store is reachable: DATABASE_URL, or a PGlite folder no server holds. Called by `npm run content` after the
 * content step; it never fails the build — with no store, or one that does not answer, it says so in one line.
 */
import { appendFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { FEEDBACK_API_PATH } from '../lib/core/feedback';
import { siteUrl } from '../lib/core/config';
import { CONTENT_REASONS, CONTENT_REPORT_DAYS, contentReportSection } from '../lib/server/feedback-text';
import { feedbackStoreChoice, openExistingStore } from '../lib/server/store-from-env';

const REPORT = path.join('generated', 'report.md');

async function main() {
  if (!existsSync(REPORT)) return;
  const opened = await openExistingStore(feedbackStoreChoice());
  if (!opened.ok) {
    console.log(`Reader reports not in ${REPORT}: ${opened.missing ? `no feedback yet, ${opened.reason}` : opened.reason}.`);
    return;
  }
  try {
    const now = new Date();
    const since = new Date(now.getTime() - CONTENT_REPORT_DAYS * 24 * 3600 * 1000);
    const reports = await opened.store.recent({ reasons: [...CONTENT_REASONS], since, limit: 1000 });
    appendFileSync(REPORT, `\n${contentReportSection(reports, siteUrl(), now)}`);
    console.log(`Reader reports (${FEEDBACK_API_PATH}): ${reports.length} 内容过时 / 说法有误 in the last ${CONTENT_REPORT_DAYS} days, listed in ${REPORT}.`);
  } finally {
    await opened.store.close();
  }
}

main().catch((error: unknown) => {
  console.log(`Reader reports not in ${REPORT}: ${error instanceof Error ? error.message : String(error)}.`);
});
