import type { SqlDb, SqlExecutor, SqlRow } from './sql.js';
import { Mutex, toPostgresPlaceholders } from './sql.js';

/**
 * Connects to PostgreSQL (`postgres://user:pass@host:port/db`). One connection, serialised by a
 * mutex like the SQLite file, so the store behaves the same on both.
 */
export async function openPostgres(url: string): Promise<SqlDb> {
  const { default: pg } = await import('pg');
  // Keep COUNT/SUM (int8/numeric) as JS numbers: our counts are far below 2^53.
  pg.types.setTypeParser(20, (v: string) => Number(v));
  pg.types.setTypeParser(1700, (v: string) => Number(v));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // Silence "relation already exists, skipping" notices from idempotent DDL.
  await client.query('SET client_min_messages = warning');
  // No parallel query: starting the workers of a Gather cost 20-40 ms on a loaded 2-core machine,
  // more than the ~1 ms sort-index walk it split (a broad `actor` page: 25 ms -> 1 ms), and the
  // API's requests run side by side anyway, so the cores are already shared between them.
  // Index builds have their own setting (max_parallel_maintenance_workers) and keep it.
  await client.query('SET max_parallel_workers_per_gather = 0');
  const executor: SqlExecutor = {
    all: async (sql, params = []) => (await client.query(toPostgresPlaceholders(sql), [...params])).rows as SqlRow[],
    run: async (sql, params = []) => {
      await client.query(toPostgresPlaceholders(sql), [...params]);
    },
  };
  const lock = new Mutex();
  return {
    dialect: 'postgres',
    all: (sql, params) => lock.run(() => executor.all(sql, params)),
    run: (sql, params) => lock.run(() => executor.run(sql, params)),
    values: (sql, params = []) => lock.run(async () => (await client.query({ text: toPostgresPlaceholders(sql), values: [...params], rowMode: 'array' })).rows as unknown[][]),
    exec: (sql) =>
      lock.run(async () => {
        await client.query(sql);
      }),
    transaction: (fn) =>
      lock.run(async () => {
        await client.query('BEGIN');
        try {
          // Several processes may ingest into one database: one writer at a time keeps
          // near-duplicate and cluster decisions consistent.
          await client.query('SELECT pg_advisory_xact_lock(7411)');
          const result = await fn(executor);
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        }
      }),
    close: () => lock.run(() => client.end()),
  };
}
