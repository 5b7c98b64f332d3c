import { filterSql } from './filter-sql.js';
import type { SqlDb, SqlValue } from './sql.js';
import { placeholders } from './sql.js';
import type { EventFilter, MapPlace } from './types.js';

/**
 * Migration 11 (first part): the representative report's place on the cluster row, so the map
 * aggregate groups one table (the covering index `(place_id, type, dead, sources)` answers an
 * unfiltered map without reading a row), and an index on actor names for the exact-name filter.
 * The representative (the cluster's first report, whose id it shares) never changes, so the value
 * is set once when the cluster row is inserted: by an AFTER trigger on SQLite, a BEFORE trigger on
 * PostgreSQL (the write path needs no change).
 */
export const PLACE_MAP_SQL = `
ALTER TABLE clusters ADD COLUMN place_id TEXT;
UPDATE clusters SET place_id = (SELECT e.place_id FROM events e WHERE e.id = clusters.id);
CREATE INDEX clusters_map ON clusters(place_id, type, dead, sources);
CREATE INDEX actors_name ON actors(name);
`;

/** Migration 11's place trigger on SQLite. */
export const PLACE_MAP_SQLITE: readonly string[] = [
  `CREATE TRIGGER clusters_place_insert AFTER INSERT ON clusters BEGIN
     UPDATE clusters SET place_id = (SELECT e.place_id FROM events e WHERE e.id = NEW.id) WHERE id = NEW.id;
   END`,
];

/** Migration 11's place trigger on PostgreSQL. */
export const PLACE_MAP_POSTGRES: readonly string[] = [
  `CREATE FUNCTION clusters_place() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     NEW.place_id := (SELECT e.place_id FROM events e WHERE e.id = NEW.id);
     RETURN NEW;
   END $$`,
  'CREATE TRIGGER clusters_place BEFORE INSERT ON clusters FOR EACH ROW EXECUTE FUNCTION clusters_place()',
];

/**
 * Migration 13: the unfiltered map as a summary, `place_types` (clusters, dead and sources per place
 * and type), kept by triggers on `clusters` as deltas: an insert adds the row's contribution, an
 * update of its place, dead or sources takes the old one off and adds the new. Deltas make the
 * order of the other triggers irrelevant (on SQLite the place and dead figure are set by AFTER
 * triggers' own updates, on PostgreSQL by BEFORE triggers).
 */
const PLACE_TYPES_TABLE = 'CREATE TABLE place_types (place_id TEXT NOT NULL, type TEXT NOT NULL, events INTEGER NOT NULL, dead INTEGER NOT NULL, sources INTEGER NOT NULL, PRIMARY KEY (place_id, type))';
const PLACE_TYPES_BACKFILL = `INSERT INTO place_types (place_id, type, events, dead, sources)
  SELECT place_id, type, COUNT(*), SUM(COALESCE(dead, 0)), SUM(sources) FROM clusters WHERE place_id IS NOT NULL GROUP BY place_id, type`;
/** Adds (`n` = 1) or takes off (−1) row `r`'s contribution. */
const placeDelta = (r: string, n: number): string => `INSERT INTO place_types (place_id, type, events, dead, sources)
     SELECT ${r}.place_id, ${r}.type, ${n}, ${n} * COALESCE(${r}.dead, 0), ${n} * ${r}.sources WHERE ${r}.place_id IS NOT NULL
     ON CONFLICT (place_id, type) DO UPDATE SET events = place_types.events + excluded.events, dead = place_types.dead + excluded.dead, sources = place_types.sources + excluded.sources`;

/** Migration 13 on SQLite. */
export const PLACE_TYPES_SQLITE: readonly string[] = [
  PLACE_TYPES_TABLE,
  PLACE_TYPES_BACKFILL,
  `CREATE TRIGGER clusters_place_types_insert AFTER INSERT ON clusters BEGIN ${placeDelta('NEW', 1)}; END`,
  `CREATE TRIGGER clusters_place_types_update AFTER UPDATE OF place_id, dead, sources ON clusters
   WHEN OLD.place_id IS NOT NEW.place_id OR OLD.dead IS NOT NEW.dead OR OLD.sources IS NOT NEW.sources BEGIN
     ${placeDelta('OLD', -1)};
     ${placeDelta('NEW', 1)};
   END`,
];

/** Migration 13 on PostgreSQL. */
export const PLACE_TYPES_POSTGRES: readonly string[] = [
  PLACE_TYPES_TABLE,
  PLACE_TYPES_BACKFILL,
  `CREATE FUNCTION clusters_place_types() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP = 'UPDATE' THEN
       ${placeDelta('OLD', -1)};
     END IF;
     ${placeDelta('NEW', 1)};
     RETURN NULL;
   END $$`,
  'CREATE TRIGGER clusters_place_types_insert AFTER INSERT ON clusters FOR EACH ROW EXECUTE FUNCTION clusters_place_types()',
  `CREATE TRIGGER clusters_place_types_update AFTER UPDATE ON clusters FOR EACH ROW
   WHEN (OLD.place_id IS DISTINCT FROM NEW.place_id OR OLD.dead IS DISTINCT FROM NEW.dead OR OLD.sources IS DISTINCT FROM NEW.sources)
   EXECUTE FUNCTION clusters_place_types()`,
];

