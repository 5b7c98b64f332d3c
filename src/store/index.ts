import { resolve } from 'node:path';
import { openPostgres } from './postgres.js';
import { sqlStore } from './sql-store.js';
import { openSqlite } from './sqlite.js';
import type { Store } from './types.js';

export type * from './types.js';
export { MIGRATIONS, SCHEMA_VERSION, migrate } from './migrations.js';
export { NEAR_DUPLICATE } from './write.js';
export type { PreparedActor, PreparedBundle, PreparedEvent } from './prepare.js';
export { prepareBundle } from './prepare.js';
export { EVENT_SORTS } from './filter-sql.js';
export { ACTOR_TOTAL_CAP } from './read.js';
export { openSqlite } from './sqlite.js';
export { openPostgres } from './postgres.js';
export { sqlStore } from './sql-store.js';

/** The database used when neither `--db` nor `SITREP_DB` names one. */
export const DEFAULT_DB = './sitrep.db';

/** Whether a database spec is a PostgreSQL URL rather than a SQLite path. */
export function isPostgresSpec(spec: string): boolean {
  return /^postgres(ql)?:\/\//i.test(spec);
}

/** The spec `openStore` will use: the given one, else `SITREP_DB`, else `./sitrep.db`. */
export function resolveDbSpec(spec?: string): string {
  return spec && spec.length > 0 ? spec : process.env['SITREP_DB'] || DEFAULT_DB;
}

/**
 * Opens the knowledge base: a SQLite file (created on first use, WAL) or, for a `postgres://…`
 * URL, a PostgreSQL database. Pending schema migrations are applied and recorded.
 *
 * @example
 * const store = await openStore(opts.db); // path, postgres URL, or undefined for SITREP_DB / ./sitrep.db
 * try { if (!(await store.hasDocument(id))) await ingestResult(store, result, source); } finally { await store.close(); }
 */
export async function openStore(spec?: string): Promise<Store> {
  const target = resolveDbSpec(spec);
  if (isPostgresSpec(target)) return sqlStore(await openPostgres(target));
  return sqlStore(await openSqlite(target === ':memory:' ? target : resolve(target)));
}
export type { QuadOf } from './export.js';
export { CSV_COLUMNS, csvLine, eventPlover, eventsCsv, eventsGeoJson } from './export.js';
