/**
 * Migration 24: a cluster's `dead`/`injured` (migration 8: the largest figure any of its reports
 * gives) kept incrementally on merge instead of recounted.
 *
 * Migration 8's merge trigger recomputed `MAX(dead)`/`MAX(injured)` over every report of the
 * cluster on each merge, a cost growing with the cluster (seconds per 10,000 pages). Reports are
 * only ever added to a cluster, one per merge and always before the cluster's `UPDATE`, and a max
 * only grows under additions: so the writer sets the merged value itself, the larger of the
 * stored value and the new report's (`writeCluster`), which equals the recount whenever the stored
 * value did. A new cluster still computes its values on insert (one report, cheap).
 *
 * What could lower a max, an event whose figure changes, an event moved to another cluster or
 * deleted, recounts the clusters it leaves and joins with triggers on `events`. The store itself
 * never updates or deletes an event, so these cost nothing when ingesting; they keep the columns
 * exact for anyone who edits the tables by hand.
 */
const MAX_OF = (column: string): string => `(SELECT MAX(e.${column}) FROM events e WHERE e.cluster_id = clusters.id)`;
const RECOUNT = (where: string): string => `UPDATE clusters SET dead = ${MAX_OF('dead')}, injured = ${MAX_OF('injured')} WHERE ${where}`;

/** Migration 24 on SQLite. */
export const SORT_MERGE_SQLITE: readonly string[] = [
  'DROP TRIGGER clusters_sort_merge',
  `CREATE TRIGGER events_sort_update AFTER UPDATE OF dead, injured, cluster_id ON events
   WHEN OLD.dead IS NOT NEW.dead OR OLD.injured IS NOT NEW.injured OR OLD.cluster_id IS NOT NEW.cluster_id BEGIN
     ${RECOUNT('id IN (OLD.cluster_id, NEW.cluster_id)')};
   END`,
  `CREATE TRIGGER events_sort_delete AFTER DELETE ON events BEGIN
     ${RECOUNT('id = OLD.cluster_id')};
   END`,
];

/** Migration 24 on PostgreSQL: the BEFORE trigger of migration 8 keeps only its insert case. */
export const SORT_MERGE_POSTGRES: readonly string[] = [
  'DROP TRIGGER clusters_sort_columns ON clusters',
  'CREATE TRIGGER clusters_sort_columns BEFORE INSERT ON clusters FOR EACH ROW EXECUTE FUNCTION clusters_sort_columns()',
  `CREATE FUNCTION events_sort_recount() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP = 'DELETE' THEN
       ${RECOUNT('id = OLD.cluster_id')};
     ELSE
       ${RECOUNT('id IN (OLD.cluster_id, NEW.cluster_id)')};
     END IF;
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER events_sort_update AFTER UPDATE OF dead, injured, cluster_id ON events FOR EACH ROW
   WHEN (OLD.dead IS DISTINCT FROM NEW.dead OR OLD.injured IS DISTINCT FROM NEW.injured OR OLD.cluster_id IS DISTINCT FROM NEW.cluster_id)
   EXECUTE FUNCTION events_sort_recount()`,
  'CREATE TRIGGER events_sort_delete AFTER DELETE ON events FOR EACH ROW EXECUTE FUNCTION events_sort_recount()',
];
