/**
 * Map data shaping, free of the DOM: the places of the matching events (`GET /api/map`, see
 * `load.ts`) are clustered in screen space on a square grid, recomputed on each
 * zoom so dense regions merge into one marker and split apart as the analyst zooms in.
 */
import { compareTypes } from '../timeline/palette.js';

/** Events at one place. */
export interface PlacePoint {
  /** `lat,lon`, rounded: events at the same coordinates share a point. */
  key: string;
  name: string;
  country: string;
  lat: number;
  lon: number;
  events: number;
  dead: number;
  sources: number;
  /** Events per type. */
  byType: Record<string, number>;
}

/** A marker: one or more places close together on screen. */
export interface Cluster {
  /** Screen position (the events-weighted centroid of its places). */
  x: number;
  y: number;
  lat: number;
  lon: number;
  places: PlacePoint[];
  events: number;
  dead: number;
  sources: number;
  /** The most frequent type (ties: codebook order), which colours the marker. */
  type: string;
  byType: Record<string, number>;
}

/** The type with most events (ties broken by codebook order so the colour is stable). */
export function dominantType(byType: Readonly<Record<string, number>>): string {
  let best = '';
  let bestCount = -1;
  for (const [type, count] of Object.entries(byType)) {
    if (count > bestCount || (count === bestCount && compareTypes(type, best) < 0)) {
      best = type;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Places (with their projected screen positions) → clusters: every place falls in one `cellPx`
 * square and the places of a square form a group; then groups whose centres are closer than
 * `cellPx` (neighbours across a cell border) merge, biggest first, so markers do not pile up on
 * the grid lines. About linear in the number of places (the merge pass is over groups, not places).
 */
export function clusterPlaces(places: readonly PlacePoint[], project: (p: PlacePoint) => [number, number] | null, cellPx: number): Cluster[] {
  interface Group {
    places: PlacePoint[];
    sx: number;
    sy: number;
    w: number;
  }
  const cells = new Map<string, Group>();
  for (const p of places) {
    const xy = project(p);
    if (!xy) continue;
    const key = `${Math.floor(xy[0] / cellPx)}:${Math.floor(xy[1] / cellPx)}`;
    const cell = cells.get(key);
    if (cell) {
      cell.places.push(p);
      cell.sx += xy[0] * p.events;
      cell.sy += xy[1] * p.events;
      cell.w += p.events;
    } else cells.set(key, { places: [p], sx: xy[0] * p.events, sy: xy[1] * p.events, w: p.events });
  }
  // Merged groups are indexed by the cell of their current centre: two centres closer than
  // `cellPx` lie in the same or adjacent cells, so a group looks at 9 cells, not every group
  // (5,000 places zoomed in: ~450 ms per zoom step before, linear now).
  const merged: (Group & { order: number })[] = [];
  const index = new Map<string, (Group & { order: number })[]>();
  const cellOf = (x: number, y: number): [number, number] => [Math.floor(x / cellPx), Math.floor(y / cellPx)];
  const put = (m: Group & { order: number }): void => {
    const [cx, cy] = cellOf(m.sx / m.w, m.sy / m.w);
    const key = `${cx}:${cy}`;
    const list = index.get(key);
    if (list) list.push(m);
    else index.set(key, [m]);
  };
  const take = (m: Group & { order: number }): void => {
    const [cx, cy] = cellOf(m.sx / m.w, m.sy / m.w);
    const list = index.get(`${cx}:${cy}`);
    if (list) list.splice(list.indexOf(m), 1);
  };
  for (const g of [...cells.values()].sort((a, b) => b.w - a.w)) {
    const gx = g.sx / g.w;
    const gy = g.sy / g.w;
    const [cx, cy] = cellOf(gx, gy);
    // The earliest merged group within reach (the biggest, as a scan in merge order would find).
    let into: (Group & { order: number }) | undefined;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const m of index.get(`${cx + dx}:${cy + dy}`) ?? []) {
          if ((!into || m.order < into.order) && Math.hypot(m.sx / m.w - gx, m.sy / m.w - gy) < cellPx) into = m;
        }
      }
    }
    if (into) {
      take(into);
      into.places.push(...g.places);
      into.sx += g.sx;
      into.sy += g.sy;
      into.w += g.w;
      put(into);
    } else {
      const m = { ...g, places: [...g.places], order: merged.length };
      merged.push(m);
      put(m);
    }
  }
  const clusters: Cluster[] = [];
  for (const cell of merged) {
    let events = 0;
    let dead = 0;
    let sources = 0;
    let lat = 0;
    let lon = 0;
    const byType: Record<string, number> = {};
    for (const p of cell.places) {
      events += p.events;
      dead += p.dead;
      sources += p.sources;
      lat += p.lat * p.events;
      lon += p.lon * p.events;
      for (const [type, n] of Object.entries(p.byType)) byType[type] = (byType[type] ?? 0) + n;
    }
    clusters.push({ x: cell.sx / events, y: cell.sy / events, lat: lat / events, lon: lon / events, places: cell.places, events, dead, sources, type: dominantType(byType), byType });
  }
  // Big markers first, so small ones are drawn on top and stay hoverable.
  return clusters.sort((a, b) => b.events - a.events);
}

const EARTH_KM = 6371;

/** Great-circle distance in kilometres. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * The `near` filter (`LAT,LON,KM`) that takes in every place of a cluster: its centroid and the
 * farthest place's distance, plus a small margin for the API's rounding.
 */
export function nearFilter(cluster: Pick<Cluster, 'lat' | 'lon' | 'places'>): string {
  let far = 0;
  for (const p of cluster.places) far = Math.max(far, distanceKm(cluster.lat, cluster.lon, p.lat, p.lon));
  const km = Math.max(1, Math.ceil(far * 1.05 + 1));
  return `${cluster.lat.toFixed(4)},${cluster.lon.toFixed(4)},${km}`;
}