/** What {@link queryMap} returns: the busiest places, and how many located clusters match in all. */
export interface MapAggregate {
  /** Places with matching clusters, most first (ties by name), at most `limit`. */
  places: MapPlace[];
  /** Matching clusters with a place (all of them, also those at places past the limit). */
  located: number;
  /** Places with matching clusters, also those past the limit. */
  totalPlaces: number;
}

/**
 * The map's rows per place and type (`place`, `type`, `n`, `dead`, `sources`) for `filter`. Type and
 * country filters alone read the summaries (`place_types`, migration 13; `country_places`,
 * migration 16); any other filter groups the matching clusters.
 */
function perTypeSql(db: SqlDb, filter: EventFilter): { perType: string; params: SqlValue[] } {
  const types = filter.type?.map((t) => t.toUpperCase()) ?? [];
  const ignored = new Set(['limit', 'offset', 'sort', 'order', 'type', 'country']);
  const summarised = (Object.keys(filter) as (keyof EventFilter)[]).every((k) => filter[k] === undefined || ignored.has(k));
  if (summarised) {
    const where = ['events > 0'];
    const params: SqlValue[] = [];
    if (filter.country) {
      where.push('country = ?');
      params.push(filter.country.toUpperCase());
    }
    if (types.length > 0) {
      where.push(`type IN (${placeholders(types.length)})`);
      params.push(...types);
    }
    return { perType: `SELECT place_id AS place, type, events AS n, dead, sources FROM ${filter.country ? 'country_places' : 'place_types'} WHERE ${where.join(' AND ')}`, params };
  }
  const { where, params } = filterSql(filter, db.dialect);
  // The `+` keeps SQLite from walking the covering map index for the grouping's order (every
  // cluster read) instead of the filter's own index.
  const hint = db.dialect === 'sqlite' ? '+' : '';
  return {
    perType: `SELECT c.place_id AS place, c.type AS type, COUNT(*) AS n, SUM(COALESCE(c.dead, 0)) AS dead, SUM(c.sources) AS sources
       FROM clusters c ${where ? `${where} AND` : 'WHERE'} ${hint}c.place_id IS NOT NULL GROUP BY ${hint}c.place_id, c.type`,
    params,
  };
}

/**
 * The map of the clusters matching `filter`: per place (the representative report's), the
 * clusters by type, their dead (the largest figure each cluster's reports give, summed) and their
 * sources (summed). One `GROUP BY` of the cluster table by place and type, so the map shows every
 * matching event without paging event rows. `near` is applied as its bounding circle on the
 * cluster's coordinates (the same as the event count's SQL, without the exact great-circle check).
 */
export async function queryMap(db: SqlDb, filter: EventFilter, limit: number): Promise<MapAggregate> {
  const { perType, params } = perTypeSql(db, filter);
  const concat = db.dialect === 'postgres' ? 'string_agg' : 'group_concat';
  // Folded per place in SQL (one row per place, its types as "TYPE:n,…"), so the process reads
  // a row per place rather than per place and type; the window totals count past the limit.
  const rows = await db.all(
    `SELECT p.name, p.country, p.admin1, p.lat, p.lon, p.place_precision, g.n, g.dead, g.sources, g.types,
       COUNT(*) OVER () AS places_total, SUM(g.n) OVER () AS located
     FROM (SELECT place, SUM(n) AS n, SUM(dead) AS dead, SUM(sources) AS sources, ${concat}(type || ':' || CAST(n AS TEXT), ',') AS types
           FROM (${perType}) t GROUP BY place) g
       JOIN places p ON p.id = g.place
     ORDER BY g.n DESC, p.name, p.id LIMIT ${Math.floor(limit)}`,
    params,
  );
  const places: MapPlace[] = rows.map((r) => ({
    name: String(r['name']),
    country: String(r['country']),
    admin1: r['admin1'] === null || r['admin1'] === undefined ? null : String(r['admin1']),
    lat: Number(r['lat']),
    lon: Number(r['lon']),
    precision: String(r['place_precision']),
    events: Number(r['n']),
    dead: Number(r['dead'] ?? 0),
    sources: Number(r['sources'] ?? 0),
    types: Object.fromEntries(
      String(r['types'] ?? '')
        .split(',')
        .filter(Boolean)
        .map((pair) => {
          const at = pair.lastIndexOf(':');
          return [pair.slice(0, at), Number(pair.slice(at + 1))];
        }),
    ),
  }));
  const [first] = rows;
  // No row: nothing matched (the limit is at least 1, so any match returns a row with the totals).
  if (!first) return { places, located: 0, totalPlaces: 0 };
  return { places, located: Number(first['located'] ?? 0), totalPlaces: Number(first['places_total'] ?? 0) };
}
