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

/**
 * Migration 19: the unfiltered map folded per place (`place_map`: clusters, dead, sources and the
 * "TYPE:n,…" list in type order), recomputed from the place's `place_types` rows (at most one per
 * type) by a trigger whenever one of them changes, so an unfiltered map reads one row per place
 * instead of grouping every place and type per request.
 */
const PLACE_MAP_TABLE = 'CREATE TABLE place_map (place_id TEXT PRIMARY KEY, events INTEGER NOT NULL, dead INTEGER NOT NULL, sources INTEGER NOT NULL, types TEXT NOT NULL)';
const foldPlaces = (dialect: 'sqlite' | 'postgres', where: string): string =>
  `INSERT INTO place_map (place_id, events, dead, sources, types)
     SELECT place_id, SUM(events), SUM(dead), SUM(sources), ${dialect === 'postgres' ? 'string_agg' : 'group_concat'}(type || ':' || CAST(events AS TEXT), ',' ORDER BY type)
     FROM place_types WHERE ${where} GROUP BY place_id`;
const REFOLD = (dialect: 'sqlite' | 'postgres'): string[] => ['DELETE FROM place_map WHERE place_id = NEW.place_id', foldPlaces(dialect, 'place_id = NEW.place_id AND events > 0')];

/** Migration 19 on SQLite. */
export const PLACE_FOLD_SQLITE: readonly string[] = [
  PLACE_MAP_TABLE,
  foldPlaces('sqlite', 'events > 0'),
  `CREATE TRIGGER place_types_fold_insert AFTER INSERT ON place_types BEGIN ${REFOLD('sqlite').join(';\n     ')}; END`,
  `CREATE TRIGGER place_types_fold_update AFTER UPDATE ON place_types BEGIN ${REFOLD('sqlite').join(';\n     ')}; END`,
];

/** Migration 19 on PostgreSQL. */
export const PLACE_FOLD_POSTGRES: readonly string[] = [
  PLACE_MAP_TABLE,
  foldPlaces('postgres', 'events > 0'),
  `CREATE FUNCTION place_types_fold() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     ${REFOLD('postgres').join(';\n     ')};
     RETURN NULL;
   END $$`,
  'CREATE TRIGGER place_types_fold AFTER INSERT OR UPDATE ON place_types FOR EACH ROW EXECUTE FUNCTION place_types_fold()',
];

/** The place columns migration 25 keeps on each `place_map` row, in the map's read order. */
const PLACE_COLUMNS = ['name', 'country', 'admin1', 'lat', 'lon', 'place_precision'] as const;
/** Refolds `NEW.place_id`'s row with its place's columns (a left join: a place row is written before any cluster names it). */
const refoldWithPlace = (dialect: 'sqlite' | 'postgres'): string[] => [
  'DELETE FROM place_map WHERE place_id = NEW.place_id',
  `INSERT INTO place_map (place_id, events, dead, sources, types, ${PLACE_COLUMNS.join(', ')})
     SELECT g.place_id, g.events, g.dead, g.sources, g.types, ${PLACE_COLUMNS.map((c) => `p.${c}`).join(', ')}
     FROM (SELECT place_id, SUM(events) AS events, SUM(dead) AS dead, SUM(sources) AS sources, ${dialect === 'postgres' ? 'string_agg' : 'group_concat'}(type || ':' || CAST(events AS TEXT), ',' ORDER BY type) AS types
           FROM place_types WHERE place_id = NEW.place_id AND events > 0 GROUP BY place_id) g
       LEFT JOIN places p ON p.id = g.place_id`,
];
/** A place row edited by hand (the store only inserts places) carries its new columns into its `place_map` row. */
const PLACE_EDIT = `UPDATE place_map SET ${PLACE_COLUMNS.map((c) => `${c} = NEW.${c}`).join(', ')} WHERE place_id = NEW.id`;

/**
 * Migration 25: the place's columns (name, country, admin1, lat, lon, precision) on each
 * `place_map` row, so the unfiltered map reads one table instead of joining 1,663 folded rows back
 * to `places`. Filled in place for existing rows; the fold trigger (migration 19's, replaced) copies
 * them on every refold, and a trigger on `places` keeps hand edits exact (the store never updates a place).
 */
const PLACE_COLUMNS_ADD = `ALTER TABLE place_map ADD COLUMN name TEXT;
ALTER TABLE place_map ADD COLUMN country TEXT;
ALTER TABLE place_map ADD COLUMN admin1 TEXT;
ALTER TABLE place_map ADD COLUMN lat DOUBLE PRECISION;
ALTER TABLE place_map ADD COLUMN lon DOUBLE PRECISION;
ALTER TABLE place_map ADD COLUMN place_precision TEXT;
UPDATE place_map SET (${PLACE_COLUMNS.join(', ')}) = (SELECT ${PLACE_COLUMNS.map((c) => `p.${c}`).join(', ')} FROM places p WHERE p.id = place_map.place_id);
`;

/** Migration 25's shared part (both dialects). */
export const PLACE_MAP_COLUMNS_SQL = PLACE_COLUMNS_ADD;

/** Migration 25 on SQLite. */
export const PLACE_MAP_COLUMNS_SQLITE: readonly string[] = [
  'DROP TRIGGER place_types_fold_insert',
  'DROP TRIGGER place_types_fold_update',
  `CREATE TRIGGER place_types_fold_insert AFTER INSERT ON place_types BEGIN ${refoldWithPlace('sqlite').join(';\n     ')}; END`,
  `CREATE TRIGGER place_types_fold_update AFTER UPDATE ON place_types BEGIN ${refoldWithPlace('sqlite').join(';\n     ')}; END`,
  `CREATE TRIGGER places_map_update AFTER UPDATE ON places BEGIN ${PLACE_EDIT}; END`,
];

