/** A value bound to a `?` placeholder. */
export type SqlValue = string | number | null | Uint8Array;

/** One result row, column name to value. */
export type SqlRow = Record<string, unknown>;

/** The few operations the store needs from a database, with `?` placeholders in both dialects. */
export interface SqlExecutor {
  all(sql: string, params?: readonly SqlValue[]): Promise<SqlRow[]>;
  run(sql: string, params?: readonly SqlValue[]): Promise<void>;
}

/** A database connection: SQLite (better-sqlite3) or PostgreSQL (pg). */
export interface SqlDb extends SqlExecutor {
  readonly dialect: 'sqlite' | 'postgres';
  /**
   * {@link SqlExecutor.all} with each row as an array of its values in column order: no object
   * per row, for reads of thousands of rows (the unfiltered map's ~1,700 places: a third less CPU).
   */
  values(sql: string, params?: readonly SqlValue[]): Promise<unknown[][]>;
  /** Runs several `;`-separated statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Runs `fn` in one transaction: all of it is committed, or none of it. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * Rewrites `?` placeholders as PostgreSQL's `$1, $2…`. Our SQL never holds a `?` inside a string
 * literal, so a plain scan is enough.
 */
export function toPostgresPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/**
 * Serialises async work: one connection must not interleave a transaction with other statements
 * (the ingest pool may call the store from several promises at once).
 */
export class Mutex {
  private tail: Promise<unknown> = Promise.resolve();

  /** Runs `fn` after everything queued before it has settled. */
  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn, fn);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

/** `?, ?, ?` for `n` values. */
export function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}
