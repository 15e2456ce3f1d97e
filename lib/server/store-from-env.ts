/**
 * Which store the server, `npm run feedback` and the content report open, decided once from the environment:
 * `DATABASE_URL` when set (a PostgreSQL server), else PGlite in `FEEDBACK_DATA` (default `data/feedback`,
 * `memory://` for a throwaway one).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { FeedbackStoreBusyError, openFeedbackStore, type FeedbackStore } from './feedback-store';

export const DEFAULT_FEEDBACK_DATA = 'data/feedback';

export type StoreChoice = { databaseUrl?: string; dataDir?: string };

export function feedbackStoreChoice(env: Readonly<Record<string, string | undefined>> = process.env): StoreChoice {
  const databaseUrl = env.DATABASE_URL?.trim();
  if (databaseUrl) return { databaseUrl };
  return { dataDir: env.FEEDBACK_DATA?.trim() || DEFAULT_FEEDBACK_DATA };
}

/** For a log line: where the reports go, never the password. */
export function describeStore(choice: StoreChoice): string {
  if (choice.databaseUrl) {
    try {
      const url = new URL(choice.databaseUrl);
      return `PostgreSQL at ${url.host}${url.pathname}`;
    } catch {
      return 'PostgreSQL (DATABASE_URL)';
    }
  }
  return choice.dataDir?.startsWith('memory://') ? 'PGlite in memory (nothing kept after the server stops)' : `PGlite in ${choice.dataDir}/`;
}

/** `missing`: nothing to read yet, which is not an error. */
export type ExistingStore = { ok: true; store: FeedbackStore } | { ok: false; missing: boolean; reason: string };

/**
 * Opens the store for a reader of it (`npm run feedback`, the content report), never creating one: a PGlite
 * folder that does not exist yet means no feedback yet, and one held by a running server is named as such.
 */
export async function openExistingStore(choice: StoreChoice): Promise<ExistingStore> {
  const where = describeStore(choice);
  if (!choice.databaseUrl && choice.dataDir && !choice.dataDir.startsWith('memory://') && !existsSync(path.join(choice.dataDir, 'PG_VERSION'))) {
    return { ok: false, missing: true, reason: `${choice.dataDir}/ does not exist yet (the server creates it when it first starts)` };
  }
  try {
    return { ok: true, store: await openFeedbackStore(choice) };
  } catch (error) {
    if (error instanceof FeedbackStoreBusyError) return { ok: false, missing: false, reason: error.message };
    return { ok: false, missing: false, reason: `${where} did not open: ${error instanceof Error ? error.message : String(error)}` };
  }
}
