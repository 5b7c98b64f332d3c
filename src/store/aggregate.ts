import { filterSql } from './filter-sql.js';
import type { SqlExecutor } from './sql.js';
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
 * Event clusters per period and type with their cooperation/conflict balance (sign of the
 * representative report's Goldstein score, copied onto the cluster). Grouped by day in SQL (index on the start day);
 * weeks fold the days here, which keeps the SQL the same in both dialects. Undated events are left out.
 */
export async function queryTimeline(db: SqlExecutor, filter: EventFilter, interval: 'day' | 'week'): Promise<TimelineBucket[]> {
  const { where, params } = filterSql(filter);
  const rows = await db.all(
    `SELECT c.date_start AS day, c.type AS type, COUNT(*) AS n,
       SUM(CASE WHEN c.goldstein > 0 THEN 1 ELSE 0 END) AS coop,
       SUM(CASE WHEN c.goldstein < 0 THEN 1 ELSE 0 END) AS conflict,
       SUM(c.goldstein) AS gsum
     FROM clusters c
     ${where ? `${where} AND` : 'WHERE'} c.date_start IS NOT NULL
     GROUP BY c.date_start, c.type`,
    params,
  );
  const buckets = new Map<string, TimelineBucket & { gsum: number }>();
  for (const r of rows) {
    const day = String(r['day']).slice(0, 10);
    const period = interval === 'week' ? weekStart(day) : day;
    const type = String(r['type']);
    const key = `${period}\u0000${type}`;
    const b = buckets.get(key) ?? { period, type, events: 0, cooperation: 0, conflict: 0, goldstein: 0, gsum: 0 };
    b.events += Number(r['n']);
    b.cooperation += Number(r['coop']);
    b.conflict += Number(r['conflict']);
    b.gsum += Number(r['gsum'] ?? 0);
    buckets.set(key, b);
  }
  return [...buckets.values()]
    .map(({ gsum, ...b }) => ({ ...b, goldstein: Math.round((gsum / b.events) * 100) / 100 }))
    .sort((a, b) => (a.period === b.period ? a.type.localeCompare(b.type) : a.period < b.period ? -1 : 1));
}

/**
 * Actor → recipient pairs over the representative reports of the matching clusters, with event
 * counts and the cooperation/conflict balance, strongest pairs first.
 */
export async function queryNetwork(db: SqlExecutor, filter: EventFilter, limit: number): Promise<NetworkEdge[]> {
  const { where, params } = filterSql(filter);
  const rows = await db.all(
    `SELECT a.name AS source, a.country AS source_country, b.name AS target, b.country AS target_country,
       COUNT(DISTINCT c.id) AS n,
       COUNT(DISTINCT CASE WHEN c.goldstein > 0 THEN c.id END) AS coop,
       COUNT(DISTINCT CASE WHEN c.goldstein < 0 THEN c.id END) AS conflict,
       AVG(c.goldstein) AS goldstein
     FROM clusters c
       JOIN event_actors ea ON ea.event_id = c.id AND ea.role = 'actor' JOIN actors a ON a.id = ea.actor_id
       JOIN event_actors er ON er.event_id = c.id AND er.role = 'recipient' JOIN actors b ON b.id = er.actor_id
     ${where}
     GROUP BY a.name, a.country, b.name, b.country
     ORDER BY n DESC, a.name, b.name
     LIMIT ${Math.floor(limit)}`,
    params,
  );
  return rows.map((r) => ({
    source: { name: String(r['source']), country: str(r['source_country']) },
    target: { name: String(r['target']), country: str(r['target_country']) },
    events: Number(r['n']),
    cooperation: Number(r['coop']),
    conflict: Number(r['conflict']),
    goldstein: Math.round(Number(r['goldstein'] ?? 0) * 100) / 100,
  }));
}

/** Places with the event clusters located there, busiest first. */
export async function queryPlaces(db: SqlExecutor, limit: number): Promise<PlaceSummary[]> {
  const rows = await db.all(
    `SELECT p.name, p.country, p.admin1, p.lat, p.lon, p.place_precision, COUNT(DISTINCT c.id) AS n
     FROM places p JOIN events rep ON rep.place_id = p.id JOIN clusters c ON c.id = rep.id
     GROUP BY p.id, p.name, p.country, p.admin1, p.lat, p.lon, p.place_precision
     ORDER BY n DESC, p.name LIMIT ${Math.floor(limit)}`,
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
