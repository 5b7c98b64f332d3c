import { filterSql } from './filter-sql.js';
import type { SqlDb, SqlExecutor, SqlRow, SqlValue } from './sql.js';
import { placeholders } from './sql.js';
import type { EventFilter, NetworkEdge, PlaceSummary, TimelineBucket } from './types.js';

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** Monday (ISO week start) of an ISO day, as an ISO day. */
export function weekStart(day: string): string {
  const d = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return day;
  const back = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - back);
  return d.toISOString().slice(0, 10);
}

/**
 * The mean Goldstein score of `n` events from their sum, to two decimals. The sum is rounded to
 * 1e-6 first: the summaries (daily, weekly, per type, per country) and the grouped clusters add the
 * same one-decimal scores in different orders, and a mean that lands on a half hundredth (-7.175)
 * would otherwise round either way with the last bit of the sum.
 */
function meanOf(sum: number, n: number): number {
  return n === 0 ? 0 : Math.round((Math.round(sum * 1e6) / 1e6 / n) * 100) / 100;
}

/** Whether a filter sets nothing but the given fields (paging and sorting aside), so a summary can answer it. */
function onlyFilters(filter: EventFilter, allowed: readonly (keyof EventFilter)[]): boolean {
  const ignored: readonly (keyof EventFilter)[] = ['limit', 'offset', 'sort', 'order'];
  return (Object.keys(filter) as (keyof EventFilter)[]).every((k) => filter[k] === undefined || ignored.includes(k) || allowed.includes(k));
}

/**
 * The daily and weekly summaries a timeline reads, the key that picks its rows there, and the
 * filter fields that scope it (for the clusters grouped around `since`).
 */
interface TimelineScope {
  days: string;
  weeks: string;
  key?: { column: string; value: string };
  filter: EventFilter;
}

/**
 * The summaries that answer a timeline filter, if any: type and dates alone, the whole store's
 * (migrations 9, 12); with a country, the country's (migration 16); with an exact actor name held
 * by one actor, the actor's (migration 22; a name several actors share is grouped from the clusters,
 * which counts a cluster of two of them once).
 */
async function timelineScope(db: SqlDb, filter: EventFilter): Promise<TimelineScope | undefined> {
  if (onlyFilters(filter, ['type', 'since', 'until', 'country'])) {
    const country = filter.country?.toUpperCase();
    return country === undefined
      ? { days: 'timeline_days', weeks: 'timeline_weeks', filter: {} }
      : { days: 'country_days', weeks: 'country_weeks', key: { column: 'country', value: country }, filter: { country } };
  }
  if (filter.actorName === undefined || !onlyFilters(filter, ['type', 'since', 'until', 'actorName'])) return undefined;
  const actors = await db.all('SELECT id FROM actors WHERE name = ?', [filter.actorName]);
  const [only] = actors;
  if (actors.length !== 1 || !only) return undefined;
  return { days: 'actor_days', weeks: 'actor_weeks', key: { column: 'actor_id', value: String(only['id']) }, filter: { actorName: filter.actorName } };
}

/**
 * Timeline rows (start day, type, count, cooperation, conflict, Goldstein sum) from the daily
 * summary (`timeline_days`, migration 9), for filters of type and dates only. `until` bounds the
 * start day there; `since` bounds the end day, so the summary answers the days from `since` on and
 * the few clusters that start before `since` but end after it are grouped from `clusters`.
 */
async function summaryTimelineRows(db: SqlDb, scope: TimelineScope, filter: EventFilter, withStraddlers = true): Promise<SqlRow[]> {
  const where: string[] = ['events > 0'];
  const params: SqlValue[] = [];
  if (scope.key) {
    where.push(`${scope.key.column} = ?`);
    params.push(scope.key.value);
  }
  const types = filter.type?.map((t) => t.toUpperCase()) ?? [];
  if (types.length > 0) {
    where.push(`type IN (${placeholders(types.length)})`);
    params.push(...types);
  }
  if (filter.until) {
    where.push('day <= ?');
    params.push(filter.until.slice(0, 10));
  }
  if (filter.since) {
    where.push('day >= ?');
    params.push(filter.since.slice(0, 10));
  }
  const rows = await db.all(
    `SELECT day, type, events AS n, cooperation AS coop, conflict, goldstein_sum AS gsum FROM ${scope.days} WHERE ${where.join(' AND ')}`,
    params,
  );
  if (!filter.since || !withStraddlers) return rows;
  const since = filter.since.slice(0, 10);
  const straddling = filterSql({ ...(types.length > 0 ? { type: types } : {}), ...(filter.until ? { until: filter.until } : {}), ...scope.filter }, db.dialect);
  const more = await db.all(
    `SELECT c.date_start AS day, c.type AS type, COUNT(*) AS n,
       SUM(CASE WHEN c.goldstein > 0 THEN 1 ELSE 0 END) AS coop, SUM(CASE WHEN c.goldstein < 0 THEN 1 ELSE 0 END) AS conflict, SUM(c.goldstein) AS gsum
     FROM clusters c ${straddling.where ? `${straddling.where} AND` : 'WHERE'} c.date_end >= ? AND c.date_start < ?
     GROUP BY c.date_start, c.type`,
    [...straddling.params, since, since],
  );
  return [...rows, ...more];
}

