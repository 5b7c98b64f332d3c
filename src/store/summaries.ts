/**
 * Migration 9: summaries the aggregations read instead of grouping every cluster per request,
 * kept up to date by triggers on `clusters` (so the write path needs no change).
 *
 * - `pair_stats`: the event network, one row per actor → recipient name pair (countries as ''
 *   when unknown, so the key has no NULLs) with its clusters, cooperation/conflict and Goldstein
 *   sum; `/api/network` without filters reads its top rows from an index.
 * - `cluster_pairs`: the distinct name pairs of each cluster's representative report, so a
 *   filtered network groups one narrow table joined to the matching clusters instead of joining
 *   every actor role twice.
 * - `place_events`: clusters per place (the representative report's place), for `/api/places`.
 * - `timeline_days`: clusters per start day and type with the balance, for `/api/timeline`.
 *
 * A cluster's representative (its first report, whose id it shares), type and Goldstein score never
 * change once the row is inserted, and its reports and their actor roles are written before it:
 * the insert trigger counts the cluster once. Only the start day moves when a report merges in,
 * and the update trigger moves the cluster's count to the new day.
 */

const TABLES = (collate: string): string[] => [
  `CREATE TABLE pair_stats (
    source_name TEXT${collate} NOT NULL, source_country TEXT NOT NULL, target_name TEXT${collate} NOT NULL, target_country TEXT NOT NULL,
    events INTEGER NOT NULL, cooperation INTEGER NOT NULL, conflict INTEGER NOT NULL, goldstein_sum DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (source_name, source_country, target_name, target_country))`,
  'CREATE INDEX pair_stats_events ON pair_stats(events DESC, source_name, target_name)',
  `CREATE TABLE cluster_pairs (
    cluster_id TEXT NOT NULL, source_name TEXT${collate} NOT NULL, source_country TEXT NOT NULL, target_name TEXT${collate} NOT NULL, target_country TEXT NOT NULL,
    PRIMARY KEY (cluster_id, source_name, source_country, target_name, target_country))`,
  'CREATE TABLE place_events (place_id TEXT PRIMARY KEY, events INTEGER NOT NULL)',
  'CREATE INDEX place_events_events ON place_events(events DESC, place_id)',
  `CREATE TABLE timeline_days (
    day TEXT NOT NULL, type TEXT NOT NULL, events INTEGER NOT NULL, cooperation INTEGER NOT NULL, conflict INTEGER NOT NULL, goldstein_sum DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (day, type))`,
];

/** The distinct actor → recipient name pairs of cluster `id`'s representative report. */
const PAIRS_OF = (id: string): string => `SELECT DISTINCT ${id}, a.name, COALESCE(a.country, ''), b.name, COALESCE(b.country, '')
  FROM event_actors ea JOIN actors a ON a.id = ea.actor_id JOIN event_actors er ON er.event_id = ea.event_id JOIN actors b ON b.id = er.actor_id
  WHERE ea.event_id = ${id} AND ea.role = 'actor' AND er.role = 'recipient'`;

const CLUSTER_PAIRS = 'INSERT INTO cluster_pairs (cluster_id, source_name, source_country, target_name, target_country)';
/** Upsert tail adding a pair's counts into `pair_stats`. */
export const PAIR_UPSERT = `ON CONFLICT (source_name, source_country, target_name, target_country) DO UPDATE SET events = pair_stats.events + excluded.events,
  cooperation = pair_stats.cooperation + excluded.cooperation, conflict = pair_stats.conflict + excluded.conflict, goldstein_sum = pair_stats.goldstein_sum + excluded.goldstein_sum`;
const DAY_UPSERT = `ON CONFLICT (day, type) DO UPDATE SET events = timeline_days.events + excluded.events, cooperation = timeline_days.cooperation + excluded.cooperation,
  conflict = timeline_days.conflict + excluded.conflict, goldstein_sum = timeline_days.goldstein_sum + excluded.goldstein_sum`;
/** 1 when Goldstein `g` passes `test` against 0, else 0 (cooperation / conflict counts). */
export const sign = (g: string, test: string): string => `CASE WHEN ${g} ${test} 0 THEN 1 ELSE 0 END`;

/**
 * Statements counting cluster `c` (a row alias or NEW) into the pair and place summaries;
 * `pairsOf` selects the cluster's pairs (migration 14 adds joint events' pairs).
 */
