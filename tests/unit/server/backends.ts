/**
 * The stores the server suites run against: PGlite in memory always, and a real PostgreSQL server when
 * TEST_DATABASE_URL is set (.ci/run starts one). Each PostgreSQL run works in a schema of its own, dropped after.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openFeedbackStore, type FeedbackStore } from '@/lib/server/feedback-store';

/** `shared`: a second open() sees the same rows (a server), not a fresh database (PGlite in memory). */
export type TestBackend = { name: string; shared: boolean; open(): Promise<FeedbackStore>; cleanup(): Promise<void> };

const pglite: TestBackend = { name: 'PGlite (memory)', shared: false, open: () => openFeedbackStore({ dataDir: 'memory://' }), cleanup: async () => undefined };

function postgres(url: string): TestBackend {
  const schema = `feedback_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  let created = false;
  return {
    name: 'PostgreSQL (TEST_DATABASE_URL)',
    shared: true,
    async open() {
      if (!created) await admin(`create schema ${schema}`);
      created = true;
      return openFeedbackStore({ databaseUrl: withSearchPath(url, schema) });
    },
    async cleanup() {
      if (created) await admin(`drop schema ${schema} cascade`);
    },
  };
}

/** node-postgres passes `options` on to the server: every connection of the pool works in `schema`. */
export function withSearchPath(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('options', `-c search_path=${schema}`);
  return parsed.href;
}

/** How long a PGlite open may take: seconds alone, much longer beside the whole suite on a shared 2-core machine. */
export const PGLITE_OPEN_MS = 120_000;

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || undefined;

export function testBackends(): TestBackend[] {
  return TEST_DATABASE_URL ? [pglite, postgres(TEST_DATABASE_URL)] : [pglite];
}
