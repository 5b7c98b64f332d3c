/**
 * Migration 15: which clusters each country filter matches, kept by triggers. The `country`
 * filter matches a cluster located in the country (`clusters.country`) or with an actor of it (any
 * report's, through `actor_clusters`); answering that per request collected every actor role of
 * the country's actors (~13,000 clusters for Syria, 20–60 ms). `cluster_countries` holds one row
 * per (upper-cased country, cluster) with what makes it match — the place (`by_place`), an actor
 * (`by_actor`) — so a filter reads one primary-key range and a list walks its sort index probing
 * the key.
 *
 * The place can change when a report merges in (the cluster's country is the merged one): the
 * update trigger clears the old country's `by_place` (deleting the row when no actor holds it) and
 * sets the new one's. It runs BEFORE the row changes, so the per-country summaries (migration 16),
 * which add a cluster's current values when a country row appears and take them off when it goes,
 * see the old values there, and every AFTER trigger that moves the cluster's values (its own, and
 * those fired by the other triggers' nested updates on SQLite) finds the new set of countries.
 * Actor roles are only ever added (`actor_clusters` rows are never deleted, an actor's country never
 * changes), so the actor trigger only sets `by_actor`.
 *
 * Also here: a covering `(lat, lon, sort_key, id)` index for the `near` filter (the box's count
 * and its newest-first page read the index alone); it replaces the `(lat, lon)` one.
 */

const TABLE = `CREATE TABLE cluster_countries (
  country TEXT NOT NULL, cluster_id TEXT NOT NULL, by_place INTEGER NOT NULL, by_actor INTEGER NOT NULL,
  PRIMARY KEY (country, cluster_id))`;

const BACKFILL = [
  'INSERT INTO cluster_countries (country, cluster_id, by_place, by_actor) SELECT UPPER(country), id, 1, 0 FROM clusters WHERE country IS NOT NULL',
  `INSERT INTO cluster_countries (country, cluster_id, by_place, by_actor)
     SELECT DISTINCT UPPER(a.country), ac.cluster_id, 0, 1 FROM actor_clusters ac JOIN actors a ON a.id = ac.actor_id WHERE a.country IS NOT NULL
     ON CONFLICT (country, cluster_id) DO UPDATE SET by_actor = 1`,
  'CREATE INDEX clusters_near ON clusters(lat, lon, sort_key, id)',
  'DROP INDEX clusters_lat_lon',
];

/** Sets `by_place` for row `r`'s country. */
const placeOn = (r: string): string => `INSERT INTO cluster_countries (country, cluster_id, by_place, by_actor)
     SELECT UPPER(${r}.country), ${r}.id, 1, 0 WHERE ${r}.country IS NOT NULL
     ON CONFLICT (country, cluster_id) DO UPDATE SET by_place = 1`;

/** Clears `by_place` for row `r`'s country, dropping the row when no actor holds it either. */
const placeOff = (r: string): string[] => [
  `UPDATE cluster_countries SET by_place = 0 WHERE country = UPPER(${r}.country) AND cluster_id = ${r}.id`,
  `DELETE FROM cluster_countries WHERE country = UPPER(${r}.country) AND cluster_id = ${r}.id AND by_place = 0 AND by_actor = 0`,
];

/** Sets `by_actor` for the country of the actor of `actor_clusters` row NEW. */
const ACTOR_ON = `INSERT INTO cluster_countries (country, cluster_id, by_place, by_actor)
     SELECT UPPER(a.country), NEW.cluster_id, 0, 1 FROM actors a WHERE a.id = NEW.actor_id AND a.country IS NOT NULL
     ON CONFLICT (country, cluster_id) DO UPDATE SET by_actor = 1`;

/** Migration 15 on SQLite. */
export const COUNTRY_CLUSTERS_SQLITE: readonly string[] = [
  TABLE,
  ...BACKFILL,
  `CREATE TRIGGER clusters_countries_insert AFTER INSERT ON clusters BEGIN ${placeOn('NEW')}; END`,
  `CREATE TRIGGER clusters_countries_update BEFORE UPDATE OF country ON clusters WHEN OLD.country IS NOT NEW.country BEGIN
     ${[...placeOff('OLD'), placeOn('NEW')].join(';\n     ')};
   END`,
  `CREATE TRIGGER actor_clusters_countries AFTER INSERT ON actor_clusters BEGIN ${ACTOR_ON}; END`,
];

/** Migration 15 on PostgreSQL. */
export const COUNTRY_CLUSTERS_POSTGRES: readonly string[] = [
  TABLE,
  ...BACKFILL,
  `CREATE FUNCTION clusters_countries_insert() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     ${placeOn('NEW')};
     RETURN NULL;
   END $$`,
  'CREATE TRIGGER clusters_countries_insert AFTER INSERT ON clusters FOR EACH ROW EXECUTE FUNCTION clusters_countries_insert()',
  `CREATE FUNCTION clusters_countries_update() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     ${[...placeOff('OLD'), placeOn('NEW')].join(';\n     ')};
     RETURN NEW;
   END $$`,
  `CREATE TRIGGER clusters_countries_update BEFORE UPDATE OF country ON clusters FOR EACH ROW
   WHEN (OLD.country IS DISTINCT FROM NEW.country) EXECUTE FUNCTION clusters_countries_update()`,
  `CREATE FUNCTION actor_clusters_countries() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     ${ACTOR_ON};
     RETURN NULL;
   END $$`,
  'CREATE TRIGGER actor_clusters_countries AFTER INSERT ON actor_clusters FOR EACH ROW EXECUTE FUNCTION actor_clusters_countries()',
];

/**
 * Migration 17: actor → cluster pairs by cluster, so a page of a broad `actor` filter that walks a
 * sort index probes each cluster's few actors for one of the matching ones.
 */
export const ACTOR_CLUSTERS_BY_CLUSTER_SQL = 'CREATE INDEX actor_clusters_cluster ON actor_clusters(cluster_id, actor_id)';
