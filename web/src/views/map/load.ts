/**
 * Loads the map's data: `GET /api/map` answers, in one request, the places of EVERY event matching
 * the filters with their counts by type, dead and sources (the busiest places first, at most
 * {@link MAP_LIMIT}), so the map no longer pages events and shows all 100,000 of a big store.
 */
import type { PlacePoint } from './cluster.js';

/** Most places one `/api/map` answer holds (the API's largest `limit`). */
export const MAP_LIMIT = 5000;

/** One place as `GET /api/map` returns it. */
export interface MapPlace {
  name: string;
  country: string;
  admin1?: string | null;
  lat: number;
  lon: number;
  precision?: string;
  events: number;
  dead: number;
  sources: number;
  types: Record<string, number>;
}

/** `GET /api/map`'s answer. */
export interface MapSummary {
  /** Matching events with a place. */
  located: number;
  /** Their distinct places. */
  totalPlaces: number;
  /** Whether `limit` cut the list (only the busiest places are in `places`). */
  truncated: boolean;
  places: MapPlace[];
}

/**
 * API places → the map's points, one per coordinate pair (the geocoder can give two names one
 * point; their counts add up and the busier name is kept).
 */
export function toPlacePoints(places: readonly MapPlace[]): PlacePoint[] {
  const byKey = new Map<string, PlacePoint>();
  for (const p of places) {
    const key = `${p.lat.toFixed(4)},${p.lon.toFixed(4)}`;
    let point = byKey.get(key);
    if (!point) {
      point = { key, name: p.name, country: p.country, lat: p.lat, lon: p.lon, events: 0, dead: 0, sources: 0, byType: {} };
      byKey.set(key, point);
    } else if (p.events > point.events) {
      point.name = p.name;
      point.country = p.country;
    }
    point.events += p.events;
    point.dead += p.dead;
    point.sources += p.sources;
    for (const [type, n] of Object.entries(p.types)) point.byType[type] = (point.byType[type] ?? 0) + n;
  }
  return [...byKey.values()];
}

/**
 * Merges a second answer (the visible area's, when the first was truncated) into the first:
 * points already there keep the first answer's counts (both count the same events), new ones are
 * added.
 */
export function mergePoints(base: readonly PlacePoint[], extra: readonly PlacePoint[]): PlacePoint[] {
  const keys = new Set(base.map((p) => p.key));
  return [...base, ...extra.filter((p) => !keys.has(p.key))];
}
