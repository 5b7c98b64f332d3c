/**
 * Migration 10 and the `text` filter: word search over evidence sentences through a full-text
 * index (SQLite FTS5, PostgreSQL `tsvector` + GIN) instead of a `LIKE '%…%'` scan.
 *
 * Semantics, the same on both: the query's words (runs of letters and digits, case-insensitive)
 * must all occur as whole words in one evidence sentence of the event, in any order. Both indexes
 * split text on every character that is not a letter or digit, so "al-Qasr" is the words "al" and
 * "qasr" on both, and accents are kept (é ≠ e) on both. No stemming: "shell" does not find "shelled".
 *
 * SQLite keeps a standalone FTS5 table of (sentence, event id), filled by a trigger on `evidence`
 * (evidence rows are never updated or deleted). A standalone table rather than an external-content
 * one: external content would index `evidence`'s implicit rowids, which `VACUUM` may renumber.
 * PostgreSQL indexes an expression over `evidence.text`, so it needs no trigger at all.
 */

/** The expression PostgreSQL indexes and searches: every non-alphanumeric run becomes a space, then the `simple` (no stemming) dictionary. */
const PG_VECTOR = "to_tsvector('simple', regexp_replace(text, '[^[:alnum:]]+', ' ', 'g'))";

/**
 * Also in migration 10 (both dialects): a covering `(date_end, date_start, sort_key)` index, so a
 * count over a date range (`since` and `until` both set) reads the index alone instead of looking
 * up every cluster that ends after `since`; it replaces the narrower end-day index.
 */
export const DATE_RANGE_SQL = `
CREATE INDEX clusters_date_range ON clusters(date_end, date_start, sort_key);
DROP INDEX clusters_date_end;
`;

/** Migration 10 on SQLite. */
export const FULL_TEXT_SQLITE: readonly string[] = [
  "CREATE VIRTUAL TABLE evidence_fts USING fts5(text, event_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 0')",
  'INSERT INTO evidence_fts (text, event_id) SELECT text, event_id FROM evidence',
  `CREATE TRIGGER evidence_fts_insert AFTER INSERT ON evidence BEGIN
     INSERT INTO evidence_fts (text, event_id) VALUES (NEW.text, NEW.event_id);
   END`,
];

/**
 * Migration 12 on SQLite: the full-text rows' clusters by integer key. Reading `event_id` back out
 * of the FTS table costs a lookup in its content table per match (two thirds of a common word's
 * search); the match's own rowid is free, and this table turns it into the cluster through its
 * integer primary key. Both rowids survive `VACUUM` (FTS5 keeps its own as an integer primary
 * key). Filled for new evidence by the same trigger that fills the index (replaced here): the
 * report, and so its cluster, is written before its evidence and never changes cluster.
 */
export const FULL_TEXT_CLUSTERS_SQLITE: readonly string[] = [
  'CREATE TABLE evidence_fts_clusters (fts_rowid INTEGER PRIMARY KEY, cluster_id TEXT NOT NULL)',
  'INSERT INTO evidence_fts_clusters (fts_rowid, cluster_id) SELECT f.rowid, e.cluster_id FROM evidence_fts f JOIN events e ON e.id = f.event_id',
  'DROP TRIGGER evidence_fts_insert',
  `CREATE TRIGGER evidence_fts_insert AFTER INSERT ON evidence BEGIN
     INSERT INTO evidence_fts (text, event_id) VALUES (NEW.text, NEW.event_id);
     INSERT INTO evidence_fts_clusters (fts_rowid, cluster_id) SELECT last_insert_rowid(), e.cluster_id FROM events e WHERE e.id = NEW.event_id;
   END`,
];

/**
 * Migration 20 on PostgreSQL: each evidence row's cluster on the row (its report's, set on insert by
 * a trigger: a report never changes cluster), so a word search reads the matching rows' clusters
 * from the rows the GIN index already sends it to, instead of joining thousands of matches back to
 * `events` (a common word: a hash join over all 125,000 reports per request). SQLite has
 * `evidence_fts_clusters` for this (migration 12).
 */
export const EVIDENCE_CLUSTER_POSTGRES: readonly string[] = [
  'ALTER TABLE evidence ADD COLUMN cluster_id TEXT',
  'UPDATE evidence v SET cluster_id = e.cluster_id FROM events e WHERE e.id = v.event_id',
  `CREATE FUNCTION evidence_cluster() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     NEW.cluster_id := (SELECT e.cluster_id FROM events e WHERE e.id = NEW.event_id);
     RETURN NEW;
   END $$`,
  'CREATE TRIGGER evidence_cluster BEFORE INSERT ON evidence FOR EACH ROW EXECUTE FUNCTION evidence_cluster()',
];

/** Migration 10 on PostgreSQL. */
export const FULL_TEXT_POSTGRES: readonly string[] = [`CREATE INDEX evidence_text_search ON evidence USING GIN ((${PG_VECTOR}))`];

/** The words of a search: lower-cased runs of letters, digits and combining marks. */
export function searchWords(query: string): string[] {
  return query.toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
}

/**
 * A subquery of the cluster ids with an evidence sentence holding every word, and its
 * parameter; undefined when the query has no words (nothing can match).
 */
export function textMatchSql(query: string, dialect: 'sqlite' | 'postgres'): { sql: string; param: string } | undefined {
  const words = searchWords(query);
  if (words.length === 0) return undefined;
  if (dialect === 'postgres') {
    // `OFFSET 0` keeps PostgreSQL from flattening the match into the outer query: flattened, it
    // walked the sort index and recomputed each candidate's tsvector (a rare word: 12,000 of them,
    // 0.4 s) instead of reading the GIN index once (~20 ms).
    // The evidence row carries its cluster (migration 20).
    return {
      sql: `SELECT v4.cluster_id FROM (SELECT cluster_id FROM evidence WHERE ${PG_VECTOR} @@ plainto_tsquery('simple', ?) OFFSET 0) v4`,
      param: words.join(' '),
    };
  }
  // Each word quoted: FTS5 reads it as a plain string, never as an operator (AND, NEAR, column:…).
  return {
    sql: 'SELECT m.cluster_id FROM evidence_fts_clusters m WHERE m.fts_rowid IN (SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH ?)',
    param: words.map((w) => `"${w}"`).join(' '),
  };
}
