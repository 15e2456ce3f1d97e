/**
 * Which store the server, `npm run feedback` and the content report open, decided once from the environment:
 * `DATABASE_URL` when set (a PostgreSQL server), else PGlite in `FEEDBACK_DATA` (default `data/feedback`,
 * `memory://` for a throwaway one).
 */
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
