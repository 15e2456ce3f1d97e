/**
 * Where readers' feedback (lib/core/feedback.ts) is kept: a PostgreSQL server when `databaseUrl` is given
 * (node-postgres), otherwise PGlite, the same PostgreSQL compiled to WebAssembly, in a data folder of its own.
 * Both run the same SQL and the same migrations, so a site can start embedded and move to a server later
 * with nothing but `DATABASE_URL`.
 *
 * A row is exactly the contract's fields and the minute it arrived: no IP address, user agent or cookie.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { Pool } from 'pg';
import type { Feedback, FeedbackReason } from '@/lib/core/feedback';
import { FEEDBACK_REASONS } from '@/lib/core/feedback';
import { MIGRATIONS } from './migrations';

export type StoredFeedback = Feedback & { id: number; receivedAt: string /* ISO */ };
export type PageSummary = { page: string; yes: number; no: number; latest: StoredFeedback[] };
export interface FeedbackStore {
  add(feedback: Feedback, receivedAt?: Date): Promise<StoredFeedback>;
  recent(options?: { page?: string; limit?: number; reasons?: FeedbackReason[]; since?: Date }): Promise<StoredFeedback[]>;
  summary(options?: { latestPerPage?: number }): Promise<PageSummary[]>;
  count(): Promise<number>;
  close(): Promise<void>;
}

/** `recent()` without a limit, and the most it ever returns in one call. */
export const RECENT_DEFAULT_LIMIT = 50;
export const RECENT_MAX_LIMIT = 1000;

/** Thrown when a PGlite folder is already open in another process: PGlite itself would let both write and corrupt it. */
export class FeedbackStoreBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The feedback data folder ${dataDir} is open in another process (pid ${pid}), most likely the site's server ` +
        '(npm start / npm run serve). Stop it first, or run both against one PostgreSQL server with DATABASE_URL.',
    );
    this.name = 'FeedbackStoreBusyError';
  }
}

type Row = Record<string, unknown>;
type Query = (sql: string, params?: unknown[]) => Promise<Row[]>;

/** The little both backends must offer: a query, a transaction, and a way to let go. */
type Backend = { query: Query; transaction<T>(work: (query: Query) => Promise<T>): Promise<T>; close(): Promise<void> };

/** databaseUrl → a PostgreSQL server (node-postgres `pg`); otherwise PGlite in dataDir; dataDir 'memory://' = in memory. */
export async function openFeedbackStore(options: { databaseUrl?: string; dataDir?: string }): Promise<FeedbackStore> {
  const backend = options.databaseUrl ? await openPostgres(options.databaseUrl) : await openPglite(options.dataDir ?? 'memory://');
  try {
    await migrate(backend);
  } catch (error) {
    await backend.close();
    throw error;
  }
  return storeOver(backend);
}