/** An ISO day `n` days after `day`. */
function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * Weekly timeline rows (`day` is a Monday, or a day of a week cut by `since`/`until`) for filters
 * of type and dates only: whole weeks inside the range from the weekly summary (`timeline_weeks`,
 * migration 12), the days of a cut first or last week from the daily one. Undefined when the range
 * holds no whole week (the daily path answers).
 */
async function weekTimelineRows(db: SqlDb, scope: TimelineScope, filter: EventFilter): Promise<SqlRow[] | undefined> {
  const since = filter.since?.slice(0, 10);
  const until = filter.until?.slice(0, 10);
  const first = since === undefined ? undefined : weekStart(since) === since ? since : addDays(weekStart(since), 7);
  const last = until === undefined ? undefined : addDays(weekStart(until), 6) <= until ? weekStart(until) : addDays(weekStart(until), -7);
  if (first !== undefined && last !== undefined && first > last) return undefined;
  const types = filter.type?.map((t) => t.toUpperCase()) ?? [];
  const where: string[] = ['events > 0'];
  const params: SqlValue[] = [];
  if (scope.key) {
    where.push(`${scope.key.column} = ?`);
    params.push(scope.key.value);
  }
  if (types.length > 0) {
    where.push(`type IN (${placeholders(types.length)})`);
    params.push(...types);
  }
  if (first !== undefined) {
    where.push('week >= ?');
    params.push(first);
  }
  if (last !== undefined) {
    where.push('week <= ?');
    params.push(last);
  }
  const rows = await db.all(
    `SELECT week AS day, type, events AS n, cooperation AS coop, conflict, goldstein_sum AS gsum FROM ${scope.weeks} WHERE ${where.join(' AND ')}`,
    params,
  );
  const typed = types.length > 0 ? { type: types } : {};
  // The days before the first whole week (and the clusters that start before `since` but end after it).
  if (since !== undefined && first !== undefined) rows.push(...(await summaryTimelineRows(db, scope, { ...typed, since, until: addDays(first, -1) })));
  if (until !== undefined && last !== undefined && addDays(last, 7) <= until) rows.push(...(await summaryTimelineRows(db, scope, { ...typed, since: addDays(last, 7), until }, false)));
  return rows;
}

/**
 * Event clusters per period and type with their cooperation/conflict balance (sign of the
 * representative report's Goldstein score, copied onto the cluster). Filters of type and dates
 * read the weekly summary (weeks) or the daily one (days); any other filter groups the matching clusters by day (index on the start
 * day). Weeks fold the days here, which keeps the SQL the same in both dialects. Undated events are left out.
 */
export async function queryTimeline(db: SqlDb, filter: EventFilter, interval: 'day' | 'week'): Promise<TimelineBucket[]> {
  const scope = await timelineScope(db, filter);
  let rows = scope && interval === 'week' ? await weekTimelineRows(db, scope, filter) : undefined;
  if (!rows && scope) rows = await summaryTimelineRows(db, scope, filter);
  if (!rows) {
    const { where, params } = filterSql(filter, db.dialect);
    rows = await db.all(
      `SELECT c.date_start AS day, c.type AS type, COUNT(*) AS n,
         SUM(CASE WHEN c.goldstein > 0 THEN 1 ELSE 0 END) AS coop,
         SUM(CASE WHEN c.goldstein < 0 THEN 1 ELSE 0 END) AS conflict,
         SUM(c.goldstein) AS gsum
       FROM clusters c
       ${where ? `${where} AND` : 'WHERE'} c.date_start IS NOT NULL
       GROUP BY c.date_start, c.type`,
      params,
    );
  }
  const buckets = new Map<string, TimelineBucket & { gsum: number }>();
  // Each day's week once (rows repeat a day for every type; date parsing dominated the fold).
  const weeks = new Map<string, string>();
  const weekOf = (day: string): string => {
    let week = weeks.get(day);
    if (week === undefined) weeks.set(day, (week = weekStart(day)));
    return week;
  };
  for (const r of rows) {
    const day = String(r['day']).slice(0, 10);
    const period = interval === 'week' ? weekOf(day) : day;
    const type = String(r['type']);
    const key = `${period}\u0000${type}`;
    const b = buckets.get(key) ?? { period, type, events: 0, cooperation: 0, conflict: 0, goldstein: 0, gsum: 0 };
    b.events += Number(r['n']);
    b.cooperation += Number(r['coop']);
    b.conflict += Number(r['conflict']);
    b.gsum += Number(r['gsum'] ?? 0);
    buckets.set(key, b);
  }
  // Types are ASCII codes: a plain comparison orders them as localeCompare did, far cheaper.
  return [...buckets.values()]
    .map(({ gsum, ...b }) => ({ ...b, goldstein: meanOf(gsum, b.events) }))
    .sort((a, b) => (a.period === b.period ? (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) : a.period < b.period ? -1 : 1));
}

