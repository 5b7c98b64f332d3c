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