async function openPostgres(databaseUrl: string): Promise<Backend> {
  const { default: pg } = await import('pg');
  // An unreachable server fails the open within seconds instead of hanging the first request.
  const pool: Pool = new pg.Pool({ connectionString: databaseUrl, connectionTimeoutMillis: 5000, max: 10 });
  // An idle client losing its connection emits here; without a listener it would crash the process.
  pool.on('error', (error) => console.error(`Feedback database: ${error.message}`));
  const query: Query = async (sql, params) => (await pool.query(sql, params)).rows as Row[];
  return {
    query,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work(async (sql, params) => (await client.query(sql, params)).rows as Row[]);
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string): Promise<Backend> {
  const { PGlite } = await import('@electric-sql/pglite');
  const inMemory = dataDir.startsWith('memory://');
  const release = inMemory ? () => undefined : lockFolder(path.resolve(dataDir));
  let db: PGlite;
  try {
    if (!inMemory) mkdirSync(dataDir, { recursive: true });
    db = await PGlite.create(inMemory ? dataDir : path.resolve(dataDir));
  } catch (error) {
    release();
    throw error;
  }
  const query: Query = async (sql, params) => (await db.query<Row>(sql, params)).rows;
  return {
    query,
    transaction: (work) => db.transaction((tx) => work(async (sql, params) => (await tx.query<Row>(sql, params)).rows)),
    async close() {
      try {
        await db.close();
      } finally {
        release();
      }
    },
  };
}

/**
 * A lock file beside the folder (`<dataDir>.lock`, holding the pid): PGlite has no lock of its own, and two
 * processes writing one folder would corrupt it. A lock left by a process that no longer runs is taken over.
 */
function lockFolder(dataDir: string): () => void {
  const lockFile = `${dataDir}.lock`;
  mkdirSync(path.dirname(lockFile), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let held = true;
      return () => {
        if (held) rmSync(lockFile, { force: true });
        held = false;
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(lockFile, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) throw new FeedbackStoreBusyError(dataDir, pid);
      rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${lockFile}: remove it if no server is running.`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Applies the migrations not yet recorded, in one transaction, under an advisory lock: two servers starting at
 * once against one PostgreSQL take turns, and the second finds nothing left to do. The lock is per schema, so
 * separate schemas (the tests use one each) never wait on each other.
 */
async function migrate(backend: Backend): Promise<void> {
  await backend.transaction(async (query) => {
    await query(`select pg_advisory_xact_lock(hashtext(current_schema() || '.feedback_migrations'))`);
    await query(`create table if not exists feedback_migrations (
      version integer primary key,
      name text not null,
      applied_at timestamptz not null default now()
    )`);
    const done = new Set((await query('select version from feedback_migrations')).map((row) => Number(row.version)));
    for (const migration of MIGRATIONS) {
      if (done.has(migration.version)) continue;
      for (const statement of migration.statements) await query(statement);
      await query('insert into feedback_migrations (version, name) values ($1, $2)', [migration.version, migration.name]);
    }
  });
}

/**
 * The time kept is rounded down to the minute: enough to sort reports and count the last 90 days, and too
 * coarse to match a report to a line in a web server's access log (which has seconds and an address).
 */
export function receivedMinute(at: Date): Date {
  const minute = new Date(at.getTime());
  minute.setUTCSeconds(0, 0);
  return minute;
}

const COLUMNS = 'id, page, helpful, reason, note, received_at';

function toStored(row: Row): StoredFeedback {
  const reason = row.reason;
  const note = row.note;
  return {
    id: Number(row.id),
    page: String(row.page),
    helpful: row.helpful === true,
    ...(typeof reason === 'string' && Object.hasOwn(FEEDBACK_REASONS, reason) ? { reason: reason as FeedbackReason } : {}),
    ...(typeof note === 'string' && note !== '' ? { note } : {}),
    receivedAt: toDate(row.received_at).toISOString(),
  };
}

function toDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'string' || typeof value === 'number') return new Date(value);
  throw new Error(`Not a timestamp: ${String(value)}`);
}

function storeOver(backend: Backend): FeedbackStore {
  const { query } = backend;
  let closed: Promise<void> | undefined;
  return {
    async add(feedback, receivedAt = new Date()) {
      const rows = await query(
        `insert into feedback (page, helpful, reason, note, received_at) values ($1, $2, $3, $4, $5) returning ${COLUMNS}`,
        [feedback.page, feedback.helpful, feedback.reason ?? null, feedback.note ?? null, receivedMinute(receivedAt).toISOString()],
      );
      const row = rows[0];
      if (!row) throw new Error('The feedback row was not stored.');
      return toStored(row);
    },

    async recent(options = {}) {
      const where: string[] = [];
      const params: unknown[] = [];
      const param = (value: unknown) => {
        params.push(value);
        return `$${params.length}`;
      };
      if (options.page !== undefined) where.push(`page = ${param(options.page)}`);
      if (options.reasons !== undefined) {
        if (options.reasons.length === 0) return [];
        where.push(`reason in (${options.reasons.map(param).join(', ')})`);
      }
      if (options.since !== undefined) where.push(`received_at >= ${param(options.since.toISOString())}`);
      const limit = Math.min(Math.max(Math.trunc(options.limit ?? RECENT_DEFAULT_LIMIT), 0), RECENT_MAX_LIMIT);
      const rows = await query(
        `select ${COLUMNS} from feedback ${where.length > 0 ? `where ${where.join(' and ')}` : ''} order by received_at desc, id desc limit ${param(limit)}`,
        params,
      );
      return rows.map(toStored);
    },

    async summary(options = {}) {
      const latestPerPage = Math.min(Math.max(Math.trunc(options.latestPerPage ?? 3), 0), RECENT_MAX_LIMIT);
      const counts = await query(
        `select page, count(*) filter (where helpful)::int as yes, count(*) filter (where not helpful)::int as no, max(received_at) as newest
         from feedback group by page order by newest desc, page`,
      );
      const latest = await query(
        `select ${COLUMNS} from (
           select ${COLUMNS}, row_number() over (partition by page order by received_at desc, id desc) as n from feedback
         ) ranked where n <= $1 order by received_at desc, id desc`,
        [latestPerPage],
      );
      const byPage = new Map<string, StoredFeedback[]>();
      for (const row of latest) {
        const stored = toStored(row);
        byPage.set(stored.page, [...(byPage.get(stored.page) ?? []), stored]);
      }
      return counts.map((row) => ({ page: String(row.page), yes: Number(row.yes), no: Number(row.no), latest: byPage.get(String(row.page)) ?? [] }));
    },

    async count() {
      const rows = await query('select count(*)::int as n from feedback');
      return Number(rows[0]?.n ?? 0);
    },

    close() {
      closed ??= backend.close();
      return closed;
    },
  };
}
