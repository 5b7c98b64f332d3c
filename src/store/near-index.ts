/**
 * Migration 23 (SQLite only): a covering index for the writer's near-duplicate lookup.
 *
 * `findNearDuplicate` reads `minhash`, `duplicate_of` and `shingle_count` of up to a few dozen
 * candidate documents per page. In SQLite those columns sit in the `documents` row after the text
 * and the compressed source (they were added by later migrations), so every read walked the row's
 * overflow pages; an index holding them (about 600 bytes an entry, small enough to stay on its own
 * b-tree page) answers the lookup without touching the table. Without `ANALYZE` statistics the
 * planner ranks this index and the primary key's equally (both start with `id`) and takes the
 * primary key, so the query names the index (`NEAR_INDEX_HINT`).
 *
 * PostgreSQL moves a large `text`/`source_gz` out of line (TOAST), so its heap rows stay small
 * and a primary-key lookup already reads the columns cheaply: it gets no index (no extra write cost).
 */
export const NEAR_INDEX_SQLITE: readonly string[] = ['CREATE INDEX documents_near ON documents(id, duplicate_of, shingle_count, minhash)'];

/** The table reference the near-duplicate lookup reads `documents` through, per dialect. */
export const NEAR_INDEX_HINT = { sqlite: 'documents INDEXED BY documents_near', postgres: 'documents' } as const;
