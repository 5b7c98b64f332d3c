import type { SqlExecutor } from './sql.js';

/**
 * Migration 7: how many event clusters each place name (name, country) has a report at, kept up
 * to date on write, so `/api/stats` reads its busiest places from a small table instead of
 * grouping every report with `COUNT(DISTINCT …)`. `place_clusters` says which clusters a place
 * name is already counted for.
 */
export const PLACE_STATS_SQL = `
CREATE TABLE place_clusters (
  name TEXT NOT NULL,
  country TEXT NOT NULL,
  cluster_id TEXT NOT NULL,
  PRIMARY KEY (name, country, cluster_id)
);
CREATE TABLE place_stats (
  name TEXT NOT NULL,
  country TEXT NOT NULL,
  events INTEGER NOT NULL,
  PRIMARY KEY (name, country)
);
CREATE INDEX place_stats_events ON place_stats(events);
INSERT INTO place_clusters (name, country, cluster_id)
  SELECT DISTINCT p.name, p.country, c.id FROM places p JOIN events e ON e.place_id = p.id JOIN clusters c ON c.id = e.cluster_id;
INSERT INTO place_stats (name, country, events)
  SELECT name, country, COUNT(*) FROM place_clusters GROUP BY name, country;
`;

/** Counts one report's place into the summaries, once its cluster is known. */
export async function countPlace(tx: SqlExecutor, clusterId: string, place: { name: string; country: string }): Promise<void> {
  const known = await tx.all('SELECT 1 AS x FROM place_clusters WHERE name = ? AND country = ? AND cluster_id = ?', [place.name, place.country, clusterId]);
  if (known.length > 0) return;
  await tx.run('INSERT INTO place_clusters (name, country, cluster_id) VALUES (?, ?, ?)', [place.name, place.country, clusterId]);
  await tx.run('INSERT INTO place_stats (name, country, events) VALUES (?, ?, 0) ON CONFLICT DO NOTHING', [place.name, place.country]);
  await tx.run('UPDATE place_stats SET events = events + 1 WHERE name = ? AND country = ?', [place.name, place.country]);
}
