/**
 * The per-key timeline summaries that `country_days`/`country_weeks` (migration 16) and
 * `actor_days`/`actor_weeks` (migration 22) share: the same day rows per key (a country, an actor
 * id), the week rows following the day rows by deltas, and a cluster's start day moved for every
 * key it counts for. Both migrations build their SQL here, byte for byte what each spelt on its
 * own before (applied migrations never change).
 */
import { sign } from './summaries.js';
import { WEEK_OF } from './week-type-summaries.js';

type Dialect = 'sqlite' | 'postgres';

/** A summary table: its key columns and the counts added up per key. */
export interface Summary {
  table: string;
  key: readonly string[];
  counts: readonly string[];
}

/** `INSERT … SELECT values FROM rest ON CONFLICT (key) DO UPDATE` adding the counts. */
export const add = (s: Summary, values: readonly string[], rest: string): string =>
  `INSERT INTO ${s.table} (${[...s.key, ...s.counts].join(', ')})
     SELECT ${values.join(', ')} ${rest}
     ON CONFLICT (${s.key.join(', ')}) DO UPDATE SET ${s.counts.map((v) => `${v} = ${s.table}.${v} + excluded.${v}`).join(', ')}`;

/** Cluster `c`'s day row for `key` (a country, an actor id), times `n` (1 adds, −1 takes off). */
export const dayValues = (key: string, c: string, n: number): string[] => [
  key,
  `${c}.date_start`,
  `${c}.type`,
  String(n),
  `${n} * ${sign(`${c}.goldstein`, '>')}`,
  `${n} * ${sign(`${c}.goldstein`, '<')}`,
  `${n} * COALESCE(${c}.goldstein, 0)`,
];

/** A keyed timeline: its day and week summaries and the table saying which keys a cluster counts for. */
export interface KeyedTimeline {
  /** `{key}_days`: (key, day, type) → counts. */
  days: Summary;
  /** `{key}_weeks`: (key, week, type) → the same counts. */
  weeks: Summary;
  /** The membership table and its alias (`cluster_countries cc`), with a `cluster_id` column. */
  members: string;
  /** The key column through the alias (`cc.country`). */
  memberKey: string;
  /** The name of the trigger (and PostgreSQL function) moving a cluster's start day (`clusters_country_day`). */
  dayTrigger: string;
}

/** Cluster row `r` (OLD or NEW) on its start day, times `n`, for every key it counts for. */
export function moveDay(t: KeyedTimeline, r: string, n: number): string {
  const alias = t.members.split(' ')[1] ?? '';
  return add(t.days, dayValues(t.memberKey, r, n), `FROM ${t.members} WHERE ${alias}.cluster_id = ${r}.id AND ${r}.date_start IS NOT NULL`);
}

/** A day row change (NEW less OLD, or NEW on insert) into its week. */
function weekDelta(t: KeyedTimeline, dialect: Dialect, old: string | null): string {
  const minus = (col: string): string => (old ? ` - ${old}.${col}` : '');
  return add(t.weeks, [`NEW.${t.days.key[0] ?? ''}`, WEEK_OF[dialect]('NEW.day'), 'NEW.type', ...t.days.counts.map((col) => `NEW.${col}${minus(col)}`)], 'WHERE true');
}

/** The week rows folded from the day rows (the backfill after the days'). */
export function weekBackfill(t: KeyedTimeline, dialect: Dialect): string {
  const key = t.days.key[0] ?? '';
  return `INSERT INTO ${t.weeks.table} (${key}, week, type, events, cooperation, conflict, goldstein_sum)
     SELECT ${key}, ${WEEK_OF[dialect]('day')}, type, SUM(events), SUM(cooperation), SUM(conflict), SUM(goldstein_sum) FROM ${t.days.table} GROUP BY ${key}, ${WEEK_OF[dialect]('day')}, type`;
}

/** SQLite: the trigger moving a cluster's start day, for every key it counts for. */
export function dayTriggerSqlite(t: KeyedTimeline): string {
  return `CREATE TRIGGER ${t.dayTrigger} AFTER UPDATE OF date_start ON clusters WHEN OLD.date_start IS NOT NEW.date_start BEGIN
     ${moveDay(t, 'OLD', -1)};
     ${moveDay(t, 'NEW', 1)};
   END`;
}

/** PostgreSQL: the function and trigger moving a cluster's start day, for every key it counts for. */
export function dayTriggerPostgres(t: KeyedTimeline): string[] {
  return [
    `CREATE FUNCTION ${t.dayTrigger}() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     ${moveDay(t, 'OLD', -1)};
     ${moveDay(t, 'NEW', 1)};
     RETURN NULL;
   END $$`,
    `CREATE TRIGGER ${t.dayTrigger} AFTER UPDATE OF date_start ON clusters FOR EACH ROW
   WHEN (OLD.date_start IS DISTINCT FROM NEW.date_start) EXECUTE FUNCTION ${t.dayTrigger}()`,
  ];
}

/** SQLite: the triggers keeping the week rows in step with the day rows. */
export function weekTriggersSqlite(t: KeyedTimeline): string[] {
  return [
    `CREATE TRIGGER ${t.days.table}_week_insert AFTER INSERT ON ${t.days.table} BEGIN ${weekDelta(t, 'sqlite', null)}; END`,
    `CREATE TRIGGER ${t.days.table}_week_update AFTER UPDATE ON ${t.days.table} BEGIN ${weekDelta(t, 'sqlite', 'OLD')}; END`,
  ];
}

/** PostgreSQL: the function and trigger keeping the week rows in step with the day rows. */
export function weekTriggerPostgres(t: KeyedTimeline): string[] {
  return [
    `CREATE FUNCTION ${t.days.table}_week() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP = 'INSERT' THEN
       ${weekDelta(t, 'postgres', null)};
     ELSE
       ${weekDelta(t, 'postgres', 'OLD')};
     END IF;
     RETURN NULL;
   END $$`,
    `CREATE TRIGGER ${t.days.table}_week AFTER INSERT OR UPDATE ON ${t.days.table} FOR EACH ROW EXECUTE FUNCTION ${t.days.table}_week()`,
  ];
}