export const countCluster = (c: string, pairsOf: (id: string) => string = PAIRS_OF): string[] => [
  `${CLUSTER_PAIRS} ${pairsOf(`${c}.id`)}`,
  `INSERT INTO pair_stats (source_name, source_country, target_name, target_country, events, cooperation, conflict, goldstein_sum)
     SELECT source_name, source_country, target_name, target_country, 1, ${sign(`${c}.goldstein`, '>')}, ${sign(`${c}.goldstein`, '<')}, COALESCE(${c}.goldstein, 0)
     FROM cluster_pairs WHERE cluster_id = ${c}.id ${PAIR_UPSERT}`,
  `INSERT INTO place_events (place_id, events) SELECT e.place_id, 1 FROM events e WHERE e.id = ${c}.id AND e.place_id IS NOT NULL
     ON CONFLICT (place_id) DO UPDATE SET events = place_events.events + 1`,
];

/** Adds (`n` = 1) or removes (−1) a cluster on its start day. */
export const countDay = (c: string, day: string, n: number): string =>
  `INSERT INTO timeline_days (day, type, events, cooperation, conflict, goldstein_sum)
     SELECT ${day}, ${c}.type, ${n}, ${n} * ${sign(`${c}.goldstein`, '>')}, ${n} * ${sign(`${c}.goldstein`, '<')}, ${n} * COALESCE(${c}.goldstein, 0)
     WHERE ${day} IS NOT NULL ${DAY_UPSERT}`;

/** Backfill from the clusters already stored (an upgraded database). */
const BACKFILL = [
  `${CLUSTER_PAIRS} SELECT DISTINCT c.id, a.name, COALESCE(a.country, ''), b.name, COALESCE(b.country, '')
     FROM clusters c JOIN event_actors ea ON ea.event_id = c.id AND ea.role = 'actor' JOIN actors a ON a.id = ea.actor_id
       JOIN event_actors er ON er.event_id = c.id AND er.role = 'recipient' JOIN actors b ON b.id = er.actor_id`,
  `INSERT INTO pair_stats (source_name, source_country, target_name, target_country, events, cooperation, conflict, goldstein_sum)
     SELECT cp.source_name, cp.source_country, cp.target_name, cp.target_country, COUNT(*), SUM(${sign('c.goldstein', '>')}), SUM(${sign('c.goldstein', '<')}), SUM(COALESCE(c.goldstein, 0))
     FROM cluster_pairs cp JOIN clusters c ON c.id = cp.cluster_id GROUP BY cp.source_name, cp.source_country, cp.target_name, cp.target_country`,
  `INSERT INTO place_events (place_id, events)
     SELECT e.place_id, COUNT(*) FROM clusters c JOIN events e ON e.id = c.id WHERE e.place_id IS NOT NULL GROUP BY e.place_id`,
  `INSERT INTO timeline_days (day, type, events, cooperation, conflict, goldstein_sum)
     SELECT c.date_start, c.type, COUNT(*), SUM(${sign('c.goldstein', '>')}), SUM(${sign('c.goldstein', '<')}), SUM(COALESCE(c.goldstein, 0))
     FROM clusters c WHERE c.date_start IS NOT NULL GROUP BY c.date_start, c.type`,
];

/** Migration 9 on SQLite: tables, backfill, and AFTER triggers (a trigger body is a list of statements). */
export const SUMMARIES_SQLITE: readonly string[] = [
  ...TABLES(''),
  ...BACKFILL,
  `CREATE TRIGGER clusters_summaries_insert AFTER INSERT ON clusters BEGIN
     ${[...countCluster('NEW'), countDay('NEW', 'NEW.date_start', 1)].join(';\n     ')};
   END`,
  `CREATE TRIGGER clusters_summaries_day AFTER UPDATE OF date_start ON clusters WHEN OLD.date_start IS NOT NEW.date_start BEGIN
     ${countDay('OLD', 'OLD.date_start', -1)};
     ${countDay('NEW', 'NEW.date_start', 1)};
   END`,
];

/** Migration 9 on PostgreSQL: the same, as plpgsql functions; names sort by code point as in SQLite. */
export const SUMMARIES_POSTGRES: readonly string[] = [
  ...TABLES(' COLLATE "C"'),
  ...BACKFILL,
  `CREATE FUNCTION clusters_summaries_insert() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     ${[...countCluster('NEW'), countDay('NEW', 'NEW.date_start', 1)].join(';\n     ')};
     RETURN NULL;
   END $$`,
  'CREATE TRIGGER clusters_summaries_insert AFTER INSERT ON clusters FOR EACH ROW EXECUTE FUNCTION clusters_summaries_insert()',
  `CREATE FUNCTION clusters_summaries_day() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     ${countDay('OLD', 'OLD.date_start', -1)};
     ${countDay('NEW', 'NEW.date_start', 1)};
     RETURN NULL;
   END $$`,
  'CREATE TRIGGER clusters_summaries_day AFTER UPDATE OF date_start ON clusters FOR EACH ROW WHEN (OLD.date_start IS DISTINCT FROM NEW.date_start) EXECUTE FUNCTION clusters_summaries_day()',
];
