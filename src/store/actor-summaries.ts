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
import { add, dayValues } from './country-summaries.js';
import type { Summary } from './country-summaries.js';
import { WEEK_OF } from './week-type-summaries.js';

type Dialect = 'sqlite' | 'postgres';

const COUNTS = ['events', 'cooperation', 'conflict', 'goldstein_sum'];
const DAYS: Summary = { table: 'actor_days', key: ['actor_id', 'day', 'type'], counts: COUNTS };
const WEEKS: Summary = { table: 'actor_weeks', key: ['actor_id', 'week', 'type'], counts: COUNTS };

const TABLES = ['actor_days', 'actor_weeks'].map(
  (table) => `CREATE TABLE ${table} (actor_id TEXT NOT NULL, ${table === 'actor_days' ? 'day' : 'week'} TEXT NOT NULL, type TEXT NOT NULL,
    events INTEGER NOT NULL, cooperation INTEGER NOT NULL, conflict INTEGER NOT NULL, goldstein_sum DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (actor_id, ${table === 'actor_days' ? 'day' : 'week'}, type))`,
);

/** A new pair: its cluster's day for its actor. */
const NEW_PAIR = add(DAYS, dayValues('NEW.actor_id', 'c', 1), 'FROM clusters c WHERE c.id = NEW.cluster_id AND c.date_start IS NOT NULL');
/** Cluster row `r` on its start day, times `n`, for every actor it counts for. */
const moveDay = (r: string, n: number): string => add(DAYS, dayValues('ac.actor_id', r, n), `FROM actor_clusters ac WHERE ac.cluster_id = ${r}.id AND ${r}.date_start IS NOT NULL`);
/** An `actor_days` change (NEW less OLD, or NEW on insert) into its week. */
const weekDelta = (dialect: Dialect, old: string | null): string => {
  const minus = (col: string): string => (old ? ` - ${old}.${col}` : '');
  return add(WEEKS, ['NEW.actor_id', WEEK_OF[dialect]('NEW.day'), 'NEW.type', ...COUNTS.map((col) => `NEW.${col}${minus(col)}`)], 'WHERE true');
};

const BACKFILL = (dialect: Dialect): string[] => [
  `INSERT INTO actor_days (actor_id, day, type, events, cooperation, conflict, goldstein_sum)
     SELECT ac.actor_id, c.date_start, c.type, COUNT(*), SUM(CASE WHEN c.goldstein > 0 THEN 1 ELSE 0 END), SUM(CASE WHEN c.goldstein < 0 THEN 1 ELSE 0 END), SUM(COALESCE(c.goldstein, 0))
     FROM actor_clusters ac JOIN clusters c ON c.id = ac.cluster_id WHERE c.date_start IS NOT NULL GROUP BY ac.actor_id, c.date_start, c.type`,
  `INSERT INTO actor_weeks (actor_id, week, type, events, cooperation, conflict, goldstein_sum)
     SELECT actor_id, ${WEEK_OF[dialect]('day')}, type, SUM(events), SUM(cooperation), SUM(conflict), SUM(goldstein_sum) FROM actor_days GROUP BY actor_id, ${WEEK_OF[dialect]('day')}, type`,
];

/** Migration 22 on SQLite. */
export const ACTOR_SUMMARIES_SQLITE: readonly string[] = [
  ...TABLES,
  ...BACKFILL('sqlite'),
  `CREATE TRIGGER actor_clusters_days AFTER INSERT ON actor_clusters BEGIN ${NEW_PAIR}; END`,
  `CREATE TRIGGER clusters_actor_day AFTER UPDATE OF date_start ON clusters WHEN OLD.date_start IS NOT NEW.date_start BEGIN
     ${moveDay('OLD', -1)};
     ${moveDay('NEW', 1)};
   END`,
  `CREATE TRIGGER actor_days_week_insert AFTER INSERT ON actor_days BEGIN ${weekDelta('sqlite', null)}; END`,
  `CREATE TRIGGER actor_days_week_update AFTER UPDATE ON actor_days BEGIN ${weekDelta('sqlite', 'OLD')}; END`,
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
  `CREATE FUNCTION clusters_actor_day() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     ${moveDay('OLD', -1)};
     ${moveDay('NEW', 1)};
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER clusters_actor_day AFTER UPDATE OF date_start ON clusters FOR EACH ROW
   WHEN (OLD.date_start IS DISTINCT FROM NEW.date_start) EXECUTE FUNCTION clusters_actor_day()`,
  `CREATE FUNCTION actor_days_week() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP = 'INSERT' THEN
       ${weekDelta('postgres', null)};
     ELSE
       ${weekDelta('postgres', 'OLD')};
     END IF;
     RETURN NULL;
   END $$`,
  'CREATE TRIGGER actor_days_week AFTER INSERT OR UPDATE ON actor_days FOR EACH ROW EXECUTE FUNCTION actor_days_week()',
];
