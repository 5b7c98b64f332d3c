/**
 * Migration 16: the timeline, map and network summaries per country, kept by triggers, so a
 * `country` filter (alone, or with type and dates on the timeline) reads a few hundred or thousand
 * summary rows instead of grouping its ~13,000 clusters per request.
 *
 * - `country_days` / `country_weeks`: as `timeline_days` / `timeline_weeks` (migrations 9, 12), per country.
 * - `country_places`: as `place_types` (migration 13), per country.
 * - `country_pairs`: as `pair_stats` (migration 9), per country.
 *
 * A cluster counts for every country of its `cluster_countries` rows (migration 15). Everything is
 * kept as deltas, so the order in which the triggers fire never matters (as migration 13's):
 * a new country row adds the cluster's current day, place and pairs, a deleted one takes them off;
 * a change of the cluster's start day, or of its place, dead or sources, moves its contribution in
 * every country it counts for; a new pair of the cluster is added to every one of its countries.
 * The cluster's type and Goldstein score never change. `country_weeks` follows `country_days` as
 * `timeline_weeks` follows `timeline_days`.
 */
import type { KeyedTimeline, Summary } from './keyed-timeline.js';
import { add, dayTriggerPostgres, dayTriggerSqlite, dayValues, weekBackfill, weekTriggerPostgres, weekTriggersSqlite } from './keyed-timeline.js';
import { sign } from './summaries.js';

type Dialect = 'sqlite' | 'postgres';

const DAYS: Summary = { table: 'country_days', key: ['country', 'day', 'type'], counts: ['events', 'cooperation', 'conflict', 'goldstein_sum'] };
const WEEKS: Summary = { table: 'country_weeks', key: ['country', 'week', 'type'], counts: DAYS.counts };
/** The timeline per country: a cluster counts for every country of its `cluster_countries` rows. */
const TIMELINE: KeyedTimeline = { days: DAYS, weeks: WEEKS, members: 'cluster_countries cc', memberKey: 'cc.country', dayTrigger: 'clusters_country_day' };
const PLACES: Summary = { table: 'country_places', key: ['country', 'place_id', 'type'], counts: ['events', 'dead', 'sources'] };
const PAIRS: Summary = {
  table: 'country_pairs',
  key: ['country', 'source_name', 'source_country', 'target_name', 'target_country'],
  counts: ['events', 'cooperation', 'conflict', 'goldstein_sum'],
};

const TABLES = (collate: string): string[] => [
  `CREATE TABLE country_days (country TEXT NOT NULL, day TEXT NOT NULL, type TEXT NOT NULL,
    events INTEGER NOT NULL, cooperation INTEGER NOT NULL, conflict INTEGER NOT NULL, goldstein_sum DOUBLE PRECISION NOT NULL, PRIMARY KEY (country, day, type))`,
  `CREATE TABLE country_weeks (country TEXT NOT NULL, week TEXT NOT NULL, type TEXT NOT NULL,
    events INTEGER NOT NULL, cooperation INTEGER NOT NULL, conflict INTEGER NOT NULL, goldstein_sum DOUBLE PRECISION NOT NULL, PRIMARY KEY (country, week, type))`,
  `CREATE TABLE country_places (country TEXT NOT NULL, place_id TEXT NOT NULL, type TEXT NOT NULL,
    events INTEGER NOT NULL, dead INTEGER NOT NULL, sources INTEGER NOT NULL, PRIMARY KEY (country, place_id, type))`,
  `CREATE TABLE country_pairs (country TEXT NOT NULL, source_name TEXT${collate} NOT NULL, source_country TEXT NOT NULL, target_name TEXT${collate} NOT NULL, target_country TEXT NOT NULL,
    events INTEGER NOT NULL, cooperation INTEGER NOT NULL, conflict INTEGER NOT NULL, goldstein_sum DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (country, source_name, source_country, target_name, target_country))`,
  'CREATE INDEX country_pairs_events ON country_pairs(country, events DESC, source_name, target_name)',
  // The triggers on `clusters` and `cluster_pairs` find a cluster's countries by cluster.
  'CREATE INDEX cluster_countries_cluster ON cluster_countries(cluster_id, country)',
];

/** Cluster `c`'s place row for `country`, times `n`. */
const placeValues = (country: string, c: string, n: number): string[] => [country, `${c}.place_id`, `${c}.type`, String(n), `${n} * COALESCE(${c}.dead, 0)`, `${n} * ${c}.sources`];
/** Pair `p` of cluster `c` for `country`, times `n`. */
const pairValues = (country: string, p: string, c: string, n: number): string[] => [
  country,
  `${p}.source_name`,
  `${p}.source_country`,
  `${p}.target_name`,
  `${p}.target_country`,
  String(n),
  `${n} * ${sign(`${c}.goldstein`, '>')}`,
  `${n} * ${sign(`${c}.goldstein`, '<')}`,
  `${n} * COALESCE(${c}.goldstein, 0)`,
];

/** A `cluster_countries` row `r` (NEW or OLD) added (1) or taken off (−1): its cluster's day, place and pairs. */
const membership = (r: string, n: number): string[] => [
  add(DAYS, dayValues(`${r}.country`, 'c', n), `FROM clusters c WHERE c.id = ${r}.cluster_id AND c.date_start IS NOT NULL`),
  add(PLACES, placeValues(`${r}.country`, 'c', n), `FROM clusters c WHERE c.id = ${r}.cluster_id AND c.place_id IS NOT NULL`),
  add(PAIRS, pairValues(`${r}.country`, 'cp', 'c', n), `FROM cluster_pairs cp JOIN clusters c ON c.id = cp.cluster_id WHERE cp.cluster_id = ${r}.cluster_id`),
];

