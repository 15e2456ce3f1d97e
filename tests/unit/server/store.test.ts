import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEEDBACK_LIMITS, FEEDBACK_REASONS } from '@/lib/core/feedback';
import { FeedbackStoreBusyError, openFeedbackStore, receivedMinute, type FeedbackStore } from '@/lib/server/feedback-store';
import { MIGRATIONS } from '@/lib/server/migrations';
import { PGLITE_OPEN_MS, TEST_DATABASE_URL, testBackends, withSearchPath } from './backends';

describe.each(testBackends())('feedback store on $name', (backend) => {
  let store: FeedbackStore;
  // PGlite takes seconds to open, many more on a busy machine running the whole suite.
  beforeAll(async () => {
    store = await backend.open();
  }, PGLITE_OPEN_MS);
  afterAll(async () => {
    await store?.close();
    await backend.cleanup();
  });

  it('stores exactly the contract fields and the minute it arrived', async () => {
    const before = await store.count();
    const at = new Date('2026-03-04T05:06:07.890Z');
    const stored = await store.add({ page: '/q/store-fields/', helpful: false, reason: 'outdated', note: '报销比例是去年的 😀' }, at);
    expect(stored).toEqual({ id: expect.any(Number), page: '/q/store-fields/', helpful: false, reason: 'outdated', note: '报销比例是去年的 😀', receivedAt: '2026-03-04T05:06:00.000Z' });
    expect(Object.keys(stored).sort()).toEqual(['helpful', 'id', 'note', 'page', 'reason', 'receivedAt']);
    expect(await store.count()).toBe(before + 1);
    expect(await store.recent({ page: '/q/store-fields/' })).toEqual([stored]);
  });

  it('leaves out reason and note when there are none', async () => {
    const stored = await store.add({ page: '/q/store-plain/', helpful: true });
    expect(stored).toEqual({ id: expect.any(Number), page: '/q/store-plain/', helpful: true, receivedAt: receivedMinute(new Date(stored.receivedAt)).toISOString() });
  });

  it('lists recent reports newest first, filtered by page, reasons and time, within the limit', async () => {
    const page = '/q/store-recent/';
    const day = (d: number) => new Date(Date.UTC(2026, 0, d, 12));
    await store.add({ page, helpful: false, reason: 'wrong', note: '一' }, day(1));
    await store.add({ page, helpful: false, reason: 'unclear', note: '二' }, day(2));
    await store.add({ page, helpful: true }, day(3));
    await store.add({ page, helpful: false, reason: 'outdated', note: '四' }, day(4));
    await store.add({ page: '/q/store-other/', helpful: false, reason: 'wrong' }, day(5));

    expect((await store.recent({ page })).map((r) => r.note ?? '-')).toEqual(['四', '-', '二', '一']);
    expect((await store.recent({ page, limit: 2 })).map((r) => r.note ?? '-')).toEqual(['四', '-']);
    expect((await store.recent({ page, reasons: ['outdated', 'wrong'] })).map((r) => r.reason)).toEqual(['outdated', 'wrong']);
    expect((await store.recent({ page, since: day(2) })).map((r) => r.note ?? '-')).toEqual(['四', '-', '二']);
    expect(await store.recent({ page, reasons: [] })).toEqual([]);
    const both = await store.recent({ reasons: ['wrong'], since: day(1) });
    expect(both.filter((r) => r.page.startsWith('/q/store-')).map((r) => r.page)).toEqual(['/q/store-other/', page]);
  });

  it('keeps ties in the same minute in arrival order, newest first', async () => {
    const at = new Date('2026-05-05T10:00:30Z');
    const first = await store.add({ page: '/q/store-tie/', helpful: true }, at);
    const second = await store.add({ page: '/q/store-tie/', helpful: false }, at);
    expect((await store.recent({ page: '/q/store-tie/' })).map((r) => r.id)).toEqual([second.id, first.id]);
  });

  it('sums yes and no per page with the latest reports, the most recently reported page first', async () => {
    await store.add({ page: '/q/store-sum-a/', helpful: true }, new Date('2026-06-01T00:00:00Z'));
    await store.add({ page: '/q/store-sum-a/', helpful: false, reason: 'wrong', note: '甲' }, new Date('2026-06-02T00:00:00Z'));
    await store.add({ page: '/q/store-sum-a/', helpful: true }, new Date('2026-06-03T00:00:00Z'));
    await store.add({ page: '/q/store-sum-b/', helpful: false, reason: 'unclear' }, new Date('2026-06-04T00:00:00Z'));
    const summary = (await store.summary({ latestPerPage: 2 })).filter((s) => s.page.startsWith('/q/store-sum-'));
    expect(summary.map(({ page, yes, no }) => ({ page, yes, no }))).toEqual([
      { page: '/q/store-sum-b/', yes: 0, no: 1 },
      { page: '/q/store-sum-a/', yes: 2, no: 1 },
    ]);
    expect(summary[1]?.latest.map((r) => r.receivedAt)).toEqual(['2026-06-03T00:00:00.000Z', '2026-06-02T00:00:00.000Z']);
  });

  it('refuses in the database what the contract refuses', async () => {
    await expect(store.add({ page: '/q/store-bad/', helpful: false, reason: 'spam' as never })).rejects.toThrow();
    await expect(store.add({ page: '/q/store-bad/', helpful: false, note: '字'.repeat(FEEDBACK_LIMITS.noteChars + 1) })).rejects.toThrow();
    expect(await store.recent({ page: '/q/store-bad/' })).toEqual([]);
    // 500 CJK characters is allowed: the column counts characters, not bytes.
    await expect(store.add({ page: '/q/store-bad/', helpful: false, note: '字'.repeat(FEEDBACK_LIMITS.noteChars) })).resolves.toMatchObject({ page: '/q/store-bad/' });
  });

  it.runIf(backend.shared)('opening again applies no migration twice and sees the same rows', async () => {
    const again = await backend.open();
    try {
      expect(await again.count()).toBe(await store.count());
    } finally {
      await again.close();
    }
  });
});

