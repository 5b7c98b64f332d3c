/**
 * Migration 18: clusters per type and status, kept by triggers, so `/api/stats` reads a few dozen
 * rows instead of grouping all 100,000 clusters twice (by type, by status: 30–50 ms on either
 * database). A cluster's type and status are its representative report's and are set when the row
 * is inserted; the update trigger moves a cluster all the same should either ever change.
 */

const TABLE = 'CREATE TABLE cluster_counts (type TEXT NOT NULL, status TEXT NOT NULL, events INTEGER NOT NULL, PRIMARY KEY (type, status))';
const BACKFILL = "INSERT INTO cluster_counts (type, status, events) SELECT type, COALESCE(status, ''), COUNT(*) FROM clusters GROUP BY type, COALESCE(status, '')";

/** Adds (`n` = 1) or takes off (−1) row `r`. */
const count = (r: string, n: number): string => `INSERT INTO cluster_counts (type, status, events) SELECT ${r}.type, COALESCE(${r}.status, ''), ${n} WHERE true
     ON CONFLICT (type, status) DO UPDATE SET events = cluster_counts.events + excluded.events`;

/** Migration 18 on SQLite. */
export const CLUSTER_COUNTS_SQLITE: readonly string[] = [
  TABLE,
  BACKFILL,
  `CREATE TRIGGER clusters_counts_insert AFTER INSERT ON clusters BEGIN ${count('NEW', 1)}; END`,
  `CREATE TRIGGER clusters_counts_update AFTER UPDATE OF type, status ON clusters WHEN OLD.type IS NOT NEW.type OR OLD.status IS NOT NEW.status BEGIN
     ${count('OLD', -1)};
     ${count('NEW', 1)};
   END`,
];

/** Migration 18 on PostgreSQL. */
export const CLUSTER_COUNTS_POSTGRES: readonly string[] = [
  TABLE,
  BACKFILL,
  `CREATE FUNCTION clusters_counts() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP = 'UPDATE' THEN
       ${count('OLD', -1)};
     END IF;
     ${count('NEW', 1)};
     RETURN NULL;
   END $$`,
  'CREATE TRIGGER clusters_counts_insert AFTER INSERT ON clusters FOR EACH ROW EXECUTE FUNCTION clusters_counts()',
  `CREATE TRIGGER clusters_counts_update AFTER UPDATE OF type, status ON clusters FOR EACH ROW
   WHEN (OLD.type IS DISTINCT FROM NEW.type OR OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION clusters_counts()`,
];