/**
 * Actor → recipient name pairs over the representative reports of the matching clusters, with
 * event counts and the cooperation/conflict balance, strongest pairs first. Without filters the
 * pairs are read from their summary (`pair_stats`, an index walk), with type filters alone from the
 * per-type summary (`pair_types`); with other filters the matching
 * clusters are joined to their distinct pairs (`cluster_pairs`) and grouped.
 */
export async function queryNetwork(db: SqlDb, filter: EventFilter, limit: number): Promise<NetworkEdge[]> {
  const top = Math.floor(limit);
  let rows: SqlRow[];
  if (onlyFilters(filter, [])) {
    rows = await db.all(
      `SELECT source_name AS source, source_country, target_name AS target, target_country, events AS n, cooperation AS coop, conflict,
         goldstein_sum AS gsum
       FROM pair_stats WHERE events > 0 ORDER BY events DESC, source_name, target_name LIMIT ${top}`,
    );
  } else if (onlyFilters(filter, ['type']) && filter.type && filter.type.length > 0) {
    // Type filters alone: the per-type pair summary (`pair_types`, migration 12).
    const types = filter.type.map((t) => t.toUpperCase());
    rows = await db.all(
      `SELECT source_name AS source, source_country, target_name AS target, target_country, SUM(events) AS n, SUM(cooperation) AS coop, SUM(conflict) AS conflict,
         SUM(goldstein_sum) AS gsum
       FROM pair_types WHERE type IN (${placeholders(types.length)}) AND events > 0
       GROUP BY source_name, source_country, target_name, target_country
       ORDER BY n DESC, source_name, target_name LIMIT ${top}`,
      types,
    );
  } else if (onlyFilters(filter, ['country']) && filter.country) {
    // A country alone: the per-country pair summary (`country_pairs`, migration 16), an index walk.
    rows = await db.all(
      `SELECT source_name AS source, source_country, target_name AS target, target_country, events AS n, cooperation AS coop, conflict,
         goldstein_sum AS gsum
       FROM country_pairs WHERE country = ? AND events > 0 ORDER BY events DESC, source_name, target_name LIMIT ${top}`,
      [filter.country.toUpperCase()],
    );
  } else {
    const { where, params } = filterSql(filter, db.dialect);
    rows = await db.all(
      `SELECT cp.source_name AS source, cp.source_country, cp.target_name AS target, cp.target_country, COUNT(*) AS n,
         SUM(CASE WHEN c.goldstein > 0 THEN 1 ELSE 0 END) AS coop,
         SUM(CASE WHEN c.goldstein < 0 THEN 1 ELSE 0 END) AS conflict,
         SUM(COALESCE(c.goldstein, 0)) AS gsum
       FROM clusters c JOIN cluster_pairs cp ON cp.cluster_id = c.id
       ${where}
       GROUP BY cp.source_name, cp.source_country, cp.target_name, cp.target_country
       ORDER BY n DESC, cp.source_name, cp.target_name
       LIMIT ${top}`,
      params,
    );
  }
  // The summaries key unknown countries as '' (no NULLs in a key).
  const country = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : String(v));
  return rows.map((r) => ({
    source: { name: String(r['source']), country: country(r['source_country']) },
    target: { name: String(r['target']), country: country(r['target_country']) },
    events: Number(r['n']),
    cooperation: Number(r['coop']),
    conflict: Number(r['conflict']),
    goldstein: meanOf(Number(r['gsum'] ?? 0), Number(r['n'])),
  }));
}

/** Places with the event clusters located there (the representative report's place), busiest first, from `place_events`. */
export async function queryPlaces(db: SqlExecutor, limit: number): Promise<PlaceSummary[]> {
  const rows = await db.all(
    `SELECT p.name, p.country, p.admin1, p.lat, p.lon, p.place_precision, pe.events AS n
     FROM place_events pe JOIN places p ON p.id = pe.place_id
     WHERE pe.events > 0
     ORDER BY pe.events DESC, p.name LIMIT ${Math.floor(limit)}`,
  );
  return rows.map((r) => ({
    name: String(r['name']),
    country: String(r['country']),
    admin1: str(r['admin1']),
    lat: Number(r['lat']),
    lon: Number(r['lon']),
    precision: String(r['place_precision']),
    events: Number(r['n']),
  }));
}