describe('migrations', () => {
  it('repeat the contract: its reasons and limits', () => {
    const sql = MIGRATIONS.flatMap((m) => m.statements).join('\n');
    expect(sql).toContain(`reason in (${Object.keys(FEEDBACK_REASONS).map((r) => `'${r}'`).join(', ')})`);
    expect(sql).toContain(`char_length(note) <= ${FEEDBACK_LIMITS.noteChars}`);
    expect(sql).toContain(`char_length(page) <= ${FEEDBACK_LIMITS.pathChars}`);
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });
});

describe('a PGlite folder', () => {
  it('is kept across opens, and refused to a second opener while open', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'feedback-store-')), 'feedback');
    const first = await openFeedbackStore({ dataDir: dir });
    try {
      await first.add({ page: '/q/kept/', helpful: true });
      expect(readFileSync(`${dir}.lock`, 'utf8')).toBe(String(process.pid));
      const second = openFeedbackStore({ dataDir: dir });
      await expect(second).rejects.toBeInstanceOf(FeedbackStoreBusyError);
      await expect(second).rejects.toThrow(/Stop it first, or run both against one PostgreSQL server with DATABASE_URL/);
    } finally {
      await first.close();
    }
    expect(existsSync(`${dir}.lock`)).toBe(false);
    const reopened = await openFeedbackStore({ dataDir: dir });
    try {
      expect((await reopened.recent()).map((r) => r.page)).toEqual(['/q/kept/']);
    } finally {
      await reopened.close();
    }
  }, 3 * PGLITE_OPEN_MS);
});

describe.runIf(TEST_DATABASE_URL)('two servers starting at once against one PostgreSQL', () => {
  it('migrate once: the advisory lock makes the others wait and find nothing to do', async () => {
    const url = TEST_DATABASE_URL ?? '';
    const schema = `feedback_race_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`drop schema if exists ${schema} cascade; create schema ${schema}`);
      const stores = await Promise.all([1, 2, 3].map(() => openFeedbackStore({ databaseUrl: withSearchPath(url, schema) })));
      const applied = await admin.query<{ version: number }>(`select version from ${schema}.feedback_migrations order by version`);
      expect(applied.rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
      await Promise.all(stores.map((s) => s.close()));
    } finally {
      await admin.query(`drop schema if exists ${schema} cascade`);
      await admin.end();
    }
  });
});

// .ci/run sets REQUIRE_TEST_DATABASE: there, and under CI=true, no PostgreSQL is a failure, not a skip.
describe.runIf((process.env.CI || process.env.REQUIRE_TEST_DATABASE) && !TEST_DATABASE_URL)('under CI', () => {
  it('has a PostgreSQL server to test against (TEST_DATABASE_URL, started by .ci/run)', () => {
    throw new Error('TEST_DATABASE_URL is not set: the store and API suites ran on PGlite only. .ci/run starts a PostgreSQL server; see its output.');
  });
});
