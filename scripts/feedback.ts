/**
 * `npm run feedback [-- --page /q/<slug>/] [--limit N] [--json]`: what readers said, per page — yes and no,
 * then the latest reports with their reasons and notes, newest first. Reads the store the server writes
 * (DATABASE_URL, else the PGlite folder FEEDBACK_DATA, default data/feedback). A PGlite folder can be open in
 * one process only: while the server runs, stop it or run both against PostgreSQL with DATABASE_URL.
 */
import { parseArgs } from 'node:util';
import { formatSummary } from '../lib/server/feedback-text';
import { describeStore, feedbackStoreChoice, openExistingStore } from '../lib/server/store-from-env';

const USAGE = 'Usage: npm run feedback [-- --page /q/<slug>/] [--limit N] [--json]';

async function main(): Promise<number> {
  let values: { page?: string; limit?: string; json?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({ options: { page: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const limit = values.limit === undefined ? 5 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) {
    console.error(`--limit must be a whole number from 1: ${values.limit}\n${USAGE}`);
    return 2;
  }

  const choice = feedbackStoreChoice();
  const opened = await openExistingStore(choice);
  if (!opened.ok) {
    if (opened.missing) {
      console.log(values.json ? '[]' : `No feedback yet: ${opened.reason}.`);
      return 0;
    }
    console.error(`✘ ${opened.reason}`);
    return 1;
  }
  const { store } = opened;
  try {
    const summary = (await store.summary({ latestPerPage: limit })).filter((s) => values.page === undefined || s.page === values.page);
    if (values.json) console.log(JSON.stringify(summary, null, 2));
    else console.log(formatSummary(summary, describeStore(choice)));
    return 0;
  } finally {
    await store.close();
  }
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
