/**
 * Migration 12 (second part): two more summaries, kept by triggers on the summaries of migration 9
 * (so neither the write path nor the cluster triggers change).
 *
 * - `timeline_weeks`: `timeline_days` folded into ISO weeks (Monday). The timeline view asks for
 *   weeks first; a three-year range is ~160 weeks × 16 types instead of ~1,100 days × 16 types.
 *   A trigger on `timeline_days` adds each change's delta (an upsert that updates fires the update
 *   trigger, an insert the insert trigger, in both dialects).
 * - `pair_types`: the network's actor → recipient pairs per event type, so a network filtered by
 *   type only reads the pairs of those types instead of joining every matching cluster to its
 *   pairs. A trigger on `cluster_pairs` counts each new pair with its cluster's type and score
 *   (the cluster row exists: its pairs are written by its own AFTER INSERT trigger).
 */

/** The Monday of a `YYYY-MM-DD` text column, as text, per dialect. */
export const WEEK_OF = {
  sqlite: (day: string): string => `date(${day}, '-' || ((CAST(strftime('%w', ${day}) AS INTEGER) + 6) % 7) || ' days')`,
  postgres: (day: string): string => `to_char(date_trunc('week', CAST(${day} AS date)), 'YYYY-MM-DD')`,
};

const TABLES = (collate: string): string[] => [
  `CREATE TABLE timeline_weeks (
    week TEXT NOT NULL, type TEXT NOT NULL, events INTEGER NOT NULL, cooperation INTEGER NOT NULL, conflict INTEGER NOT NULL, goldstein_sum DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (week, type))`,
  `CREATE TABLE pair_types (
    type TEXT NOT NULL, source_name TEXT${collate} NOT NULL, source_country TEXT NOT NULL, target_name TEXT${collate} NOT NULL, target_country TEXT NOT NULL,
    events INTEGER NOT NULL, cooperation INTEGER NOT NULL, conflict INTEGER NOT NULL, goldstein_sum DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (type, source_name, source_country, target_name, target_country))`,
];

const sign = (g: string, test: string): string => `CASE WHEN ${g} ${test} 0 THEN 1 ELSE 0 END`;

const BACKFILL = (dialect: 'sqlite' | 'postgres'): string[] => [
  `INSERT INTO timeline_weeks (week, type, events, cooperation, conflict, goldstein_sum)
     SELECT ${WEEK_OF[dialect]('day')}, type, SUM(events), SUM(cooperation), SUM(conflict), SUM(goldstein_sum) FROM timeline_days GROUP BY ${WEEK_OF[dialect]('day')}, type`,
  `INSERT INTO pair_types (type, source_name, source_country, target_name, target_country, events, cooperation, conflict, goldstein_sum)
     SELECT c.type, cp.source_name, cp.source_country, cp.target_name, cp.target_country, COUNT(*), SUM(${sign('c.goldstein', '>')}), SUM(${sign('c.goldstein', '<')}), SUM(COALESCE(c.goldstein, 0))
     FROM cluster_pairs cp JOIN clusters c ON c.id = cp.cluster_id GROUP BY c.type, cp.source_name, cp.source_country, cp.target_name, cp.target_country`,
];

/** Adds row `r`'s counts minus `old`'s (null on insert) to its week. */
const WEEK_DELTA = (dialect: 'sqlite' | 'postgres', old: string | null): string => {
  const minus = (col: string): string => (old ? ` - ${old}.${col}` : '');
  return `INSERT INTO timeline_weeks (week, type, events, cooperation, conflict, goldstein_sum)
     VALUES (${WEEK_OF[dialect]('NEW.day')}, NEW.type, NEW.events${minus('events')}, NEW.cooperation${minus('cooperation')}, NEW.conflict${minus('conflict')}, NEW.goldstein_sum${minus('goldstein_sum')})
     ON CONFLICT (week, type) DO UPDATE SET events = timeline_weeks.events + excluded.events, cooperation = timeline_weeks.cooperation + excluded.cooperation,
       conflict = timeline_weeks.conflict + excluded.conflict, goldstein_sum = timeline_weeks.goldstein_sum + excluded.goldstein_sum`;
};

const PAIR_TYPE_COUNT = `INSERT INTO pair_types (type, source_name, source_country, target_name, target_country, events, cooperation, conflict, goldstein_sum)
     SELECT c.type, NEW.source_name, NEW.source_country, NEW.target_name, NEW.target_country, 1, ${sign('c.goldstein', '>')}, ${sign('c.goldstein', '<')}, COALESCE(c.goldstein, 0)
     FROM clusters c WHERE c.id = NEW.cluster_id
     ON CONFLICT (type, source_name, source_country, target_name, target_country) DO UPDATE SET events = pair_types.events + excluded.events,
       cooperation = pair_types.cooperation + excluded.cooperation, conflict = pair_types.conflict + excluded.conflict, goldstein_sum = pair_types.goldstein_sum + excluded.goldstein_sum`;

/** Migration 12's summaries on SQLite. */
export const WEEK_TYPE_SQLITE: readonly string[] = [
  ...TABLES(''),
  ...BACKFILL('sqlite'),
  `CREATE TRIGGER timeline_days_week_insert AFTER INSERT ON timeline_days BEGIN ${WEEK_DELTA('sqlite', null)}; END`,
  `CREATE TRIGGER timeline_days_week_update AFTER UPDATE ON timeline_days BEGIN ${WEEK_DELTA('sqlite', 'OLD')}; END`,
  `CREATE TRIGGER cluster_pairs_type_insert AFTER INSERT ON cluster_pairs BEGIN ${PAIR_TYPE_COUNT}; END`,
];

/** Migration 12's summaries on PostgreSQL (names sort by code point, as in SQLite). */
export const WEEK_TYPE_POSTGRES: readonly string[] = [
  ...TABLES(' COLLATE "C"'),
  ...BACKFILL('postgres'),
  `CREATE FUNCTION timeline_days_week() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP = 'INSERT' THEN
       ${WEEK_DELTA('postgres', null)};
     ELSE
       ${WEEK_DELTA('postgres', 'OLD')};
     END IF;
     RETURN NULL;
   END $$`,
  'CREATE TRIGGER timeline_days_week AFTER INSERT OR UPDATE ON timeline_days FOR EACH ROW EXECUTE FUNCTION timeline_days_week()',
  `CREATE FUNCTION cluster_pairs_type() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     ${PAIR_TYPE_COUNT};
     RETURN NULL;
   END $$`,
  'CREATE TRIGGER cluster_pairs_type AFTER INSERT ON cluster_pairs FOR EACH ROW EXECUTE FUNCTION cluster_pairs_type()',
];
