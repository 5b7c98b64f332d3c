import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SqlDb, SqlExecutor, SqlRow, SqlValue } from './sql.js';
import { Mutex } from './sql.js';

/**
 * Opens (creating on first use) a SQLite database file in WAL mode. A busy timeout lets several
 * processes share one file; a mutex keeps this process's transactions from interleaving.
 */
export async function openSqlite(path: string): Promise<SqlDb> {
  const { default: Database } = await import('better-sqlite3');
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  // WAL with synchronous=NORMAL is durable across process crashes (kill -9), only not across power loss.
  db.pragma('synchronous = NORMAL');
  const cache = new Map<string, ReturnType<typeof db.prepare<SqlValue[]>>>();
  const prepare = (sql: string): ReturnType<typeof db.prepare<SqlValue[]>> => {
    let stmt = cache.get(sql);
    if (!stmt) cache.set(sql, (stmt = db.prepare<SqlValue[]>(sql)));
    return stmt;
  };
  // Statements in array mode are prepared apart: `raw` switches a statement's mode for every later call.
  const rawCache = new Map<string, ReturnType<typeof db.prepare<SqlValue[]>>>();
  const prepareRaw = (sql: string): ReturnType<typeof db.prepare<SqlValue[]>> => {
    let stmt = rawCache.get(sql);
    if (!stmt) rawCache.set(sql, (stmt = db.prepare<SqlValue[]>(sql).raw(true)));
    return stmt;
  };
  const bind = (params: readonly SqlValue[]): SqlValue[] => params.map((p) => (p instanceof Uint8Array && !Buffer.isBuffer(p) ? Buffer.from(p) : p));
  const executor: SqlExecutor = {
    all: async (sql, params = []) => prepare(sql).all(...bind(params)) as SqlRow[],
    run: async (sql, params = []) => {
      prepare(sql).run(...bind(params));
    },
  };
  const lock = new Mutex();
  return {
    dialect: 'sqlite',
    all: (sql, params) => lock.run(() => executor.all(sql, params)),
    run: (sql, params) => lock.run(() => executor.run(sql, params)),
    values: (sql, params = []) => lock.run(async () => prepareRaw(sql).all(...bind(params)) as unknown[][]),
    exec: (sql) =>
      lock.run(async () => {
        db.exec(sql);
      }),
    transaction: (fn) =>
      lock.run(async () => {
        // IMMEDIATE takes the write lock up front, so two processes never deadlock upgrading a read.
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await fn(executor);
          db.exec('COMMIT');
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      }),
    close: () =>
      lock.run(async () => {
        db.close();
      }),
  };
}
