/**
 * Migration 8: what the event table sorts by, kept on the cluster row so every sort is one index
 * walk. `dead`/`injured` are the largest figure any report of the cluster gives (what the event
 * rows show); `actor_name` is the representative report's first actor (the cluster's first report,
 * which never changes). Triggers keep them up to date, so the write path needs no change: a
 * cluster row is inserted (or its `reports` count updated) after its reports and their actor roles
 * are written, and that is when the triggers recompute. (Migration 24, `sort-merge.ts`, replaced
 * the merge trigger's recount: the writer sets the merged `dead`/`injured` itself.)
 *
 * Each sortable value has an index `(value DESC, sort_key DESC, id)`: `ORDER BY value DESC,
 * sort_key DESC, id` walks it forwards and the exact reverse (`asc`) walks it backwards. Nullable
 * values sort through `COALESCE` (−1 for counts, '' for names), so both dialects put missing values
 * at the same end (SQLite and PostgreSQL order NULLs differently).
 */
/** The part both dialects run alike (`Migration.sql`). */
export const SORT_COLUMNS_SQL = `
ALTER TABLE clusters ADD COLUMN dead INTEGER;
ALTER TABLE clusters ADD COLUMN injured INTEGER;
UPDATE clusters SET dead = (SELECT MAX(e.dead) FROM events e WHERE e.cluster_id = clusters.id),
  injured = (SELECT MAX(e.injured) FROM events e WHERE e.cluster_id = clusters.id);
CREATE INDEX clusters_type_desc_sort ON clusters(type DESC, sort_key DESC, id);
CREATE INDEX clusters_dead_sort ON clusters((COALESCE(dead, -1)) DESC, sort_key DESC, id);
CREATE INDEX clusters_injured_sort ON clusters((COALESCE(injured, -1)) DESC, sort_key DESC, id);
CREATE INDEX clusters_sources_sort ON clusters(sources DESC, sort_key DESC, id);
CREATE INDEX clusters_goldstein_sort ON clusters((COALESCE(goldstein, 0)) DESC, sort_key DESC, id);
CREATE INDEX clusters_country_sort ON clusters((COALESCE(country, '')) DESC, sort_key DESC, id);
`;

const MAX_OF = (column: string, id: string): string => `(SELECT MAX(e.${column}) FROM events e WHERE e.cluster_id = ${id})`;
const FIRST_ACTOR = (id: string): string =>
  `(SELECT a.name FROM event_actors ea JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id = ${id} AND ea.role = 'actor' ORDER BY ea.ord LIMIT 1)`;

/** The actor column's backfill and index, after the column exists. */
const ACTOR_BACKFILL = [
  `UPDATE clusters SET actor_name = ${FIRST_ACTOR('clusters.id')}`,
  "CREATE INDEX clusters_actor_sort ON clusters((COALESCE(actor_name, '')) DESC, sort_key DESC, id)",
];

/** Migration 8's statements that differ by dialect (run verbatim after the shared part): the actor column, then the triggers. */
export const SORT_COLUMNS_SQLITE: readonly string[] = [
  // Names sort by code point (SQLite's BINARY), as PostgreSQL's "C" collation does.
  'ALTER TABLE clusters ADD COLUMN actor_name TEXT',
  ...ACTOR_BACKFILL,
  `CREATE TRIGGER clusters_sort_insert AFTER INSERT ON clusters BEGIN
     UPDATE clusters SET dead = ${MAX_OF('dead', 'NEW.id')}, injured = ${MAX_OF('injured', 'NEW.id')}, actor_name = ${FIRST_ACTOR('NEW.id')} WHERE id = NEW.id;
   END`,
  `CREATE TRIGGER clusters_sort_merge AFTER UPDATE OF reports ON clusters BEGIN
     UPDATE clusters SET dead = ${MAX_OF('dead', 'NEW.id')}, injured = ${MAX_OF('injured', 'NEW.id')} WHERE id = NEW.id;
   END`,
];

/** The same for PostgreSQL: one BEFORE trigger sets the values on the row being written. */
export const SORT_COLUMNS_POSTGRES: readonly string[] = [
  'ALTER TABLE clusters ADD COLUMN actor_name TEXT COLLATE "C"',
  ...ACTOR_BACKFILL,
  `CREATE FUNCTION clusters_sort_columns() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     NEW.dead := ${MAX_OF('dead', 'NEW.id')};
     NEW.injured := ${MAX_OF('injured', 'NEW.id')};
     IF TG_OP = 'INSERT' THEN
       NEW.actor_name := ${FIRST_ACTOR('NEW.id')};
     END IF;
     RETURN NEW;
   END $$`,
  'CREATE TRIGGER clusters_sort_columns BEFORE INSERT OR UPDATE OF reports ON clusters FOR EACH ROW EXECUTE FUNCTION clusters_sort_columns()',
];
