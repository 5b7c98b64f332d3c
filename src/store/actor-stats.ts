import type { SqlExecutor } from './sql.js';

/**
 * Migration 6: per-actor summaries kept up to date on write, so `/api/actors` and `/api/stats`
 * read a few thousand rows instead of grouping every actor role of the store with
 * `COUNT(DISTINCT …)`. `actor_clusters` says which clusters an actor is already counted in (and in
 * which roles); `actor_stats` holds the counts and the Goldstein sum over actor roles (the mean
 * is `goldstein_sum / roles`, as `AVG` over the role rows was before). The pairs also answer the
 * `actor`/`country` filters; `events_place_cluster` covers the busiest-places count.
 */
export const ACTOR_STATS_SQL = `
CREATE TABLE actor_clusters (
  actor_id TEXT NOT NULL REFERENCES actors(id),
  cluster_id TEXT NOT NULL,
  as_actor INTEGER NOT NULL,
  as_recipient INTEGER NOT NULL,
  PRIMARY KEY (actor_id, cluster_id)
);
CREATE TABLE actor_stats (
  actor_id TEXT PRIMARY KEY REFERENCES actors(id),
  events INTEGER NOT NULL,
  as_actor INTEGER NOT NULL,
  as_recipient INTEGER NOT NULL,
  cooperation INTEGER NOT NULL,
  conflict INTEGER NOT NULL,
  goldstein_sum DOUBLE PRECISION NOT NULL,
  roles INTEGER NOT NULL
);
CREATE INDEX actor_stats_events ON actor_stats(events);
CREATE INDEX events_place_cluster ON events(place_id, cluster_id);
INSERT INTO actor_clusters (actor_id, cluster_id, as_actor, as_recipient)
  SELECT ea.actor_id, e.cluster_id, MAX(CASE WHEN ea.role = 'actor' THEN 1 ELSE 0 END), MAX(CASE WHEN ea.role = 'recipient' THEN 1 ELSE 0 END)
  FROM event_actors ea JOIN events e ON e.id = ea.event_id JOIN clusters c ON c.id = e.cluster_id
  GROUP BY ea.actor_id, e.cluster_id;
INSERT INTO actor_stats (actor_id, events, as_actor, as_recipient, cooperation, conflict, goldstein_sum, roles)
  SELECT ea.actor_id,
    COUNT(DISTINCT c.id),
    COUNT(DISTINCT CASE WHEN ea.role = 'actor' THEN c.id END),
    COUNT(DISTINCT CASE WHEN ea.role = 'recipient' THEN c.id END),
    COUNT(DISTINCT CASE WHEN c.goldstein > 0 THEN c.id END),
    COUNT(DISTINCT CASE WHEN c.goldstein < 0 THEN c.id END),
    SUM(c.goldstein), COUNT(*)
  FROM event_actors ea JOIN events e ON e.id = ea.event_id JOIN clusters c ON c.id = e.cluster_id
  GROUP BY ea.actor_id;
`;

/**
 * Counts one report's actor roles into the summaries, once its cluster is known. `goldstein` is
 * the cluster's (its representative's) score, which never changes after the cluster is created.
 */
export async function countActorRoles(tx: SqlExecutor, clusterId: string, goldstein: number, roles: readonly { role: string; actorId: string }[]): Promise<void> {
  for (const { role, actorId } of roles) {
    const flag = role === 'actor' ? 'as_actor' : 'as_recipient';
    const [pair] = await tx.all('SELECT as_actor, as_recipient FROM actor_clusters WHERE actor_id = ? AND cluster_id = ?', [actorId, clusterId]);
    const newCluster = pair === undefined;
    const newRole = newCluster || Number(pair[flag]) === 0;
    if (newCluster) {
      await tx.run('INSERT INTO actor_clusters (actor_id, cluster_id, as_actor, as_recipient) VALUES (?, ?, ?, ?)', [actorId, clusterId, role === 'actor' ? 1 : 0, role === 'actor' ? 0 : 1]);
    } else if (newRole) {
      await tx.run(`UPDATE actor_clusters SET ${flag} = 1 WHERE actor_id = ? AND cluster_id = ?`, [actorId, clusterId]);
    }
    const one = (b: boolean): number => (b ? 1 : 0);
    await tx.run('INSERT INTO actor_stats (actor_id, events, as_actor, as_recipient, cooperation, conflict, goldstein_sum, roles) VALUES (?, 0, 0, 0, 0, 0, 0, 0) ON CONFLICT DO NOTHING', [actorId]);
    await tx.run(
      `UPDATE actor_stats SET events = events + ?, as_actor = as_actor + ?, as_recipient = as_recipient + ?, cooperation = cooperation + ?,
         conflict = conflict + ?, goldstein_sum = goldstein_sum + ?, roles = roles + 1 WHERE actor_id = ?`,
      [one(newCluster), one(newRole && role === 'actor'), one(newRole && role !== 'actor'), one(newCluster && goldstein > 0), one(newCluster && goldstein < 0), goldstein, actorId],
    );
  }
}