/** Cluster row `r` at its place, times `n`, in every country it counts for. */
const movePlace = (r: string, n: number): string => add(PLACES, placeValues('cc.country', r, n), `FROM cluster_countries cc WHERE cc.cluster_id = ${r}.id AND ${r}.place_id IS NOT NULL`);
/** A new `cluster_pairs` row in every country of its cluster. */
const NEW_PAIR = add(PAIRS, pairValues('cc.country', 'NEW', 'c', 1), 'FROM cluster_countries cc JOIN clusters c ON c.id = cc.cluster_id WHERE cc.cluster_id = NEW.cluster_id');


const BACKFILL = (dialect: Dialect): string[] => [
  `INSERT INTO country_days (country, day, type, events, cooperation, conflict, goldstein_sum)
     SELECT cc.country, c.date_start, c.type, COUNT(*), SUM(${sign('c.goldstein', '>')}), SUM(${sign('c.goldstein', '<')}), SUM(COALESCE(c.goldstein, 0))
     FROM cluster_countries cc JOIN clusters c ON c.id = cc.cluster_id WHERE c.date_start IS NOT NULL GROUP BY cc.country, c.date_start, c.type`,
  weekBackfill(TIMELINE, dialect),
  `INSERT INTO country_places (country, place_id, type, events, dead, sources)
     SELECT cc.country, c.place_id, c.type, COUNT(*), SUM(COALESCE(c.dead, 0)), SUM(c.sources)
     FROM cluster_countries cc JOIN clusters c ON c.id = cc.cluster_id WHERE c.place_id IS NOT NULL GROUP BY cc.country, c.place_id, c.type`,
  `INSERT INTO country_pairs (country, source_name, source_country, target_name, target_country, events, cooperation, conflict, goldstein_sum)
     SELECT cc.country, cp.source_name, cp.source_country, cp.target_name, cp.target_country, COUNT(*), SUM(${sign('c.goldstein', '>')}), SUM(${sign('c.goldstein', '<')}), SUM(COALESCE(c.goldstein, 0))
     FROM cluster_countries cc JOIN cluster_pairs cp ON cp.cluster_id = cc.cluster_id JOIN clusters c ON c.id = cc.cluster_id
     GROUP BY cc.country, cp.source_name, cp.source_country, cp.target_name, cp.target_country`,
];

const PLACE_CHANGED = (is: string): string => `OLD.place_id ${is} NEW.place_id OR OLD.dead ${is} NEW.dead OR OLD.sources ${is} NEW.sources`;

/** Migration 16 on SQLite. */
export const COUNTRY_SUMMARIES_SQLITE: readonly string[] = [
  ...TABLES(''),
  ...BACKFILL('sqlite'),
  `CREATE TRIGGER cluster_countries_add AFTER INSERT ON cluster_countries BEGIN ${membership('NEW', 1).join(';\n     ')}; END`,
  `CREATE TRIGGER cluster_countries_remove AFTER DELETE ON cluster_countries BEGIN ${membership('OLD', -1).join(';\n     ')}; END`,
  dayTriggerSqlite(TIMELINE),
  `CREATE TRIGGER clusters_country_place AFTER UPDATE OF place_id, dead, sources ON clusters WHEN ${PLACE_CHANGED('IS NOT')} BEGIN
     ${movePlace('OLD', -1)};
     ${movePlace('NEW', 1)};
   END`,
  `CREATE TRIGGER cluster_pairs_countries AFTER INSERT ON cluster_pairs BEGIN ${NEW_PAIR}; END`,
  ...weekTriggersSqlite(TIMELINE),
];

/** Migration 16 on PostgreSQL (names sort by code point, as in SQLite). */
export const COUNTRY_SUMMARIES_POSTGRES: readonly string[] = [
  ...TABLES(' COLLATE "C"'),
  ...BACKFILL('postgres'),
  `CREATE FUNCTION cluster_countries_summaries() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP = 'INSERT' THEN
       ${membership('NEW', 1).join(';\n       ')};
     ELSE
       ${membership('OLD', -1).join(';\n       ')};
     END IF;
     RETURN NULL;
   END $$`,
  'CREATE TRIGGER cluster_countries_summaries AFTER INSERT OR DELETE ON cluster_countries FOR EACH ROW EXECUTE FUNCTION cluster_countries_summaries()',
  ...dayTriggerPostgres(TIMELINE),
  `CREATE FUNCTION clusters_country_place() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     ${movePlace('OLD', -1)};
     ${movePlace('NEW', 1)};
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER clusters_country_place AFTER UPDATE ON clusters FOR EACH ROW
   WHEN (${PLACE_CHANGED('IS DISTINCT FROM')}) EXECUTE FUNCTION clusters_country_place()`,
  `CREATE FUNCTION cluster_pairs_countries() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     ${NEW_PAIR};
     RETURN NULL;
   END $$`,
  'CREATE TRIGGER cluster_pairs_countries AFTER INSERT ON cluster_pairs FOR EACH ROW EXECUTE FUNCTION cluster_pairs_countries()',
  ...weekTriggerPostgres(TIMELINE),
];
