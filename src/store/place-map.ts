import { filterSql } from './filter-sql.js';
import type { SqlDb } from './sql.js';
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
 * The map of the clusters matching `filter`: per place (the representative report's), the
 * clusters by type, their dead (the largest figure each cluster's reports give, summed) and their
 * sources (summed). One `GROUP BY` of the cluster table by place and type, so the map shows every
 * matching event without paging event rows. `near` is applied as its bounding circle on the
 * cluster's coordinates (the same as the event count's SQL, without the exact great-circle check).
 */
export async function queryMap(db: SqlDb, filter: EventFilter, limit: number): Promise<MapAggregate> {
  const { where, params } = filterSql(filter, db.dialect);
  // Unfiltered, the covering map index answers alone. Filtered, the `+` keeps SQLite from walking
  // that index for the grouping's order (every cluster read) instead of the filter's own index.
  const hint = where && db.dialect === 'sqlite' ? '+' : '';
  const rows = await db.all(
    `SELECT c.place_id AS place, c.type AS type, COUNT(*) AS n, SUM(COALESCE(c.dead, 0)) AS dead, SUM(c.sources) AS sources
     FROM clusters c ${where ? `${where} AND` : 'WHERE'} ${hint}c.place_id IS NOT NULL
     GROUP BY ${hint}c.place_id, c.type`,
    params,
  );
  const byPlace = new Map<string, { events: number; dead: number; sources: number; types: Record<string, number> }>();
  let located = 0;
  for (const r of rows) {
    const id = String(r['place']);
    const n = Number(r['n']);
    const p = byPlace.get(id) ?? { events: 0, dead: 0, sources: 0, types: {} };
    p.events += n;
    p.dead += Number(r['dead'] ?? 0);
    p.sources += Number(r['sources'] ?? 0);
    p.types[String(r['type'])] = n;
    byPlace.set(id, p);
    located += n;
  }
  const top = [...byPlace].sort((a, b) => b[1].events - a[1].events || (a[0] < b[0] ? -1 : 1)).slice(0, Math.floor(limit));
  const details = new Map<string, Record<string, unknown>>();
  // Place rows of the top places, in chunks well under SQLite's parameter limit.
  for (let i = 0; i < top.length; i += 500) {
    const ids = top.slice(i, i + 500).map(([id]) => id);
    const found = await db.all(`SELECT id, name, country, admin1, lat, lon, place_precision FROM places WHERE id IN (${ids.map(() => '?').join(', ')})`, ids);
    for (const r of found) details.set(String(r['id']), r);
  }
  const places: MapPlace[] = [];
  for (const [id, p] of top) {
    const r = details.get(id);
    if (!r) continue;
    places.push({
      name: String(r['name']),
      country: String(r['country']),
      admin1: r['admin1'] === null || r['admin1'] === undefined ? null : String(r['admin1']),
      lat: Number(r['lat']),
      lon: Number(r['lon']),
      precision: String(r['place_precision']),
      ...p,
    });
  }
  places.sort((a, b) => b.events - a.events || a.name.localeCompare(b.name));
  return { places, located, totalPlaces: byPlace.size };
}