/** Migration 25 on PostgreSQL. */
export const PLACE_MAP_COLUMNS_POSTGRES: readonly string[] = [
  `CREATE OR REPLACE FUNCTION place_types_fold() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     ${refoldWithPlace('postgres').join(';\n     ')};
     RETURN NULL;
   END $$`,
  `CREATE FUNCTION places_map_update() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     ${PLACE_EDIT};
     RETURN NULL;
   END $$`,
  'CREATE TRIGGER places_map_update AFTER UPDATE ON places FOR EACH ROW EXECUTE FUNCTION places_map_update()',
];

/**
 * Migration 21: a covering `(type, date_end, place_id, dead, sources)` index, so a map (or a count)
 * filtered by type and `since` reads the matching index range alone instead of every cluster of the
 * type (`map?type=ASSAULT&since=2016-01-01`: 20,000 rows looked up, ~20 ms, to group 6,700).
 */
export const TYPE_SINCE_MAP_SQL = 'CREATE INDEX clusters_type_end_map ON clusters(type, date_end, place_id, dead, sources)';

/** What {@link queryMap} returns: the busiest places, and how many located clusters match in all. */
export interface MapAggregate {
  /** Places with matching clusters, most first (ties by name), at most `limit`. */
  places: MapPlace[];
  /** Matching clusters with a place (all of them, also those at places past the limit). */
  located: number;
  /** Places with matching clusters, also those past the limit. */
  totalPlaces: number;
}

/** Whether a filter sets nothing but paging and sorting (it matches every cluster). */
function onlyPaging(filter: EventFilter): boolean {
  const ignored = new Set(['limit', 'offset', 'sort', 'order']);
  return (Object.keys(filter) as (keyof EventFilter)[]).every((k) => filter[k] === undefined || ignored.has(k));
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
  const top = Math.floor(limit);
  // Rows read as arrays in this column order (`SqlDb.values`): no object per place row.
  const placeColumns = 'p.name, p.country, p.admin1, p.lat, p.lon, p.place_precision';
  let rows: unknown[][];
  let totals: { located: number; totalPlaces: number } | undefined;
  if (onlyPaging(filter)) {
    // Unfiltered: the fold kept on write (`place_map`, migrations 19 and 25), its totals in a query of
    // their own (a window over every row cost more than reading them).
    const [t] = await db.all('SELECT COUNT(*) AS places_total, SUM(events) AS located FROM place_map WHERE events > 0');
    totals = { located: Number(t?.['located'] ?? 0), totalPlaces: Number(t?.['places_total'] ?? 0) };
    // The place's columns are on the row (migration 25): no join. `name IS NOT NULL` is the join's
    // condition (a place row always has a name), kept so a fold without its place stays off the map.
    rows = await db.values(
      `SELECT ${PLACE_COLUMNS.join(', ')}, events AS n, dead, sources, types FROM place_map
       WHERE events > 0 AND name IS NOT NULL ORDER BY events DESC, name, place_id LIMIT ${top}`,
    );
  } else {
    // Folded per place in SQL (one row per place, its types as "TYPE:n,…" in type order), so the
    // process reads a row per place rather than per place and type; the window totals count past the limit.
    rows = await db.values(
      `SELECT ${placeColumns}, g.n, g.dead, g.sources, g.types, COUNT(*) OVER () AS places_total, SUM(g.n) OVER () AS located
       FROM (SELECT place, SUM(n) AS n, SUM(dead) AS dead, SUM(sources) AS sources, ${concat}(type || ':' || CAST(n AS TEXT), ',' ORDER BY type) AS types
             FROM (${perType}) t GROUP BY place) g
         JOIN places p ON p.id = g.place
       ORDER BY g.n DESC, p.name, p.id LIMIT ${top}`,
      params,
    );
  }
  const places: MapPlace[] = rows.map((r) => ({
    name: String(r[0]),
    country: String(r[1]),
    admin1: r[2] === null || r[2] === undefined ? null : String(r[2]),
    lat: Number(r[3]),
    lon: Number(r[4]),
    precision: String(r[5]),
    events: Number(r[6]),
    dead: Number(r[7] ?? 0),
    sources: Number(r[8] ?? 0),
    types: typeCounts(String(r[9] ?? '')),
  }));
  if (totals) return { places, ...totals };
  const [first] = rows;
  // No row: nothing matched (the limit is at least 1, so any match returns a row with the totals).
  if (!first) return { places, located: 0, totalPlaces: 0 };
  return { places, located: Number(first[11] ?? 0), totalPlaces: Number(first[10] ?? 0) };
}

/** `"TYPE:n,…"` as `{ TYPE: n, … }`, in the list's order (scanned in place: ~26,000 pairs for the unfiltered map). */
function typeCounts(list: string): Record<string, number> {
  const out: Record<string, number> = {};
  let start = 0;
  while (start < list.length) {
    let end = list.indexOf(',', start);
    if (end < 0) end = list.length;
    const at = list.lastIndexOf(':', end - 1);
    if (at >= start) out[list.slice(start, at)] = Number(list.slice(at + 1, end));
    start = end + 1;
  }
  return out;
}
