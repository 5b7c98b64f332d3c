/**
 * Migration 22: the timeline per actor (`actor_days`, `actor_weeks`: as `timeline_days` /
 * `timeline_weeks`, per actor id), kept by triggers, so the actor page's timeline (`actorName`,
 * weeks) reads the actor's summary rows instead of grouping its clusters per request.
 *
 * A cluster counts for every actor of its `actor_clusters` pairs (any report's actor or recipient).
 * Pairs are only ever added, after the cluster row: a new pair adds the cluster's current start day;
 * a change of the start day moves the cluster for each of its actors (found through
 * `actor_clusters(cluster_id, …)`, migration 17). The type and score never change.
 */
import type { KeyedTimeline, Summary } from './keyed-timeline.js';
import { add, dayTriggerPostgres, dayTriggerSqlite, dayValues, weekBackfill, weekTriggerPostgres, weekTriggersSqlite } from './keyed-timeline.js';

type Dialect = 'sqlite' | 'postgres';

const COUNTS = ['events', 'cooperation', 'conflict', 'goldstein_sum'];
const DAYS: Summary = { table: 'actor_days', key: ['actor_id', 'day', 'type'], counts: COUNTS };
const WEEKS: Summary = { table: 'actor_weeks', key: ['actor_id', 'week', 'type'], counts: COUNTS };

/** The timeline per actor: a cluster counts for every actor of its `actor_clusters` pairs. */
const TIMELINE: KeyedTimeline = { days: DAYS, weeks: WEEKS, members: 'actor_clusters ac', memberKey: 'ac.actor_id', dayTrigger: 'clusters_actor_day' };

const TABLES = ['actor_days', 'actor_weeks'].map(
  (table) => `CREATE TABLE ${table} (actor_id TEXT NOT NULL, ${table === 'actor_days' ? 'day' : 'week'} TEXT NOT NULL, type TEXT NOT NULL,
    events INTEGER NOT NULL, cooperation INTEGER NOT NULL, conflict INTEGER NOT NULL, goldstein_sum DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (actor_id, ${table === 'actor_days' ? 'day' : 'week'}, type))`,
);

/** A new pair: its cluster's day for its actor. */
const NEW_PAIR = add(DAYS, dayValues('NEW.actor_id', 'c', 1), 'FROM clusters c WHERE c.id = NEW.cluster_id AND c.date_start IS NOT NULL');

const BACKFILL = (dialect: Dialect): string[] => [
  `INSERT INTO actor_days (actor_id, day, type, events, cooperation, conflict, goldstein_sum)
     SELECT ac.actor_id, c.date_start, c.type, COUNT(*), SUM(CASE WHEN c.goldstein > 0 THEN 1 ELSE 0 END), SUM(CASE WHEN c.goldstein < 0 THEN 1 ELSE 0 END), SUM(COALESCE(c.goldstein, 0))
     FROM actor_clusters ac JOIN clusters c ON c.id = ac.cluster_id WHERE c.date_start IS NOT NULL GROUP BY ac.actor_id, c.date_start, c.type`,
  weekBackfill(TIMELINE, dialect),
];

/** Migration 22 on SQLite. */
export const ACTOR_SUMMARIES_SQLITE: readonly string[] = [
  ...TABLES,
  ...BACKFILL('sqlite'),
  `CREATE TRIGGER actor_clusters_days AFTER INSERT ON actor_clusters BEGIN ${NEW_PAIR}; END`,
  dayTriggerSqlite(TIMELINE),
  ...weekTriggersSqlite(TIMELINE),
];

/** Migration 22 on PostgreSQL. */
export const ACTOR_SUMMARIES_POSTGRES: readonly string[] = [
  ...TABLES,
  ...BACKFILL('postgres'),
  `CREATE FUNCTION actor_clusters_days() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     ${NEW_PAIR};
     RETURN NULL;
   END $$`,
  'CREATE TRIGGER actor_clusters_days AFTER INSERT ON actor_clusters FOR EACH ROW EXECUTE FUNCTION actor_clusters_days()',
  ...dayTriggerPostgres(TIMELINE),
  ...weekTriggerPostgres(TIMELINE),
];
