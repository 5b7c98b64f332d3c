import { describe, expect, test } from 'vitest';
import { clusterPlaces, distanceKm, dominantType, nearFilter } from './cluster.js';
import type { PlacePoint } from './cluster.js';
import { toPlacePoints } from './load.js';
import type { MapPlace } from './load.js';

/** One event at a place, as `/api/map` would count it. */
const event = (_id: string, type: string, lat: number, lon: number, dead: number | null = null, sources = 1): MapPlace => ({ name: `P${lat}`, country: 'SYR', lat, lon, events: 1, dead: dead ?? 0, sources, types: { [type]: 1 } });
const groupByPlace = toPlacePoints;

describe('dominantType', () => {
  test.each([
    [{ AID: 1, ASSAULT: 3 }, 'ASSAULT'],
    [{ ASSAULT: 2, AID: 2 }, 'AID'], // a tie goes to the earlier codebook type
    [{}, ''],
  ])('%j → %s', (byType, expected) => {
    expect(dominantType(byType)).toBe(expected);
  });
});

describe('clusterPlaces', () => {
  const places: PlacePoint[] = groupByPlace([event('a', 'AID', 0, 0), event('b', 'ASSAULT', 0, 1), event('c', 'ASSAULT', 0, 1), event('d', 'PROTEST', 0, 50)]);
  // A flat projection: one degree of longitude is ten pixels.
  const flat = (p: PlacePoint): [number, number] => [p.lon * 10 + 5, p.lat * 10 + 5];

  test('places in one grid cell merge; a far place stays alone', () => {
    const clusters = clusterPlaces(places, flat, 40);
    expect(clusters.map((c) => [c.events, c.type, c.places.length])).toEqual([[3, 'ASSAULT', 2], [1, 'PROTEST', 1]]);
  });

  test('a smaller cell (zoomed in) splits the merged cluster', () => {
    expect(clusterPlaces(places, flat, 5)).toHaveLength(3);
  });

  test('the marker sits at the events-weighted centroid', () => {
    const merged = clusterPlaces(places, flat, 40)[0];
    expect([merged?.x, merged?.lon]).toEqual([(5 + 15 * 2) / 3, 2 / 3]);
  });

  test('neighbours across a cell border merge into one marker', () => {
    const pair = groupByPlace([event('a', 'AID', 0, 3.9), event('b', 'AID', 0, 4.1)]);
    expect(clusterPlaces(pair, (p) => [p.lon * 10, 5], 40)).toHaveLength(1);
  });

  test('places the projection cannot show are skipped', () => {
    expect(clusterPlaces(places, () => null, 40)).toEqual([]);
  });
});

describe('nearFilter', () => {
  test('a single place gets a small radius around it', () => {
    expect(nearFilter({ lat: 36.2, lon: 37.16, places: groupByPlace([event('a', 'AID', 36.2, 37.16)]) })).toBe('36.2000,37.1600,1');
  });

  test('the radius reaches the farthest place of the cluster', () => {
    const places = groupByPlace([event('a', 'AID', 0, 0), event('b', 'AID', 0, 1)]);
    const km = Number(nearFilter({ lat: 0, lon: 0.5, places }).split(',')[2]);
    expect(km).toBeGreaterThanOrEqual(distanceKm(0, 0.5, 0, 1));
  });
});

test('distanceKm: one degree of longitude on the equator is about 111 km', () => {
  expect(Math.round(distanceKm(0, 0, 0, 1))).toBe(111);
});

describe('clusterPlaces: the indexed merge', () => {
  /** The merge as a plain scan over every merged group (the definition the index must keep). */
  function reference(places: readonly PlacePoint[], xy: (p: PlacePoint) => [number, number], cellPx: number): string[][] {
    const cells = new Map<string, { places: PlacePoint[]; sx: number; sy: number; w: number }>();
    for (const p of places) {
      const [x, y] = xy(p);
      const key = `${Math.floor(x / cellPx)}:${Math.floor(y / cellPx)}`;
      const c = cells.get(key) ?? { places: [], sx: 0, sy: 0, w: 0 };
      c.places.push(p);
      c.sx += x * p.events;
      c.sy += y * p.events;
      c.w += p.events;
      cells.set(key, c);
    }
    const merged: { places: PlacePoint[]; sx: number; sy: number; w: number }[] = [];
    for (const g of [...cells.values()].sort((a, b) => b.w - a.w)) {
      const into = merged.find((m) => Math.hypot(m.sx / m.w - g.sx / g.w, m.sy / m.w - g.sy / g.w) < cellPx);
      if (into) {
        into.places.push(...g.places);
        into.sx += g.sx;
        into.sy += g.sy;
        into.w += g.w;
      } else merged.push({ ...g, places: [...g.places] });
    }
    return merged.map((m) => m.places.map((p) => p.key).sort()).sort();
  }

  test.each([1, 3, 9])('groups the same places as a scan over every group (zoom %i)', (zoom) => {
    let seed = 11;
    const rnd = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const places = toPlacePoints(Array.from({ length: 400 }, (_, i) => event(`e${i}`, 'AID', rnd() * 40, rnd() * 60, null, 1)).map((e, i) => ({ ...e, events: 1 + (i % 7) })));
    const xy = (p: PlacePoint): [number, number] => [p.lon * 10 * zoom, p.lat * 10 * zoom];
    const got = clusterPlaces(places, xy, 42)
      .map((c) => c.places.map((p) => p.key).sort())
      .sort();
    expect(got).toEqual(reference(places, xy, 42));
  });
});
