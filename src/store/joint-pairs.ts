/**
 * Migration 14: joint events in the network. The coder writes "X and Y met" as one event with
 * every participant an actor and no recipient (PLOVER's compound actors), so the migration-9
 * summaries, which pair actors with recipients, gave such an event no edge at all. The network
 * now counts a joint event once for each ordered pair of its actors (CAMEO's dyads, as the CSV
 * export writes them): `cluster_pairs` gets those pairs, so `pair_stats`, the per-type pairs
 * (migration 12, a trigger on `cluster_pairs`) and the filtered network all see them.
 *
 * The cluster insert trigger is replaced by one that inserts both kinds of pair before counting
 * them; clusters already stored get their joint pairs backfilled.
 */
import { countCluster, countDay, PAIR_UPSERT, sign } from './summaries.js';

/** Ordered pairs of distinct actors of cluster `id`'s representative report when it has no recipient. */
const JOINT_PAIRS_OF = (id: string): string => `SELECT DISTINCT ${id}, a.name, COALESCE(a.country, ''), b.name, COALESCE(b.country, '')
  FROM event_actors ea JOIN actors a ON a.id = ea.actor_id JOIN event_actors eb ON eb.event_id = ea.event_id AND eb.role = 'actor' JOIN actors b ON b.id = eb.actor_id
  WHERE ea.event_id = ${id} AND ea.role = 'actor' AND (a.name <> b.name OR COALESCE(a.country, '') <> COALESCE(b.country, ''))
    AND NOT EXISTS (SELECT 1 FROM event_actors er WHERE er.event_id = ${id} AND er.role = 'recipient')`;

/** Actor → recipient pairs (as migration 9) and joint pairs of cluster `id`. */
const ALL_PAIRS_OF = (id: string): string => `SELECT DISTINCT ${id}, a.name, COALESCE(a.country, ''), b.name, COALESCE(b.country, '')
  FROM event_actors ea JOIN actors a ON a.id = ea.actor_id JOIN event_actors er ON er.event_id = ea.event_id JOIN actors b ON b.id = er.actor_id
  WHERE ea.event_id = ${id} AND ea.role = 'actor' AND er.role = 'recipient'
  UNION ${JOINT_PAIRS_OF(id)}`;

const CLUSTER_PAIRS = 'INSERT INTO cluster_pairs (cluster_id, source_name, source_country, target_name, target_country)';

/** The migration-9 insert trigger's body with joint pairs added (place and day counts unchanged). */
const insertBody = (c: string): string[] => [...countCluster(c, ALL_PAIRS_OF), countDay(c, `${c}.date_start`, 1)];

/** Joint pairs of the clusters already stored, then their counts into `pair_stats`. */
const BACKFILL = [
  `CREATE TEMPORARY TABLE joint_backfill AS SELECT DISTINCT c.id AS cluster_id, a.name AS source_name, COALESCE(a.country, '') AS source_country, b.name AS target_name, COALESCE(b.country, '') AS target_country
     FROM clusters c JOIN event_actors ea ON ea.event_id = c.id AND ea.role = 'actor' JOIN actors a ON a.id = ea.actor_id
       JOIN event_actors eb ON eb.event_id = c.id AND eb.role = 'actor' JOIN actors b ON b.id = eb.actor_id
     WHERE (a.name <> b.name OR COALESCE(a.country, '') <> COALESCE(b.country, ''))
       AND NOT EXISTS (SELECT 1 FROM event_actors er WHERE er.event_id = c.id AND er.role = 'recipient')`,
  `${CLUSTER_PAIRS} SELECT cluster_id, source_name, source_country, target_name, target_country FROM joint_backfill`,
  `INSERT INTO pair_stats (source_name, source_country, target_name, target_country, events, cooperation, conflict, goldstein_sum)
     SELECT j.source_name, j.source_country, j.target_name, j.target_country, COUNT(*), SUM(${sign('c.goldstein', '>')}), SUM(${sign('c.goldstein', '<')}), SUM(COALESCE(c.goldstein, 0))
     FROM joint_backfill j JOIN clusters c ON c.id = j.cluster_id WHERE true GROUP BY j.source_name, j.source_country, j.target_name, j.target_country ${PAIR_UPSERT}`,
  'DROP TABLE joint_backfill',
];

/** Migration 14 on SQLite. */
export const JOINT_PAIRS_SQLITE: readonly string[] = [
  ...BACKFILL,
  'DROP TRIGGER clusters_summaries_insert',
  `CREATE TRIGGER clusters_summaries_insert AFTER INSERT ON clusters BEGIN
     ${insertBody('NEW').join(';\n     ')};
   END`,
];

/** Migration 14 on PostgreSQL: the trigger function replaced in place. */
export const JOINT_PAIRS_POSTGRES: readonly string[] = [
  ...BACKFILL,
  `CREATE OR REPLACE FUNCTION clusters_summaries_insert() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     ${insertBody('NEW').join(';\n     ')};
     RETURN NULL;
   END $$`,
];
