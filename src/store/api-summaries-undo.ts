import type { SqlDb } from './sql.js';

/**
 * Takes migrations 15 to 22 (and 25, which extends 19) off a database — their tables, triggers, functions and indexes, the
 * `(lat, lon)` index back — leaving it as version 14 had it. For the in-place upgrade test, and for
 * measuring what those migrations' triggers cost the write path (`bench/api/write-cost.ts`).
 */
export async function dropApiSummaries(db: SqlDb): Promise<void> {
  const pg = db.dialect === 'postgres';
  for (const [trigger, table] of [
    ['clusters_countries_insert', 'clusters'],
    ['clusters_countries_update', 'clusters'],
    ['actor_clusters_countries', 'actor_clusters'],
    ['clusters_country_day', 'clusters'],
    ['clusters_country_place', 'clusters'],
    ['cluster_pairs_countries', 'cluster_pairs'],
    ['clusters_counts_insert', 'clusters'],
    ['clusters_counts_update', 'clusters'],
    ['actor_clusters_days', 'actor_clusters'],
    ['clusters_actor_day', 'clusters'],
    ...(pg ? [['place_types_fold', 'place_types']] : [['place_types_fold_insert', 'place_types'], ['place_types_fold_update', 'place_types']]),
    // Migration 25's, which extends migration 19's place_map: taken off with it.
    ['places_map_update', 'places'],
  ]) {
    await db.run(pg ? `DROP TRIGGER ${trigger} ON ${table}` : `DROP TRIGGER ${trigger}`);
  }
  for (const table of ['cluster_countries', 'country_days', 'country_weeks', 'country_places', 'country_pairs', 'cluster_counts', 'place_map', 'actor_days', 'actor_weeks']) await db.run(`DROP TABLE ${table}${pg ? ' CASCADE' : ''}`);
  if (pg) {
    for (const fn of ['clusters_countries_insert', 'clusters_countries_update', 'actor_clusters_countries', 'cluster_countries_summaries', 'clusters_country_day', 'clusters_country_place', 'cluster_pairs_countries', 'country_days_week', 'clusters_counts', 'place_types_fold', 'places_map_update', 'actor_clusters_days', 'clusters_actor_day', 'actor_days_week']) {
      await db.run(`DROP FUNCTION ${fn}()`);
    }
    await db.run('DROP TRIGGER evidence_cluster ON evidence');
    await db.run('DROP FUNCTION evidence_cluster()');
    await db.run('ALTER TABLE evidence DROP COLUMN cluster_id');
  }
  await db.run('DROP INDEX actor_clusters_cluster');
  await db.run('DROP INDEX clusters_type_end_map');
  await db.run('DROP INDEX clusters_near');
  await db.run('CREATE INDEX clusters_lat_lon ON clusters(lat, lon)');
  // Migrations 23 and 24 (the writer's own index and triggers) stay applied; they do not depend on
  // 15 to 22. Migration 25 extends 19's place_map, so it goes with it.
  await db.run('DELETE FROM schema_migrations WHERE version BETWEEN 15 AND 22 OR version = 25');
}
